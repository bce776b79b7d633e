namespace Patella.Core.Activities;

/// <summary>Computes <see cref="ActivityMetrics"/> from a recording. Pure.</summary>
public static class ActivityMetricsCalculator
{
    public static ActivityMetrics Compute(RecordedActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        throw new NotImplementedException("being written");
    }
}
