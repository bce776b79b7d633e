using System.Globalization;
using Patella.Core.Load;
using static Patella.Core.Rehab.RehabPhase;

namespace Patella.Core.Rehab;

/// <summary>
/// The runner's rehab plan on a day: what <c>patella plan</c> prints and the web shows. A tree of records without cycles:
/// it serialises to JSON as it is (camelCase with the web defaults; enums as names).
/// </summary>
/// <param name="Day">The runner's local date the plan is for.</param>
/// <param name="StartedOn">The first day of the plan.</param>
/// <param name="PhaseSince">The first day of the current phase.</param>
/// <param name="Criteria">What it takes to leave the current phase, met and missing.</param>
/// <param name="RunWalk">The run/walk step in phase 3; otherwise null.</param>
/// <param name="EasyRun">The easy run in phases 4 and 5; otherwise null.</param>
/// <param name="Exercises">This week's sessions and today's session, hip work first.</param>
/// <param name="Changes">Every change the plan made, oldest first, each with its rule id.</param>
/// <param name="LastRun">The last logged run judged by the PFP rule; null without runs.</param>
public sealed record RehabPlan(
    DateOnly Day,
    DateOnly StartedOn,
    RehabPhase Phase,
    DateOnly PhaseSince,
    IReadOnlyList<PhaseCriterion> Criteria,
    RunWalkPosition? RunWalk,
    EasyRunTarget? EasyRun,
    ExerciseWeek Exercises,
    IReadOnlyList<PlanChange> Changes,
    RunResponse? LastRun,
    IReadOnlyList<PlanAdvice> TrainingChanges,
    IReadOnlyList<PlanAdvice> RelativeRest,
    IReadOnlyList<PlanAdvice> CrossTraining,
    IReadOnlyList<PlanAdvice> Adjuncts,
    IReadOnlyList<PlanAdvice> Avoid,
    IReadOnlyList<PlanAdvice> Education,
    ClearanceStatus Clearance)
{
    /// <summary>Seed C's phase number, 1-4; 5 for maintenance.</summary>
    public int PhaseNumber => (int)Phase;

    /// <summary>
    /// The plan on <paramref name="today"/>: replays the check-ins from <paramref name="start"/> (one per date, the last given
    /// wins; later dates ignored) against the built-in catalogue, or <paramref name="catalogue"/> when a clinician extended it.
    /// </summary>
    public static RehabPlan For(RehabStart start, IReadOnlyList<CheckIn> checkIns, IReadOnlyList<ClearanceRecord> clearance, DateOnly today, ExerciseCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(clearance);
        var p = RehabProgress.Replay(start, checkIns, clearance, today, catalogue ?? ExerciseCatalogue.Default);
        var status = ClearanceStatus.On(clearance, today);
        var easyRun = p.Phase >= ProgressiveReturn ? EasyRunOn(p, status, today) : null;
        return new RehabPlan(
            today,
            start.StartedOn,
            p.Phase,
            p.PhaseSince,
            ExitCriteria(p, status, today),
            p.Phase == RehabPhase.RunWalk
                ? new RunWalkPosition(RunWalkLadder.Steps[p.Step], RunWalkLadder.Steps.Count, p.PassesAtStep, RehabRules.PassesPerStep, p.Runs.Count > 0 ? p.Runs[^1].Date : null)
                : null,
            easyRun,
            Week(p, today),
            p.Changes,
            p.Runs.Count > 0 ? p.Runs[^1] : null,
            RehabAdvice.TrainingChanges(p.Phase, start.Assessment),
            p.Phase <= RehabPhase.RunWalk ? RehabAdvice.RelativeRest : [],
            p.Phase <= RehabPhase.RunWalk ? RehabAdvice.CrossTraining : [],
            RehabAdvice.Adjuncts(p.Phase, start.Assessment),
            RehabAdvice.Avoid(p.Phase, easyRun?.DownhillAllowed == true, easyRun?.TempoAllowed == true),
            RehabAdvice.Education,
            status);
    }

    private static EasyRunTarget EasyRunOn(RehabProgress p, ClearanceStatus status, DateOnly today)
    {
        var since = p.PainFreeFlatSince ?? p.PhaseSince;
        var weeks = Math.Max(0, (today.DayNumber - since.DayNumber) / 7);
        var gate = Downhill.ReturnGate(weeks);
        var minutes = (int)Math.Round(RunWalkLadder.Last.DurationMinutes * Math.Pow(1 + RehabRules.WeeklyGrowth, weeks), MidpointRounding.AwayFromZero);
        return new EasyRunTarget(minutes, weeks, gate.DownhillAllowed, status.FullyCleared && gate.DownhillAllowed, gate.Rule.Id, gate.Advice);
    }

    private static ExerciseWeek Week(RehabProgress p, DateOnly today)
    {
        var monday = LoadSeries.WeekStart(today);
        var maintenance = p.Phase == Maintenance;
        int[] offsets = maintenance ? [1, 4] : [0, 2, 4];
        return new ExerciseWeek(
            maintenance ? RehabRules.MaintenanceSessionsPerWeek : RehabRules.MinSessionsPerWeek,
            [.. offsets.Select(monday.AddDays)],
            p.CheckIns.Count(c => c.ExercisesDone && c.Date >= monday),
            p.CheckIns.Count(c => c.ExercisesDone && c.Date > today.AddDays(-7)),
            maintenance ? RehabRules.MaintainHips.Id : RehabRules.Sessions.Id,
            p.Session());
    }

    private static List<PhaseCriterion> ExitCriteria(RehabProgress p, ClearanceStatus status, DateOnly today)
    {
        var list = new List<PhaseCriterion>();
        switch (p.Phase)
        {
            case ResolveBaselinePain:
                list.Add(new(RehabRules.Phase1Exit.Id, "No pain at rest, walking or going down stairs", p.BaselineGoodInARow >= RehabRules.BaselinePainFreeCheckIns,
                    Text($"{p.BaselineGoodInARow} of {RehabRules.BaselinePainFreeCheckIns} check-ins in a row (stairs must be rated)"))
                { Done = p.BaselineGoodInARow, Needed = RehabRules.BaselinePainFreeCheckIns });
                break;
            case PainFreeExercise:
                list.Add(new(RehabRules.Phase2Exit.Id, "Exercise sessions without knee pain", p.PainFreeSessionsInARow >= RehabRules.PainFreeSessionsToRun,
                    Text($"{p.PainFreeSessionsInARow} of {RehabRules.PainFreeSessionsToRun} sessions in a row"))
                { Done = p.PainFreeSessionsInARow, Needed = RehabRules.PainFreeSessionsToRun });
                break;
            case RehabPhase.RunWalk:
                var step = RunWalkLadder.Steps[p.Step];
                list.Add(new(RehabRules.StepTwice.Id, Text($"Step {step.Number} of {RunWalkLadder.Steps.Count} ({step.Text}) passed twice"), false,
                    Text($"{p.PassesAtStep} of {RehabRules.PassesPerStep} passes")));
                list.Add(new(RehabRules.Phase3Exit.Id, Text($"Last step ({RunWalkLadder.Last.Text}) passed twice"), false, Text($"now on step {step.Number}")));
                break;
            case ProgressiveReturn:
                list.AddRange(status.Tests.Select(t => new PhaseCriterion(t.RuleId, t.Title, t.Passed,
                    t.Latest is { } r ? Text($"{r.Date:yyyy-MM-dd}: {r.Evidence}") : "not recorded yet")));
                break;
            case Maintenance:
                var monday = LoadSeries.WeekStart(today);
                var done = p.CheckIns.Count(c => c.ExercisesDone && c.Date >= monday);
                list.Add(new(RehabRules.MaintainHips.Id, "Two hip-strength sessions this week", done >= RehabRules.MaintenanceSessionsPerWeek,
                    Text($"{done} of {RehabRules.MaintenanceSessionsPerWeek} this week")));
                break;
        }

        return list;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
