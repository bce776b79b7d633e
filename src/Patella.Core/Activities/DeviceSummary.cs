namespace Patella.Core.Activities;

/// <summary>
/// The totals the file itself claims (FIT session, TCX lap sums, Strava CSV), kept beside our own
/// computed metrics for comparison. Every value is null when the file does not say it.
/// </summary>
public sealed record DeviceSummary
{
    public static DeviceSummary None { get; } = new();

    public double? DistanceMetres { get; init; }
    public double? TimerTimeSeconds { get; init; }
    public double? ElapsedTimeSeconds { get; init; }
    public double? AscentMetres { get; init; }
    public double? DescentMetres { get; init; }
    /// <summary>Average cadence converted to steps per minute (both feet) where the unit is known.</summary>
    public double? AverageCadenceStepsPerMinute { get; init; }
    public double? AverageHeartRateBpm { get; init; }
    public double? Calories { get; init; }
}
