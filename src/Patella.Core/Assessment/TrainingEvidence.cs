using Patella.Core.Measures;

namespace Patella.Core.Assessment;

/// <summary>
/// Facts from the runner's own imported runs that the assessment turns into contributing factors.
/// Every part is optional: a runner without imported runs passes none. The load engine's output
/// is mapped into this record by <see cref="EvidenceFromRuns"/>; the rules here never read Load directly.
/// </summary>
public sealed record TrainingEvidence
{
    /// <summary>This week's distance against last week's (seeds' 10% rule).</summary>
    public WeeklyDistanceChange? WeeklyDistance { get; init; }

    /// <summary>The most recent run measured against the longest run of the 30 days before it (Frandsen 2025).</summary>
    public SingleRunSpike? RunSpike { get; init; }

    /// <summary>This week's downhill running against last week's.</summary>
    public DownhillChange? Downhill { get; init; }

    /// <summary>The shoe in use and how far it has run.</summary>
    public ShoeWear? Shoe { get; init; }

    /// <summary>Average step rate over recent runs at their average speed.</summary>
    public CadenceAtSpeed? Cadence { get; init; }

    /// <summary>Days without a run in the 14 days up to <see cref="RestDaysCountedTo"/>; null when unknown.</summary>
    public int? RestDaysInLast14Days { get; init; }

    /// <summary>Last day (inclusive) of the 14-day window for <see cref="RestDaysInLast14Days"/>.</summary>
    public DateOnly? RestDaysCountedTo { get; init; }
}

/// <summary>Distance in two consecutive weeks (ISO weeks in the runner's time zone, as the load engine counts them).</summary>
/// <param name="ThisWeekStart">Monday of the later week.</param>
/// <param name="ThisWeek">Distance in the later week.</param>
/// <param name="LastWeek">Distance in the week before.</param>
public sealed record WeeklyDistanceChange(DateOnly ThisWeekStart, Distance ThisWeek, Distance LastWeek)
{
    /// <summary>Change in percent of last week (+25 means 25% more); null when last week was zero.</summary>
    public double? ChangePercent => LastWeek.Metres > 0 ? Percent(ThisWeek, LastWeek) : null;

    // Rounded to 1e-9 % so an increase of exactly 10% (33 km after 30) reads as 10, not 10.000000000000009,
    // and the rules' "more than 10%" boundaries hold.
    internal static double Percent(Distance now, Distance before) => Math.Round((now.Metres / before.Metres - 1) * 100, 9);
}

/// <summary>One run against the longest run of the 30 days before it.</summary>
/// <param name="Date">Day of the run.</param>
/// <param name="Distance">Its distance.</param>
/// <param name="LongestPrevious30Days">Longest run in the 30 days before <paramref name="Date"/> (that day excluded).</param>
public sealed record SingleRunSpike(DateOnly Date, Distance Distance, Distance LongestPrevious30Days)
{
    /// <summary>How much longer than the 30-day longest, in percent; null when there was no earlier run.</summary>
    public double? IncreasePercent => LongestPrevious30Days.Metres > 0 ? WeeklyDistanceChange.Percent(Distance, LongestPrevious30Days) : null;
}

/// <summary>Downhill running in two consecutive weeks.</summary>
/// <param name="ThisWeekStart">Monday of the later week.</param>
/// <param name="ThisWeekDownhill">Distance on grades below -3% in the later week.</param>
/// <param name="LastWeekDownhill">The same for the week before.</param>
/// <param name="ThisWeekDescentMetres">Elevation lost in the later week, metres, positive; null when unknown.</param>
/// <param name="LastWeekDescentMetres">Elevation lost the week before, metres, positive; null when unknown.</param>
public sealed record DownhillChange(
    DateOnly ThisWeekStart,
    Distance ThisWeekDownhill,
    Distance LastWeekDownhill,
    double? ThisWeekDescentMetres = null,
    double? LastWeekDescentMetres = null)
{
    /// <summary>Change of downhill distance in percent of last week; null when last week had none.</summary>
    public double? DownhillChangePercent => LastWeekDownhill.Metres > 0 ? WeeklyDistanceChange.Percent(ThisWeekDownhill, LastWeekDownhill) : null;
}

/// <summary>A shoe and its distance so far.</summary>
/// <param name="Name">The runner's name for it.</param>
/// <param name="Distance">Distance run in it, including any starting distance the runner entered.</param>
public sealed record ShoeWear(string Name, Distance Distance);

/// <summary>Average step rate at an average speed over a span of runs.</summary>
/// <param name="From">First day of the span.</param>
/// <param name="To">Last day of the span.</param>
/// <param name="Average">Average cadence in steps per minute.</param>
/// <param name="AverageSpeed">Average moving speed over the same runs.</param>
public sealed record CadenceAtSpeed(DateOnly From, DateOnly To, Cadence Average, Speed AverageSpeed);
