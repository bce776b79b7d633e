using System.Globalization;
using Patella.Core.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>The rehab plan on the terminal, in the order a runner asks: where am I, what gets me on, what do I do.</summary>
internal static class PlanReport
{
    public static void Write(IAnsiConsole console, RehabPlan plan, string startText)
    {
        console.Write(new Rule(plan.Phase.Title()) { Justification = Justify.Left });
        console.WriteLine(Text($"Plan started {plan.StartedOn:yyyy-MM-dd}, {startText}; in this phase since {plan.PhaseSince:yyyy-MM-dd}."));

        console.WriteLine();
        console.WriteLine("To move on:");
        foreach (var c in plan.Criteria)
        {
            console.WriteLine($"  [{(c.Met ? "met" : "missing")}] [{c.RuleId}] {c.Text}: {c.Evidence}");
        }

        if (plan.RunWalk is { } rw)
        {
            console.WriteLine();
            console.WriteLine(Text($"Run/walk: step {rw.Step.Number} of {rw.StepCount}: {rw.Step.Text} ({rw.PassesAtStep} of {rw.PassesNeeded} passes)"));
        }

        if (plan.EasyRun is { } easy)
        {
            console.WriteLine();
            console.WriteLine(Text($"Easy run: {easy.DurationMinutes} min, {(easy.DownhillAllowed ? "downhill allowed" : "flat only")}, {(easy.TempoAllowed ? "tempo allowed" : "no tempo or intervals")}. [{easy.DownhillRuleId}] {easy.DownhillAdvice}"));
        }

        var week = plan.Exercises;
        console.WriteLine();
        console.WriteLine(Text($"This week [{week.RuleId}]: {week.SessionsPerWeek} sessions, done {week.DoneThisWeek}; suggested {string.Join(", ", week.SuggestedDays.Select(d => d.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)))}."));
        TodayReport.WriteExercises(console, week.Session);

        if (plan.Changes.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Changes:");
            foreach (var change in plan.Changes)
            {
                console.WriteLine(Text($"  {change.Date:yyyy-MM-dd} [{change.RuleId}] {change.Text}"));
            }
        }

        Advice(console, "Training changes", plan.TrainingChanges);
        Advice(console, "Relative rest", plan.RelativeRest);
        Advice(console, "Cross-training", plan.CrossTraining);
        Advice(console, "Adjuncts", plan.Adjuncts);
        Advice(console, "Avoid", plan.Avoid);
        Advice(console, "Good to know", plan.Education);
    }

    private static void Advice(IAnsiConsole console, string title, IReadOnlyList<PlanAdvice> advice)
    {
        if (advice.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine($"{title}:");
        foreach (var a in advice)
        {
            console.WriteLine($"  [{a.Id}] {a.Text} ({a.Evidence}; {a.Source})");
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
