using Patella.Core.Activities;

namespace Patella.Data.Activities;

/// <summary>
/// One activity as stored: what the file said, what Patella computed (these drive load), and the
/// device's own totals beside them for comparison. Units are in the column names.
/// </summary>
public sealed class StoredActivity
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    public long? FileId { get; set; }

    public StoredActivityFile? File { get; set; }

    /// <summary>Position of the activity in its file (TCX files can hold several).</summary>
    public int IndexInFile { get; set; }

    public Sport Sport { get; set; }

    public string? SportName { get; set; }

    public string? Name { get; set; }

    public string? Device { get; set; }

    public DateTime StartUtc { get; set; }

    public int? UtcOffsetMinutes { get; set; }

    public double DistanceMetres { get; set; }

    public double MovingTimeSeconds { get; set; }

    public double ElapsedTimeSeconds { get; set; }

    public double? ElevationGainMetres { get; set; }

    public double? ElevationLossMetres { get; set; }

    public double DownhillDistanceMetres { get; set; }

    public double AverageSpeedMetresPerSecond { get; set; }

    public double? AverageCadenceStepsPerMinute { get; set; }

    public string? CadenceUnitReason { get; set; }

    /// <summary>Moving seconds per 5-spm band, as "lowSpm:seconds;…" (small, read whole).</summary>
    public string? CadenceDistribution { get; set; }

    public double? AverageHeartRateBpm { get; set; }

    public double? MaxHeartRateBpm { get; set; }

    public bool DistanceFromPositions { get; set; }

    public int PointCount { get; set; }

    public double? DeviceDistanceMetres { get; set; }

    public double? DeviceTimerTimeSeconds { get; set; }

    public double? DeviceElapsedTimeSeconds { get; set; }

    public double? DeviceAscentMetres { get; set; }

    public double? DeviceDescentMetres { get; set; }

    public double? DeviceAverageCadenceStepsPerMinute { get; set; }

    public double? DeviceAverageHeartRateBpm { get; set; }

    /// <summary>Shoe name (Strava gear, or assigned later).</summary>
    public string? Gear { get; set; }

    /// <summary>Session RPE 0-10 when logged.</summary>
    public int? PerceivedExertion { get; set; }

    public string? StravaActivityId { get; set; }

    /// <summary>Reader warnings, one per line.</summary>
    public string? Warnings { get; set; }
}
