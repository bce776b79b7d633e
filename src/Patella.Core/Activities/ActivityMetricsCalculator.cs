using System.Buffers;
using System.Runtime.InteropServices;
using Patella.Core.Measures;

namespace Patella.Core.Activities;

/// <summary>
/// Computes <see cref="ActivityMetrics"/> from a recording. Pure, and linear in the number of samples:
/// its per-sample working arrays are borrowed from the shared pool, and nothing is allocated per sample. Each rule lives beside its constants:
/// distance in <see cref="TrackDistance"/>, moving time in <see cref="MovingTimeRule"/>, gain and loss in
/// <see cref="ElevationSmoothing"/>, downhill in <see cref="DownhillRule"/>, step rate in
/// <see cref="StepCadence"/> and <see cref="CadenceUnitRule"/>. Heart rate is below.
/// </summary>
public static class ActivityMetricsCalculator
{
    /// <summary>
    /// Highest heart rate taken as real, bpm. Maximum heart rates above ~220 are unheard of in adults;
    /// larger readings are strap artefacts and are ignored like zeros (no contact) and NaN (no sensor).
    /// </summary>
    public const double MaxPlausibleHeartRateBpm = 250.0;

    /// <summary>
    /// The metrics of a recording. An empty or single-sample recording gives zeros (null elevation when no
    /// sample has an altitude), never an exception.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public static ActivityMetrics Compute(RecordedActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var points = AsSpan(activity.Points);
        var n = points.Length;

        // Per-sample working columns come from the shared pool: a long run would otherwise put a few MB
        // on the large-object heap on every call.
        var pool = ArrayPool<double>.Shared;
        var cumulativeArray = pool.Rent(n);
        var movingSecondsArray = pool.Rent(n);
        try
        {
            var cumulative = cumulativeArray.AsSpan(0, n);
            var movingSeconds = movingSecondsArray.AsSpan(0, n);

            var distanceMetres = TrackDistance.Measure(points, TrackDistance.MaxPlausibleSpeed(activity.Sport), cumulative, out var fromPositions);
            var distance = Distance.FromMetres(distanceMetres);
            var stopSpeed = MovingTimeRule.RecordsMotion(points, distanceMetres) ? MovingTimeRule.StopSpeed(activity.Sport) : MovingTimeRule.NoMotionRecordedStopSpeed;
            var movingTime = MovingTimeRule.Measure(points, cumulative, activity.Pauses, stopSpeed, movingSeconds);
            var averageSpeed = Speed.Over(distance, movingTime);
            var (gain, loss, downhill) = Elevation(points, cumulative, distanceMetres > 0);
            var (cadence, distribution, cadenceReason) = StepCadence.Measure(points, movingSeconds, activity.Sport, activity.CadenceUnit, averageSpeed.MetresPerSecond);
            var (averageHeartRate, maxHeartRate) = HeartRates(points, movingSeconds);

            return new ActivityMetrics
            {
                Distance = distance,
                MovingTime = movingTime,
                ElapsedTime = Elapsed(points),
                ElevationGainMetres = gain,
                ElevationLossMetres = loss,
                DownhillDistance = Distance.FromMetres(downhill),
                AverageSpeed = averageSpeed,
                AverageCadence = cadence,
                CadenceDistribution = distribution,
                CadenceUnitReason = cadenceReason,
                AverageHeartRate = averageHeartRate,
                MaxHeartRate = maxHeartRate,
                DistanceFromPositions = fromPositions,
            };
        }
        finally
        {
            pool.Return(cumulativeArray);
            pool.Return(movingSecondsArray);
        }
    }

    private static ReadOnlySpan<TrackPoint> AsSpan(IReadOnlyList<TrackPoint> points) => points switch
    {
        TrackPoint[] array => array,
        List<TrackPoint> list => CollectionsMarshal.AsSpan(list),
        _ => points.ToArray(),
    };

    /// <summary>First to last timed sample in file order (zero when time runs backwards overall).</summary>
    private static TimeSpan Elapsed(ReadOnlySpan<TrackPoint> points)
    {
        DateTime? first = null;
        DateTime? last = null;
        foreach (ref readonly var point in points)
        {
            if (point.TimeUtc is { } time)
            {
                first ??= time;
                last = time;
            }
        }

        return first is { } start && last is { } end && end > start ? end - start : TimeSpan.Zero;
    }

    /// <summary>
    /// Gain, loss (null without altitude) and downhill metres. The profile runs along the distance; a
    /// recording with no distance at all is smoothed over samples instead and has no downhill.
    /// </summary>
    private static (double? Gain, double? Loss, double Downhill) Elevation(ReadOnlySpan<TrackPoint> points, ReadOnlySpan<double> cumulative, bool hasDistance)
    {
        var pool = ArrayPool<double>.Shared;
        var axisArray = pool.Rent(points.Length);
        var altitudeArray = pool.Rent(points.Length);
        var smoothedArray = pool.Rent(points.Length);
        try
        {
            var count = 0;
            for (var i = 0; i < points.Length; i++)
            {
                var altitude = points[i].AltitudeMetres;
                if (double.IsFinite(altitude))
                {
                    axisArray[count] = hasDistance ? cumulative[i] : count;
                    altitudeArray[count++] = altitude;
                }
            }

            if (count == 0)
            {
                return (null, null, 0);
            }

            var axis = axisArray.AsSpan(0, count);
            var smoothed = smoothedArray.AsSpan(0, count);
            ElevationSmoothing.Smooth(axis, altitudeArray.AsSpan(0, count), hasDistance ? ElevationSmoothing.HalfWindowMetres : ElevationSmoothing.HalfWindowSamples, smoothed);
            var (gain, loss) = ElevationSmoothing.GainAndLoss(smoothed, ElevationSmoothing.HysteresisMetres);
            var downhill = hasDistance ? DownhillRule.DownhillMetres(axis, smoothed) : 0;
            return (gain, loss, downhill);
        }
        finally
        {
            pool.Return(axisArray);
            pool.Return(altitudeArray);
            pool.Return(smoothedArray);
        }
    }

    /// <summary>
    /// Average heart rate over moving time (each sample weighted by the moving seconds of the step ending
    /// at it) and the maximum over the whole recording, both ignoring 0, NaN and readings above
    /// <see cref="MaxPlausibleHeartRateBpm"/>. Null when there is nothing to average or no valid reading.
    /// </summary>
    private static (HeartRate? Average, HeartRate? Max) HeartRates(ReadOnlySpan<TrackPoint> points, ReadOnlySpan<double> movingSeconds)
    {
        var weighted = 0.0;
        var seconds = 0.0;
        var max = double.NaN;
        for (var i = 0; i < points.Length; i++)
        {
            var bpm = points[i].HeartRateBpm;
            if (!(bpm > 0 && bpm <= MaxPlausibleHeartRateBpm))
            {
                continue;
            }

            if (!(bpm <= max))
            {
                max = bpm;
            }

            if (movingSeconds[i] > 0)
            {
                weighted += bpm * movingSeconds[i];
                seconds += movingSeconds[i];
            }
        }

        HeartRate? average = seconds > 0 ? HeartRate.FromBeatsPerMinute(weighted / seconds) : null;
        HeartRate? maximum = double.IsNaN(max) ? null : HeartRate.FromBeatsPerMinute(max);
        return (average, maximum);
    }
}
