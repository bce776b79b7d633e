using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>One week's descent and downhill distance against the previous weeks.</summary>
/// <param name="ReferenceDescentMetres">The larger of the two previous weeks' descent (as for the 10% rule).</param>
/// <param name="AllowedDescentMetres">max(reference × 1.10, reference + 150 m).</param>
/// <param name="DescentChangePercent">Against last week, percent; null when last week had no descent.</param>
public sealed record DownhillCheck(
    DateOnly WeekStart,
    bool IsPartialWeek,
    double DescentMetres,
    double LastWeekDescentMetres,
    double ReferenceDescentMetres,
    double AllowedDescentMetres,
    double? DescentChangePercent,
    Distance DownhillDistance,
    Distance LastWeekDownhillDistance,
    double? DownhillDistanceChangePercent,
    bool Exceeded);

/// <summary>Where a returning runner stands on the flat-before-downhill rule.</summary>
public enum DownhillReturnStatus
{
    /// <summary>Fewer than 2 pain-free weeks at flat volume: stay flat.</summary>
    NotYet,

    /// <summary>2 weeks: the low end of seed C's 2-3; short gentle descents at the clinician's call.</summary>
    ClinicianCall,

    /// <summary>3 or more weeks: downhill may come back, built slowly (<see cref="LoadRules.Downhill"/>).</summary>
    Allowed,
}

/// <summary>The flat-before-downhill gate in return to run (read by the rehab capability).</summary>
public sealed record DownhillReturnGate(int PainFreeFlatWeeks, DownhillReturnStatus Status, string Advice, ClinicalRule Rule)
{
    /// <summary>True only at <see cref="DownhillReturnStatus.Allowed"/>: Patella itself plans downhill from 3 weeks.</summary>
    public bool DownhillAllowed => Status == DownhillReturnStatus.Allowed;
}

/// <summary>
/// Downhill load (<see cref="LoadRules.Downhill"/>): the seeds single out descents as the patellofemoral load to build
/// slowly but give no number, so Patella applies their 10% rule to weekly descent, with a 150 m floor. A partial week
/// is judged on its descent so far, like <see cref="TenPercentRule"/>.
/// </summary>
public static class Downhill
{
    public static DownhillCheck Evaluate(LoadHistory history, DateOnly weekStart, DateOnly throughDay)
    {
        ArgumentNullException.ThrowIfNull(history);
        var partial = throughDay.DayNumber - weekStart.DayNumber + 1 < 7;
        var thisWeek = LoadSeries.Sum(history, weekStart, partial ? throughDay : weekStart.AddDays(6));
        var lastWeek = LoadSeries.Sum(history, weekStart.AddDays(-7), weekStart.AddDays(-1));
        var weekBefore = LoadSeries.Sum(history, weekStart.AddDays(-14), weekStart.AddDays(-8));
        var reference = Math.Max(lastWeek.DescentMetres, weekBefore.DescentMetres);
        var allowed = Math.Max(reference * (1 + LoadRules.TenPercentMaxGrowth), reference + LoadRules.DownhillFloorMetres);
        return new DownhillCheck(
            weekStart,
            partial,
            thisWeek.DescentMetres,
            lastWeek.DescentMetres,
            reference,
            allowed,
            Percent(thisWeek.DescentMetres, lastWeek.DescentMetres),
            Distance.FromMetres(thisWeek.DownhillMetres),
            Distance.FromMetres(lastWeek.DownhillMetres),
            Percent(thisWeek.DownhillMetres, lastWeek.DownhillMetres),
            thisWeek.DescentMetres > allowed);
    }

    /// <summary>
    /// Seed C, phase 4: no downhill until pain-free at flat volume for 2-3 weeks. The rehab capability decides
    /// which weeks were pain-free and flat and passes their consecutive count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative count.</exception>
    public static DownhillReturnGate ReturnGate(int painFreeFlatWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(painFreeFlatWeeks);
        var (status, advice) = painFreeFlatWeeks switch
        {
            >= LoadRules.DownhillReturnWeeks => (DownhillReturnStatus.Allowed, "Downhill may come back: start with short gentle descents and build descent slowly."),
            >= LoadRules.DownhillReturnMinWeeks => (DownhillReturnStatus.ClinicianCall, "Two pain-free flat weeks: one more keeps to the safe end of 2-3; ask your clinician before adding descents."),
            _ => (DownhillReturnStatus.NotYet, "Keep to flat ground until 2-3 weeks at your flat volume have been pain-free."),
        };
        return new DownhillReturnGate(painFreeFlatWeeks, status, advice, LoadRules.DownhillInReturn);
    }

    private static double? Percent(double current, double previous) => previous > 0 ? (current - previous) / previous * 100.0 : null;
}
