using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>
/// Everything the load capability says about one day: what <c>patella load --on DATE</c> prints and the web shows.
/// A tree of records without cycles: it serialises to JSON as it is.
/// </summary>
/// <param name="Day">The runner's local date the picture is for; activities after it are ignored.</param>
/// <param name="TimeZone">The zone's id, as in the settings.</param>
/// <param name="Weeks">The last 8 finished ISO weeks and then the current one (partial), oldest first.</param>
/// <param name="Days">Every day of <paramref name="Weeks"/>, through <paramref name="Day"/>.</param>
/// <param name="LastWeek">The 10% rule on the last finished week.</param>
/// <param name="CurrentWeek">The 10% rule on the current week so far.</param>
/// <param name="LongestRunLast30Days">The longest run dated in the 30 days before <paramref name="Day"/>, or on it.</param>
/// <param name="NextRunLongestWithoutSpike">The longest run that would not be a spike if run after today's runs.</param>
/// <param name="Spikes">Runs in the window of <paramref name="Weeks"/> that were spikes (Small or more).</param>
/// <param name="Ratios">Acute:chronic ratios; null with fewer than 28 days since the first run.</param>
public sealed record LoadPicture(
    DateOnly Day,
    string TimeZone,
    DistanceUnit Unit,
    LoadMeasure Measure,
    IReadOnlyList<WeekLoad> Weeks,
    IReadOnlyList<DayLoad> Days,
    TenPercentCheck LastWeek,
    TenPercentCheck CurrentWeek,
    Distance LongestRunLast30Days,
    Distance NextRunLongestWithoutSpike,
    IReadOnlyList<SpikeResult> Spikes,
    WorkloadRatios? Ratios,
    MonotonyStrain Monotony,
    DownhillCheck LastWeekDownhill,
    DownhillCheck CurrentWeekDownhill,
    ShoeReport Shoes,
    IReadOnlyList<LoadWarning> Warnings);
