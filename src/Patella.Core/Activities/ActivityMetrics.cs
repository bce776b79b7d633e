using Patella.Core.Measures;

namespace Patella.Core.Activities;

/// <summary>
/// What Patella computes from an activity's samples (see <see cref="ActivityMetricsCalculator"/>
/// for every rule). These numbers, not the device's, drive load and assessment.
/// </summary>
public sealed record ActivityMetrics
{
    public required Distance Distance { get; init; }

    /// <summary>Time spent moving: timer pauses and stops excluded (rule in the calculator).</summary>
    public required TimeSpan MovingTime { get; init; }

    /// <summary>First to last sample, pauses included.</summary>
    public required TimeSpan ElapsedTime { get; init; }

    /// <summary>Smoothed elevation gain in metres; null when the recording has no altitude.</summary>
    public double? ElevationGainMetres { get; init; }

    /// <summary>Smoothed elevation loss (descent) in metres, positive; null when no altitude.</summary>
    public double? ElevationLossMetres { get; init; }

    /// <summary>Distance run on a grade below -3% over stretches of at least 50 m; zero without altitude.</summary>
    public required Distance DownhillDistance { get; init; }

    /// <summary>Average moving speed (distance over moving time).</summary>
    public required Speed AverageSpeed { get; init; }

    /// <summary>Average step rate while moving; null when not on foot or no cadence was recorded.</summary>
    public Cadence? AverageCadence { get; init; }

    /// <summary>Moving time per 5-spm cadence band; empty when there is no step rate.</summary>
    public IReadOnlyList<CadenceBand> CadenceDistribution { get; init; } = [];

    /// <summary>How the cadence unit was decided (e.g. "FIT running cadence is strides/min: doubled").</summary>
    public string? CadenceUnitReason { get; init; }

    public HeartRate? AverageHeartRate { get; init; }

    public HeartRate? MaxHeartRate { get; init; }

    /// <summary>True when distance came from positions; false when from the device's distance field (treadmill).</summary>
    public bool DistanceFromPositions { get; init; }
}

/// <summary>Moving time spent at a step rate in [LowStepsPerMinute, LowStepsPerMinute + 5).</summary>
public readonly record struct CadenceBand(int LowStepsPerMinute, TimeSpan Time);
