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

    // Raw cadence is a byte in FIT, GPX and TCX (0-254); larger values share the top bin.
    private const int RawBins = 256;

    // 5-spm bands up to 300 steps/min; faster shares the top band.
    private const int Bands = 60;

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
        Span<double> rawSeconds = stackalloc double[RawBins];
        rawSeconds.Clear();
        var total = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            var raw = points[i].Cadence;
            if (movingSeconds[i] > 0 && raw > 0 && double.IsFinite(raw))
            {
                rawSeconds[Math.Min((int)raw, RawBins - 1)] += movingSeconds[i];
                total += movingSeconds[i];
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

        var median = WeightedMedian(rawSeconds, total);
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

        Span<double> bandSeconds = stackalloc double[Bands];
        bandSeconds.Clear();
        var weighted = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            var raw = points[i].Cadence;
            if (movingSeconds[i] > 0 && raw > 0 && double.IsFinite(raw))
            {
                var stepsPerMinute = raw * factor;
                weighted += stepsPerMinute * movingSeconds[i];
                bandSeconds[Math.Min((int)(stepsPerMinute / BandWidthStepsPerMinute), Bands - 1)] += movingSeconds[i];
            }
        }

        var distribution = new List<CadenceBand>();
        for (var band = 0; band < Bands; band++)
        {
            if (bandSeconds[band] > 0)
            {
                distribution.Add(new CadenceBand(band * BandWidthStepsPerMinute, TimeSpan.FromSeconds(bandSeconds[band])));
            }
        }

        return (Cadence.FromStepsPerMinute(weighted / total), distribution, decision.Reason);
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

    /// <summary>The raw value (bin) at which half the moving time has been spent at or below.</summary>
    private static double WeightedMedian(ReadOnlySpan<double> secondsPerBin, double total)
    {
        var cumulative = 0.0;
        for (var bin = 0; bin < secondsPerBin.Length; bin++)
        {
            cumulative += secondsPerBin[bin];
            if (cumulative >= total / 2)
            {
                return bin;
            }
        }

        return secondsPerBin.Length - 1;
    }
}
