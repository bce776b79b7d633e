using System.Globalization;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Rules;

namespace Patella.Core.Today;

/// <summary>
/// The daily decision: what <c>patella today</c> prints. JSON: <c>decision</c> ("run", "run-reduced", "cross-train",
/// "rest", "refer"), <c>reasons[]</c> with <c>ruleId</c>, <c>prescription</c>, <c>instead[]</c>, <c>exercises[]</c>.
/// </summary>
/// <param name="Prescription">Today's run; null when running is off.</param>
/// <param name="Instead">What to do instead when running is off (or what else to do when it is on).</param>
/// <param name="Exercises">Today's exercises, hip work first; empty on a referral.</param>
/// <param name="Wellbeing">The latest check-in's effort, sleep, fatigue and stress, if logged today or yesterday.</param>
public sealed record TodayDecision(
    DateOnly Day,
    Decision Decision,
    IReadOnlyList<DecisionReason> Reasons,
    RunPrescription? Prescription,
    IReadOnlyList<string> Instead,
    IReadOnlyList<PrescribedExercise> Exercises,
    RehabPhase Phase,
    Wellbeing? Wellbeing)
{
    /// <summary>Builds the plan and decides in one call (what the CLI and the web do).</summary>
    public static TodayDecision For(RehabStart start, IReadOnlyList<CheckIn> checkIns, IReadOnlyList<ClearanceRecord> clearance, DateOnly today, LoadPicture? load = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        return For(today, RehabPlan.For(start, checkIns, clearance, today), checkIns, start.Assessment, load);
    }

    /// <summary>
    /// The decision on <paramref name="today"/> from the plan, the check-ins, the assessment's red flags and the load
    /// picture's warnings. Every rule that fires adds a reason; the most restrictive decision wins; any red flag refers.
    /// </summary>
    public static TodayDecision For(DateOnly today, RehabPlan plan, IReadOnlyList<CheckIn> checkIns, AssessmentResult? assessment = null, LoadPicture? load = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(checkIns);
        var recent = checkIns.Where(c => c.Date <= today).OrderBy(c => c.Date).ToList();
        var reasons = new List<DecisionReason>();
        void Add(ClinicalRule rule, Decision leads, string text) => reasons.Add(new(rule.Id, leads, text, rule.Source));

        foreach (var flag in assessment?.RedFlags ?? [])
        {
            reasons.Add(new(flag.RuleId, Decision.Refer, $"{flag.Rule.Title}. {flag.Action}", flag.Rule.Source));
        }

        foreach (var c in recent.Where(c => c.Date > today.AddDays(-TodayRules.RedFlagStandsDays)))
        {
            if (c.Swelling)
            {
                Add(TodayRules.StopSwelling, Decision.Refer, Text($"swelling logged on {c.Date:yyyy-MM-dd}: see a doctor or physiotherapist before running again"));
            }

            if (c.GivingWay)
            {
                Add(TodayRules.StopGivingWay, Decision.Refer, Text($"the knee gave way on {c.Date:yyyy-MM-dd}: see a doctor or physiotherapist before running again"));
            }
        }

        RunChecks.Apply(today, plan, recent, Add);
        var prescription = RunChecks.Prescribe(today, plan, load, reasons, Add);
        var decision = reasons.Count == 0 ? Decision.Run : reasons.Max(r => r.Leads);
        if (decision <= Decision.RunReduced)
        {
            Add(TodayRules.Allowed, Decision.Run, RunChecks.AllowedText(plan, recent));
        }

        if (decision == Decision.RunReduced && prescription is not null)
        {
            prescription = RunChecks.Reduce(prescription, plan);
        }

        var latest = recent.LastOrDefault(c => c.Date >= today.AddDays(-1));
        return new TodayDecision(
            today,
            decision,
            reasons,
            decision <= Decision.RunReduced ? prescription : null,
            InsteadOf(decision, plan),
            decision == Decision.Refer ? [] : plan.Exercises.Session,
            plan.Phase,
            latest is null ? null : new Wellbeing(latest.Date, latest.PainAtRest.Points, latest.Rpe?.Points, latest.Sleep?.Points, latest.Fatigue?.Points,
                latest.Stress?.Points, latest.Note, "Shown beside pain; they do not decide (seed B: fatigue and mental load change running form)."));
    }

    private static List<string> InsteadOf(Decision decision, RehabPlan plan) => decision switch
    {
        Decision.Refer => ["See a doctor or physiotherapist before running again; say what you logged.", "No running and no exercises that hurt until then."],
        Decision.Rest => ["Rest from running and from hard cross-training today; let the knee settle.", "Ice 15-20 minutes if it helps (seed C).", "Gentle exercises only if they are pain-free."],
        Decision.CrossTrain => [.. RehabAdvice.CrossTraining.Select(x => x.Text + " (easy, only if pain-free)"), "Do today's exercises, hip work first."],
        _ => plan.Phase < RehabPhase.Maintenance ? ["Do today's exercises too, hip work first."] : ["Keep two hip sessions this week."],
    };

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
