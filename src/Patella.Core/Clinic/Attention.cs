using System.Globalization;
using System.Text.Json.Serialization;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Rules;
using Patella.Core.Today;

namespace Patella.Core.Clinic;

/// <summary>Why a runner needs a clinician's attention today, most urgent first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttentionKind>))]
public enum AttentionKind
{
    /// <summary>Today's decision is "refer": a red flag from the assessment or a check-in.</summary>
    RedFlag,

    /// <summary>Pain has been rising over the recent check-ins (<see cref="Attention.PainRising"/>).</summary>
    RisingPain,

    /// <summary>The load picture warns (spike, 10% rule, ratio, downhill, monotony, shoes) at caution or above.</summary>
    LoadWarning,

    /// <summary>No check-in for <see cref="Attention.MissedAfterDays"/> days or more (<see cref="Attention.MissedCheckIns"/>).</summary>
    MissedCheckIns,
}

/// <summary>One reason in the score, with its rule id where a rule applies and the points it adds.</summary>
public sealed record AttentionReason(AttentionKind Kind, string? RuleId, int Points, string Text);

/// <summary>The pain trend over the last check-ins.</summary>
/// <param name="Points">Each check-in's worst pain (0-10: the highest of rest, during, after, next morning, stairs), oldest first.</param>
/// <param name="SlopePerCheckIn">Least-squares slope of <paramref name="Points"/>, pain points per check-in; null with fewer than <see cref="Attention.MinTrendCheckIns"/>.</param>
public sealed record PainTrend(IReadOnlyList<DatedPain> Points, double? SlopePerCheckIn)
{
    /// <summary>The slope as a runner or clinician reads it: "+0.4/check-in", "steady", or "–" without enough check-ins.</summary>
    public string Text => SlopePerCheckIn switch
    {
        null => "–",
        { } s when Math.Abs(s) < 0.05 => "steady",
        { } s => s.ToString("+0.0;−0.0", CultureInfo.InvariantCulture) + "/check-in",
    };
}

/// <summary>A check-in's worst pain on its date.</summary>
public sealed record DatedPain(DateOnly Date, int Pain);

/// <summary>A runner's attention score today and its reasons, most urgent first.</summary>
/// <param name="Score">Higher means look first. See <see cref="Attention"/> for how tiers keep red flags on top.</param>
/// <param name="DaysSinceCheckIn">Days from the last check-in to today; null when the runner never checked in.</param>
public sealed record AttentionScore(int Score, IReadOnlyList<AttentionReason> Reasons, PainTrend Trend, int? DaysSinceCheckIn);

/// <summary>
/// How a clinician's list is sorted: red flags first, then rising pain, then load warnings, then missed check-ins. The
/// score is tiered so a higher tier always outranks any mix of lower ones: a red flag adds <see cref="RedFlagPoints"/>;
/// rising pain adds <see cref="RisingPainPoints"/>; each load warning at caution or above adds <see cref="LoadWarningPoints"/>
/// (at most <see cref="MaxCounted"/> counted); each day without a check-in from <see cref="MissedAfterDays"/> adds one point
/// (at most <see cref="MaxCounted"/>; a runner who never checked in counts the most). Ties keep the caller's order.
/// Patella convention for triage, not a clinical score: it orders a list and never decides for the runner.
/// </summary>
public static class Attention
{
    /// <summary>Points for a red flag: above everything below it (rising pain + 9 load warnings + 9 missed days = 189).</summary>
    public const int RedFlagPoints = 1000;

    /// <summary>Points for rising pain: above 9 load warnings and 9 missed days (99).</summary>
    public const int RisingPainPoints = 100;

    /// <summary>Points per load warning: above 9 missed days.</summary>
    public const int LoadWarningPoints = 10;

    /// <summary>Most warnings or missed days counted, so a tier never spills into the next one.</summary>
    public const int MaxCounted = 9;

    /// <summary>Check-ins the trend looks back over (the brief's 7-14: two weeks of daily check-ins).</summary>
    public const int TrendCheckIns = 14;

    /// <summary>Fewest check-ins for a trend: two points always make a line, three make a direction.</summary>
    public const int MinTrendCheckIns = 3;

    /// <summary>Slope from which pain counts as rising, points per check-in: one point over a week of daily check-ins.</summary>
    public const double RisingSlope = 1.0 / 7;

    /// <summary>Days since the last check-in from which the runner counts as missing check-ins (yesterday's is missing).</summary>
    public const int MissedAfterDays = 2;

    /// <summary>Pain rising over the recent check-ins.</summary>
    public static ClinicalRule PainRising { get; } = new("R-CLINIC-PAIN-RISING",
        "Pain rising over the recent check-ins (about 1 point a week or more)",
        "Patella convention; seed A: pain that increases is a reason to stop, and the pain-monitoring model watches its direction (research-notes §3c)");

    /// <summary>Daily check-ins not coming in.</summary>
    public static ClinicalRule MissedCheckIns { get; } = new("R-CLINIC-MISSED-CHECKINS",
        "No check-in for two days or more", "Patella convention: the plan adapts only to what is logged");

    /// <summary>The score of one runner on <paramref name="today"/>.</summary>
    /// <param name="decision">Today's decision for the runner (its refer reasons are the red flags).</param>
    /// <param name="checkIns">The runner's check-ins, any order; later dates than <paramref name="today"/> are ignored.</param>
    /// <param name="loadWarnings">The load picture's warnings on <paramref name="today"/>.</param>
    public static AttentionScore Of(TodayDecision decision, IReadOnlyList<CheckIn> checkIns, IReadOnlyList<LoadWarning> loadWarnings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(loadWarnings);
        var reasons = new List<AttentionReason>();
        if (decision.Decision == Decision.Refer)
        {
            var flags = decision.Reasons.Where(r => r.Leads == Decision.Refer).ToList();
            reasons.Add(new(AttentionKind.RedFlag, flags.FirstOrDefault()?.RuleId, RedFlagPoints,
                flags.Count == 0 ? "refer today" : string.Join("; ", flags.Select(f => $"{f.Text} ({f.RuleId})"))));
        }

        var trend = TrendOf(checkIns, today);
        if (trend.SlopePerCheckIn is { } slope && slope >= RisingSlope)
        {
            reasons.Add(new(AttentionKind.RisingPain, PainRising.Id, RisingPainPoints,
                Text($"pain rising {trend.Text} over the last {trend.Points.Count} check-ins ({trend.Points[0].Pain} → {trend.Points[^1].Pain})")));
        }

        var warnings = loadWarnings.Where(w => w.Severity >= Severity.Caution).ToList();
        foreach (var (w, i) in warnings.Select((w, i) => (w, i)))
        {
            reasons.Add(new(AttentionKind.LoadWarning, w.RuleId, i < MaxCounted ? LoadWarningPoints : 0, w.Message));
        }

        var last = checkIns.Where(c => c.Date <= today).Select(c => (DateOnly?)c.Date).Max();
        int? days = last is { } d ? today.DayNumber - d.DayNumber : null;
        if (days is null or >= MissedAfterDays)
        {
            reasons.Add(new(AttentionKind.MissedCheckIns, MissedCheckIns.Id, Math.Min(days ?? MaxCounted, MaxCounted),
                days is { } n ? Text($"last check-in {n} days ago ({last:yyyy-MM-dd})") : "no check-in yet"));
        }

        return new AttentionScore(reasons.Sum(r => r.Points), reasons, trend, days);
    }

    /// <summary>The worst pain of each of the last <see cref="TrendCheckIns"/> check-ins on or before <paramref name="today"/>, and its slope.</summary>
    public static PainTrend TrendOf(IReadOnlyList<CheckIn> checkIns, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var points = checkIns.Where(c => c.Date <= today)
            .GroupBy(c => c.Date).Select(g => g.Last())
            .OrderBy(c => c.Date).TakeLast(TrendCheckIns)
            .Select(c => new DatedPain(c.Date, WorstPain(c)))
            .ToList();
        return new PainTrend(points, points.Count >= MinTrendCheckIns ? Slope(points) : null);
    }

    /// <summary>The highest pain the check-in records, 0-10.</summary>
    public static int WorstPain(CheckIn c)
    {
        ArgumentNullException.ThrowIfNull(c);
        PainScore?[] all = [c.PainAtRest, c.PainDuringRun, c.PainAfterRun, c.PainNextMorning, c.StairsDownPain];
        return all.Max(p => p?.Points ?? 0);
    }

    private static double Slope(List<DatedPain> points)
    {
        // Least squares against the check-in's position: a gap of days is not pain getting better or worse.
        var n = points.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = points.Average(p => p.Pain);
        double num = 0, den = 0;
        for (var i = 0; i < n; i++)
        {
            num += (i - meanX) * (points[i].Pain - meanY);
            den += (i - meanX) * (i - meanX);
        }

        return num / den;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
