using System.Globalization;
using Patella.Core.Rehab;
using Patella.Core.Today;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>Today's decision on the terminal: the answer big and first, then why, the run, what else, the exercises.</summary>
internal static class TodayReport
{
    public static string Headline(Decision decision) => decision switch
    {
        Decision.Run => "RUN",
        Decision.RunReduced => "RUN, REDUCED",
        Decision.CrossTrain => "NO RUN: CROSS-TRAIN",
        Decision.Rest => "NO RUN: REST",
        _ => "NO RUN: SEE A CLINICIAN",
    };

    /// <summary>The decision in one line: the answer and the rule that weighed most.</summary>
    public static string OneLine(TodayDecision today)
    {
        ArgumentNullException.ThrowIfNull(today);
        var main = today.Reasons.Where(r => r.Leads == today.Decision).Select(r => $" ({r.RuleId}: {r.Text})").FirstOrDefault() ?? "";
        return string.Create(CultureInfo.InvariantCulture, $"Today {today.Day:yyyy-MM-dd}: {Headline(today.Decision)}{main}");
    }

    public static void Write(IAnsiConsole console, TodayDecision today)
    {
        var colour = today.Decision switch
        {
            Decision.Run => Color.Green,
            Decision.RunReduced => Color.Yellow,
            Decision.Refer => Color.Red,
            _ => Color.Orange1,
        };
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Today, {today.Day:yyyy-MM-dd} ({RehabPhaseWords.Title(today.Phase)})"));
        console.Write(new Panel(new Text(Headline(today.Decision), new Style(colour, decoration: Decoration.Bold))) { Padding = new Padding(4, 1) });

        console.WriteLine("Why:");
        foreach (var r in today.Reasons)
        {
            console.WriteLine($"  [{r.RuleId}] {r.Text}  ({r.Source})");
        }

        if (today.Prescription is { } run)
        {
            console.WriteLine();
            console.WriteLine($"Run: {run.Text}");
            console.WriteLine($"  {run.CadenceCue}");
        }

        console.WriteLine();
        console.WriteLine(today.Decision <= Decision.RunReduced ? "Also:" : "Instead:");
        foreach (var line in today.Instead)
        {
            console.WriteLine($"  - {line}");
        }

        if (today.Exercises.Count > 0)
        {
            console.WriteLine();
            console.WriteLine("Today's exercises:");
            WriteExercises(console, today.Exercises);
        }

        if (today.Wellbeing is { } w)
        {
            console.WriteLine();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Logged {w.Date:yyyy-MM-dd}: effort {Points(w.Rpe)}, sleep {Points(w.Sleep)}, fatigue {Points(w.Fatigue)}, stress {Points(w.Stress)}. {w.Caveat}"));
        }
    }

    public static void WriteExercises(IAnsiConsole console, IReadOnlyList<PrescribedExercise> exercises)
    {
        foreach (var e in exercises)
        {
            var instead = e.InPlaceOfId is { } id ? $" (easier, in place of {id})" : "";
            console.WriteLine($"  {e.Name}: {e.DoseText}{instead}");
            foreach (var cue in e.Cues)
            {
                console.WriteLine($"      - {cue}");
            }
        }
    }

    private static string Points(int? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v}/10") : "-";
}
