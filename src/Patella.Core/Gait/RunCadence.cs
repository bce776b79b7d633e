using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// The step rate of one run while running, and how fast it was run: the unit every gait comparison is made of.
/// </summary>
/// <param name="ActivityId">The activity it came from.</param>
/// <param name="Date">The run's local start date in the runner's zone.</param>
/// <param name="Cadence">Mean step rate while running (spm).</param>
/// <param name="RunningSpeed">Average speed while running: the session's speed for a continuous run, estimated for run/walk.</param>
/// <param name="RunningTime">Moving time at running step rates.</param>
/// <param name="RunningShare">Share (0-1) of the cadence-recorded moving time at running step rates.</param>
public sealed record RunCadence(long ActivityId, DateOnly Date, Cadence Cadence, Speed RunningSpeed, TimeSpan RunningTime, double RunningShare)
{
    /// <summary>True for a run/walk session: its cadence is the running bands' and its speed an estimate.</summary>
    public bool IsRunWalk => RunningShare < GaitRules.ContinuousRunShare;

    /// <summary>
    /// The running cadence of an activity, or null when it is not a run, has no step rate, or too little running
    /// (<see cref="GaitRules.MinRunningMinutes"/>).
    /// </summary>
    /// <remarks>
    /// A session's average mixes running and walking, so the running part is read from the 5-spm bands at or above
    /// <see cref="GaitRules.RunningFromStepsPerMinute"/>. A continuous run (<see cref="GaitRules.ContinuousRunShare"/>)
    /// uses the exact average; a run/walk session uses the running bands' time-weighted midpoints (±2.5 spm per band)
    /// and a running speed estimated by taking the walking at <see cref="GaitRules.AssumedWalkingMetresPerSecond"/>
    /// off the distance. A run with an average and no bands (older data) counts as continuous when the average is a
    /// running rate.
    /// </remarks>
    public static RunCadence? Of(Activity activity, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(zone);
        if (!activity.Sport.IsRunning())
        {
            return null;
        }

        var metrics = activity.Metrics;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(activity.StartUtc, DateTimeKind.Utc), zone));
        var bands = metrics.CadenceDistribution;
        var bandSeconds = bands.Sum(b => b.Time.TotalSeconds);
        if (bandSeconds <= 0)
        {
            return metrics.AverageCadence is { } only && only.StepsPerMinute >= GaitRules.RunningFromStepsPerMinute
                && metrics.MovingTime.TotalMinutes >= GaitRules.MinRunningMinutes && metrics.AverageSpeed.MetresPerSecond > 0
                ? new RunCadence(activity.Id, date, only, metrics.AverageSpeed, metrics.MovingTime, 1)
                : null;
        }

        var runningSeconds = 0.0;
        var weighted = 0.0;
        foreach (var band in bands.Where(b => b.LowStepsPerMinute >= GaitRules.RunningFromStepsPerMinute))
        {
            runningSeconds += band.Time.TotalSeconds;
            weighted += band.Time.TotalSeconds * (band.LowStepsPerMinute + (StepCadence.BandWidthStepsPerMinute / 2.0));
        }

        var share = runningSeconds / bandSeconds;

        // The bands cover the moving time that had a step rate; scale their split onto the whole moving time.
        var runningTime = TimeSpan.FromSeconds(metrics.MovingTime.TotalSeconds * share);
        if (runningSeconds <= 0 || runningTime.TotalMinutes < GaitRules.MinRunningMinutes || metrics.AverageSpeed.MetresPerSecond <= 0)
        {
            return null;
        }

        if (share >= GaitRules.ContinuousRunShare)
        {
            var cadence = metrics.AverageCadence ?? Cadence.FromStepsPerMinute(weighted / runningSeconds);
            return new RunCadence(activity.Id, date, cadence, metrics.AverageSpeed, runningTime, share);
        }

        var walkingMetres = GaitRules.AssumedWalkingMetresPerSecond * (metrics.MovingTime - runningTime).TotalSeconds;
        var estimated = (metrics.Distance.Metres - walkingMetres) / runningTime.TotalSeconds;

        // Walking faster than assumed can make the estimate absurd; the session average is a floor for running speed.
        var speed = Speed.FromMetresPerSecond(Math.Max(estimated, metrics.AverageSpeed.MetresPerSecond));
        return new RunCadence(activity.Id, date, Cadence.FromStepsPerMinute(weighted / runningSeconds), speed, runningTime, share);
    }
}
