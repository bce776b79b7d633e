using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.Web.Activities;

/// <summary>One activity in the API: units in the names, times UTC plus the runner's local date and time.</summary>
/// <param name="StartLocal">Start in the runner's zone, ISO 8601 without offset.</param>
/// <param name="PaceSecondsPerKilometre">Moving pace; null without distance.</param>
/// <param name="HasSamples">False for activities stored without an original file (entered by hand, or the demo).</param>
public sealed record ActivityJson(
    long Id,
    long RunnerId,
    DateTime StartUtc,
    DateTime StartLocal,
    DateOnly LocalDate,
    string Sport,
    string? Name,
    double DistanceMetres,
    double MovingTimeSeconds,
    double ElapsedTimeSeconds,
    double? PaceSecondsPerKilometre,
    double? ElevationGainMetres,
    double? ElevationLossMetres,
    double DownhillDistanceMetres,
    double? AverageCadenceStepsPerMinute,
    double? AverageHeartRateBpm,
    double? MaxHeartRateBpm,
    string? Device,
    string? Gear,
    bool HasSamples)
{
    public static ActivityJson From(StoredActivity a, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(a);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc), zone);
        return new ActivityJson(
            a.Id, a.RunnerId, a.StartUtc, DateTime.SpecifyKind(local, DateTimeKind.Unspecified), DateOnly.FromDateTime(local), a.Sport.ToString(), a.Name,
            Math.Round(a.DistanceMetres, 1), Math.Round(a.MovingTimeSeconds), Math.Round(a.ElapsedTimeSeconds),
            a.DistanceMetres > 0 && a.MovingTimeSeconds > 0 ? Math.Round(a.MovingTimeSeconds / (a.DistanceMetres / 1000), 1) : null,
            Round(a.ElevationGainMetres), Round(a.ElevationLossMetres), Math.Round(a.DownhillDistanceMetres, 1),
            Round(a.AverageCadenceStepsPerMinute), Round(a.AverageHeartRateBpm), Round(a.MaxHeartRateBpm), a.Device, a.Gear, a.FileId is not null);
    }

    public static ActivityJson From(StoredActivity a, Runner runner) => From(a, RunnerProfile.TimeZoneOf(runner));

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>An activity's samples along its distance, for the charts: parallel arrays, null where a sample has no value.</summary>
/// <param name="DistanceMetres">Along the track from the start, one per sample, non-decreasing.</param>
/// <param name="PaceSecondsPerKilometre">Pace over the preceding ~30 s; null while stopped.</param>
/// <param name="ElevationMetres">Smoothed as for gain and loss; null without altitude.</param>
/// <param name="CadenceStepsPerMinute">Steps per minute (stride rates doubled as for the average); null without cadence.</param>
public sealed record ActivitySamplesJson(
    long ActivityId,
    string Units,
    IReadOnlyList<double> DistanceMetres,
    IReadOnlyList<double?> ElapsedSeconds,
    IReadOnlyList<double?> PaceSecondsPerKilometre,
    IReadOnlyList<double?> ElevationMetres,
    IReadOnlyList<double?> CadenceStepsPerMinute,
    IReadOnlyList<double?> HeartRateBpm);
