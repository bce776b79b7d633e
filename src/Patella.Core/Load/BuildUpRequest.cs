using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>What the runner wants to build up to, from where they are.</summary>
public sealed record BuildUpRequest
{
    /// <summary>Any date in the first planned ISO week; the plan starts on its Monday.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The weekly distance now: the 10% rule's reference (see <see cref="TenPercentCheck.Reference"/>).</summary>
    public required Distance CurrentWeekly { get; init; }

    /// <summary>The longest run of the last 30 days; zero when there was none.</summary>
    public required Distance LongestRecentRun { get; init; }

    /// <summary>The weekly distance to reach.</summary>
    public required Distance TargetWeekly { get; init; }

    /// <summary>Race day, local; with <see cref="RaceDistance"/> the plan ends the week before the race week.</summary>
    public DateOnly? RaceDate { get; init; }

    public Distance? RaceDistance { get; init; }

    /// <summary>Returning from knee pain: the first 3 weeks are flat (<see cref="LoadRules.DownhillInReturn"/>).</summary>
    public bool FlatFirst { get; init; }

    /// <summary>Every Nth week is lighter; 3 or 4 (coaching convention). Default 4.</summary>
    public int LighterWeekEvery { get; init; } = LoadRules.LighterWeekEvery;

    /// <summary>Unit of the notes' figures; default kilometres.</summary>
    public DistanceUnit Unit { get; init; } = DistanceUnit.Kilometres;

    /// <summary>Share of the week before that a lighter week runs, 0.5-0.95. Default 0.8.</summary>
    public double LighterWeekShare { get; init; } = LoadRules.LighterWeekShare;
}

/// <summary>One planned week.</summary>
/// <param name="Number">1 for the first planned week.</param>
/// <param name="Target">Weekly distance to run, at most.</param>
/// <param name="LongestRunMax">The longest single run this week: 110% of the planned longest of the 4 weeks before.</param>
/// <param name="DownhillAllowed">False in the flat weeks of a return from knee pain.</param>
/// <param name="ChangePercent">Against the week before, percent; null after an empty week.</param>
public sealed record PlannedWeek(
    int Number,
    DateOnly WeekStart,
    Distance Target,
    Distance LongestRunMax,
    bool IsLighter,
    bool DownhillAllowed,
    double? ChangePercent,
    string Note);

/// <summary>A week-by-week build-up.</summary>
/// <param name="Reachable">True when the target weekly distance is reached within the plan (before the race week, with a race).</param>
/// <param name="TargetReachedWeek">Monday of the first week at the target; with an unreachable race date, the week it would be reached without one.</param>
/// <param name="RaceSpike">The race itself against the plan's longest runs of the 30 days before it; null without a race.</param>
/// <param name="Notes">Conditions and conventions the runner must read with the plan.</param>
public sealed record BuildUpPlan(
    IReadOnlyList<PlannedWeek> Weeks,
    bool Reachable,
    DateOnly? TargetReachedWeek,
    SpikeResult? RaceSpike,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ClinicalRule> Rules);
