using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Cli.Load;

/// <summary><c>patella load plan --json</c>: distances in metres; notes in the runner's unit.</summary>
/// <param name="CurrentWeeklyMetres">The 10% rule's reference now: the larger of the last two weeks.</param>
/// <param name="TargetReachedWeek">Monday of the first week at the target; with an unreachable race, when it would be reached without one.</param>
/// <param name="RaceSpike">The race against the plan's longest runs of the 30 days before it; null without a race.</param>
public sealed record PlanView(
    DateOnly Day,
    string Units,
    double CurrentWeeklyMetres,
    double LongestRecentRunMetres,
    double TargetWeeklyMetres,
    DateOnly? RaceDate,
    double? RaceDistanceMetres,
    bool FlatFirst,
    bool Reachable,
    DateOnly? TargetReachedWeek,
    IReadOnlyList<PlannedWeekView> Weeks,
    SpikeView? RaceSpike,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ClinicalRule> Rules)
{
    public static PlanView From(LoadPicture picture, BuildUpPlan plan, Distance target, DateOnly? raceDate, double? raceKilometres, bool flatFirst)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanView(
            picture.Day,
            picture.Unit.Symbol(),
            Round.Metres(picture.CurrentWeek.Reference.Metres),
            Round.Metres(picture.LongestRunLast30Days.Metres),
            Round.Metres(target.Metres),
            raceDate,
            raceKilometres * 1000,
            flatFirst,
            plan.Reachable,
            plan.TargetReachedWeek,
            [.. plan.Weeks.Select(PlannedWeekView.From)],
            plan.RaceSpike is { } spike ? SpikeView.From(spike) : null,
            plan.Notes,
            plan.Rules);
    }
}

/// <param name="TargetMetres">The most to run this week.</param>
/// <param name="LongestRunMaxMetres">The longest single run this week: 110% of the planned longest of the 4 weeks before.</param>
/// <param name="ChangePercent">Against the week before; null after an empty week.</param>
public sealed record PlannedWeekView(
    int Number, DateOnly WeekStart, double TargetMetres, double LongestRunMaxMetres, bool Lighter, bool DownhillAllowed, double? ChangePercent, string Note)
{
    public static PlannedWeekView From(PlannedWeek w) => new(
        w.Number, w.WeekStart, Round.Metres(w.Target.Metres), Round.Metres(w.LongestRunMax.Metres), w.IsLighter, w.DownhillAllowed,
        Round.Percent(w.ChangePercent), w.Note);
}
