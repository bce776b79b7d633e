using System.Globalization;
using Patella.Core.Measures;

namespace Patella.Core.Activities;

/// <summary>
/// Step rate while moving: which recordings have one, its time-weighted average and its distribution.
/// Cadence samples of zero (no sensor, or the sensor lost contact) are ignored, as are samples outside
/// moving time. Each sample describes the step that ends at it, weighted by that step's moving seconds.
/// </summary>
public static class StepCadence
{
    /// <summary>Width of a band of <see cref="ActivityMetrics.CadenceDistribution"/>, steps/min.</summary>
    public const int BandWidthStepsPerMinute = 5;

    /// <summary>
    /// Average moving speed (m/s) from which an activity of unknown sport counts as a run rather than a
    /// walk: walking rarely exceeds 2 m/s (7.2 km/h), jogging rarely goes below it.
    /// </summary>
    public const double RunningGaitFromSpeed = 2.0;

    /// <summary>
    /// Fastest average moving speed (m/s, 21.6 km/h, about elite marathon pace) at which an activity of
    /// unknown sport can be on foot; faster is a ride (whose rpm would otherwise pass for strides).
    /// </summary>
    public const double MaxUnknownOnFootSpeed = 6.0;

    /// <summary>
    /// Plausible step length on foot, metres (speed ÷ step rate): about 0.5 m walking to 1.8 m fast running.
    /// An unknown-sport recording outside [<see cref="MinStepLengthMetres"/>, <see cref="MaxStepLengthMetres"/>] is not on foot.
    /// </summary>
    public const double MaxStepLengthMetres = 2.0;

    /// <inheritdoc cref="MaxStepLengthMetres"/>
    public const double MinStepLengthMetres = 0.3;

    // Moving seconds per half unit of raw cadence. Raw cadence is a byte in FIT, GPX and TCX (0-254);
    // larger values share the top bin. Band edges (multiples of 5 spm) fall on half units of raw cadence
    // whether it is doubled (2.5 raw) or not (5 raw), so one pass gives the median and exact bands.
    private const int BinsPerRawUnit = 2;
    private const int Bins = 256 * BinsPerRawUnit;

    /// <summary>
    /// The step rate of a recording: average over moving time (null when there is none), the 5-spm
    /// distribution and the one-sentence reason for the unit (null when no cadence was recorded).
    /// </summary>
    /// <param name="movingSeconds">Moving seconds of the step ending at each sample (<see cref="MovingTimeRule"/>).</param>
    /// <param name="averageSpeed">Average moving speed, m/s: tells running from walking when the sport is unknown.</param>
    internal static (Cadence? Average, IReadOnlyList<CadenceBand> Distribution, string? Reason) Measure(
        ReadOnlySpan<TrackPoint> points,
        ReadOnlySpan<double> movingSeconds,
        Sport sport,
        CadenceUnit declared,
        double averageSpeed)
    {
        Span<double> binSeconds = stackalloc double[Bins];
        binSeconds.Clear();
        var total = 0.0;
        var weightedRaw = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            var raw = points[i].Cadence;
            var seconds = movingSeconds[i];
            if (seconds > 0 && raw > 0 && double.IsFinite(raw))
            {
                binSeconds[Math.Min((int)(raw * BinsPerRawUnit), Bins - 1)] += seconds;
                total += seconds;
                weightedRaw += raw * seconds;
            }
        }

        if (total <= 0)
        {
            return (null, [], null);
        }

        if (!sport.IsOnFoot() && sport != Sport.Unknown)
        {
            return (null, [], $"{sport} cadence is not a step rate.");
        }

        var median = WeightedMedian(binSeconds, total);
        var running = sport.IsRunning() || (sport == Sport.Unknown && averageSpeed >= RunningGaitFromSpeed);
        var decision = CadenceUnitRule.Decide(declared, running, median);
        var factor = decision.StepsPerRawUnit;
        if (factor == 0)
        {
            return (null, [], decision.Reason);
        }

        if (sport == Sport.Unknown && !LooksOnFoot(averageSpeed, median * factor))
        {
            return (null, [], string.Create(CultureInfo.InvariantCulture,
                $"Sport unknown and a cadence of {median:0} at {averageSpeed:0.0} m/s does not look like running or walking: no step rate."));
        }

        return (Cadence.FromStepsPerMinute(factor * weightedRaw / total), Distribution(binSeconds, factor), decision.Reason);
    }

    /// <summary>Moving time per 5-spm band, lowest first, bands without time left out.</summary>
    private static List<CadenceBand> Distribution(ReadOnlySpan<double> binSeconds, double factor)
    {
        var distribution = new List<CadenceBand>();
        var band = -1;
        var seconds = 0.0;
        for (var bin = 0; bin < binSeconds.Length; bin++)
        {
            if (binSeconds[bin] <= 0)
            {
                continue;
            }

            // The bin's lower edge in steps/min; the small offset keeps an exact edge in its own band.
            var low = (int)((((double)bin / BinsPerRawUnit * factor) + 1e-9) / BandWidthStepsPerMinute) * BandWidthStepsPerMinute;
            if (low != band && seconds > 0)
            {
                distribution.Add(new CadenceBand(band, TimeSpan.FromSeconds(seconds)));
                seconds = 0;
            }

            band = low;
            seconds += binSeconds[bin];
        }

        if (seconds > 0)
        {
            distribution.Add(new CadenceBand(band, TimeSpan.FromSeconds(seconds)));
        }

        return distribution;
    }

    /// <summary>True when an unknown-sport recording's speed and step rate fit a walk or a run.</summary>
    private static bool LooksOnFoot(double averageSpeed, double medianStepsPerMinute)
    {
        if (averageSpeed > MaxUnknownOnFootSpeed || medianStepsPerMinute <= 0)
        {
            return false;
        }

        var stepLength = averageSpeed / (medianStepsPerMinute / 60.0);
        return stepLength is >= MinStepLengthMetres and <= MaxStepLengthMetres;
    }

    /// <summary>The raw cadence (to half a unit, the bin's lower edge) at or below which half the moving time was spent.</summary>
    private static double WeightedMedian(ReadOnlySpan<double> secondsPerBin, double total)
    {
        var cumulative = 0.0;
        for (var bin = 0; bin < secondsPerBin.Length; bin++)
        {
            cumulative += secondsPerBin[bin];
            if (cumulative >= total / 2)
            {
                return (double)bin / BinsPerRawUnit;
            }
        }

        return (double)(secondsPerBin.Length - 1) / BinsPerRawUnit;
    }
}
