using System.Globalization;

namespace Patella.Core.Activities;

/// <summary>
/// A recording whose file does not say its sport (many GPX files) would be left out of the load
/// picture. When its numbers can only be a run, it is taken as one, and the activity says so.
/// </summary>
public static class SportInference
{
    /// <summary>
    /// Step rates (steps/min) of running: from a slow jog (~140) to sprinting (~220). Walking stays
    /// below ~135 and cycling has no step rate in the same numbers once the speed rules it out.
    /// </summary>
    public const double MinRunningStepsPerMinute = 140;

    /// <inheritdoc cref="MinRunningStepsPerMinute"/>
    public const double MaxRunningStepsPerMinute = 230;

    /// <summary>
    /// Running, with the reason, when an unknown-sport recording moved at a running speed
    /// (<see cref="StepCadence.RunningGaitFromSpeed"/> to <see cref="StepCadence.MaxUnknownOnFootSpeed"/> m/s)
    /// and, if it has a step rate, a running one; null when the numbers leave room for doubt.
    /// </summary>
    public static (Sport Sport, string Reason)? ForUnknown(Sport declared, ActivityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var speed = metrics.AverageSpeed.MetresPerSecond;
        if (declared != Sport.Unknown || speed < StepCadence.RunningGaitFromSpeed || speed > StepCadence.MaxUnknownOnFootSpeed)
        {
            return null;
        }

        if (metrics.AverageCadence is { } cadence
            && (cadence.StepsPerMinute < MinRunningStepsPerMinute || cadence.StepsPerMinute > MaxRunningStepsPerMinute))
        {
            return null;
        }

        var pace = metrics.AverageSpeed.PacePerKilometre!.Value;
        var why = metrics.AverageCadence is { } spm
            ? string.Create(CultureInfo.InvariantCulture, $"the file does not name its sport; taken as running from its pace ({(int)pace.TotalMinutes}:{pace.Seconds:00} /km) and step rate ({spm.StepsPerMinute:0} spm)")
            : string.Create(CultureInfo.InvariantCulture, $"the file does not name its sport; taken as running from its pace ({(int)pace.TotalMinutes}:{pace.Seconds:00} /km)");
        return (Sport.Running, why);
    }
}
