using Patella.Core.Measures;

namespace Patella.Core.Activities;

/// <summary>
/// Distance along a recording, per sample, from positions or from the device's own distance counter,
/// and the rule that picks between the two. Pure; writes into caller-owned spans.
/// </summary>
public static class TrackDistance
{
    /// <summary>
    /// Fastest plausible speed on foot, m/s (54 km/h). Sprinters peak near 12.4 m/s; a step that implies
    /// more is a GPS jump (multipath, re-acquisition after a tunnel), not running.
    /// </summary>
    public const double MaxOnFootSpeedMetresPerSecond = 15.0;

    /// <summary>
    /// Fastest plausible speed for every other sport and for <see cref="Sport.Unknown"/>, m/s (126 km/h):
    /// above road-bike descents. Unknown uses it too because wrongly rejecting a real ride loses distance,
    /// while a running glitch under this cap adds only tens of metres.
    /// </summary>
    public const double MaxOtherSpeedMetresPerSecond = 35.0;

    /// <summary>
    /// The shortest time a plausibility test assumes, seconds: two samples with the same or sub-second
    /// timestamps may still be up to one second's worth of travel apart.
    /// </summary>
    public const double MinPlausibilityWindowSeconds = 1.0;

    /// <summary>
    /// Share of samples (0-1) carrying the device's distance above which that counter is preferred to
    /// positions. A watch filters its own distance (and knows its foot pod); raw GPS summed point to point
    /// runs long by about 1% (shared corpus: sloatsburg FIT/TCX 14,004.85 m vs haversine 14,152.79 m).
    /// </summary>
    public const double DeviceDistanceMinShare = 0.5;

    /// <summary>
    /// Share of samples (0-1) with a position below which positions are "almost none" (treadmill, indoor,
    /// a few fixes before the watch gave up): the device counter is used whatever its coverage.
    /// </summary>
    public const double PositionsMinShare = 0.1;

    /// <summary>The fastest plausible speed for a sport, m/s (<see cref="MaxOnFootSpeedMetresPerSecond"/> or <see cref="MaxOtherSpeedMetresPerSecond"/>).</summary>
    public static double MaxPlausibleSpeed(Sport sport) =>
        sport.IsOnFoot() ? MaxOnFootSpeedMetresPerSecond : MaxOtherSpeedMetresPerSecond;

    /// <summary>
    /// The distance along the track at every sample (metres), by the same choice of source and the same
    /// glitch rule the activity's total distance uses: for charts over distance.
    /// </summary>
    public static double[] Cumulative(ReadOnlySpan<TrackPoint> points, Sport sport)
    {
        var cumulative = new double[points.Length];
        Measure(points, MaxPlausibleSpeed(sport), cumulative, out _);
        return cumulative;
    }

    /// <summary>
    /// Fills <paramref name="cumulativeMetres"/> with the distance along the track at every sample and
    /// returns the total, choosing the source by <see cref="DeviceDistanceMinShare"/> and
    /// <see cref="PositionsMinShare"/>: the device counter when it covers most samples (or positions are
    /// almost none) and actually counted something; else positions; else whatever the counter gives.
    /// </summary>
    /// <param name="fromPositions">True when the distance came from positions.</param>
    internal static double Measure(ReadOnlySpan<TrackPoint> points, double maxSpeed, Span<double> cumulativeMetres, out bool fromPositions)
    {
        var withPosition = 0;
        var withDevice = 0;
        foreach (ref readonly var point in points)
        {
            if (point.HasPosition)
            {
                withPosition++;
            }

            if (double.IsFinite(point.DistanceMetres) && point.DistanceMetres >= 0)
            {
                withDevice++;
            }
        }

        var deviceFirst = withDevice >= 2 &&
            (withDevice >= DeviceDistanceMinShare * points.Length || withPosition < PositionsMinShare * points.Length);
        if (deviceFirst)
        {
            var device = FromDeviceCounter(points, maxSpeed, cumulativeMetres);
            if (device > 0 || withPosition < 2)
            {
                fromPositions = false;
                return device;
            }
        }

        if (withPosition >= 2)
        {
            fromPositions = true;
            return FromPositions(points, maxSpeed, cumulativeMetres);
        }

        fromPositions = false;
        return FromDeviceCounter(points, maxSpeed, cumulativeMetres);
    }

    /// <summary>
    /// Haversine distance summed within each segment, skipping samples without a position. A sample that
    /// could only be reached faster than <paramref name="maxSpeed"/> from the last accepted one is a glitch:
    /// it is skipped and the line continues from the last accepted sample. If the next sample is plausible
    /// from the skipped one but not from the last accepted one, the track really moved (a wrong first fix,
    /// a re-acquisition): it continues from there and only the jump itself is left out.
    /// </summary>
    internal static double FromPositions(ReadOnlySpan<TrackPoint> points, double maxSpeed, Span<double> cumulativeMetres)
    {
        var total = 0.0;
        var anchor = -1;
        var pending = -1;
        for (var i = 0; i < points.Length; i++)
        {
            ref readonly var point = ref points[i];
            if (point.HasPosition)
            {
                if (anchor < 0 || points[anchor].Segment != point.Segment)
                {
                    anchor = i;
                    pending = -1;
                }
                else
                {
                    var step = Between(points[anchor], point);
                    if (IsPlausible(step, points[anchor], point, maxSpeed))
                    {
                        total += step;
                        anchor = i;
                        pending = -1;
                    }
                    else if (pending >= 0 && IsPlausible(step = Between(points[pending], point), points[pending], point, maxSpeed))
                    {
                        total += step;
                        anchor = i;
                        pending = -1;
                    }
                    else
                    {
                        pending = i;
                    }
                }
            }

            cumulativeMetres[i] = total;
        }

        return total;
    }

    /// <summary>
    /// The device's cumulative distance, counted from its first valid value. A decrease is a counter reset
    /// (a new lap or session restarting at zero) or a correction: nothing is counted and the counter is
    /// re-based on the new value, so at most one sample interval of travel is lost. An increase faster than
    /// <paramref name="maxSpeed"/> is held as doubtful: a watch catching up after losing GPS keeps counting
    /// from the new level (sloatsburg.tcx adds 33.8 m in one second and the watch's own total keeps it), while
    /// a corrupt value comes back down, and then the jump is taken back and the counter continues from
    /// before it.
    /// </summary>
    internal static double FromDeviceCounter(ReadOnlySpan<TrackPoint> points, double maxSpeed, Span<double> cumulativeMetres)
    {
        var total = 0.0;
        var last = -1;
        var jump = -1;
        var beforeJump = -1;
        for (var i = 0; i < points.Length; i++)
        {
            ref readonly var point = ref points[i];
            var raw = point.DistanceMetres;
            if (double.IsFinite(raw) && raw >= 0 && last >= 0)
            {
                var step = raw - points[last].DistanceMetres;
                if (jump >= 0 && step < 0)
                {
                    // The doubtful jump came back down: it was a corrupt value.
                    var undone = points[jump].DistanceMetres - points[beforeJump].DistanceMetres;
                    total -= undone;
                    for (var k = jump; k < i; k++)
                    {
                        cumulativeMetres[k] -= undone;
                    }

                    last = beforeJump;
                    step = raw - points[last].DistanceMetres;
                    jump = -1;
                }
                else if (step > 0)
                {
                    jump = -1;
                }

                if (step > 0)
                {
                    total += step;
                    if (!IsPlausible(step, points[last], point, maxSpeed))
                    {
                        jump = i;
                        beforeJump = last;
                    }
                }

                last = i;
            }
            else if (double.IsFinite(raw) && raw >= 0)
            {
                last = i;
            }

            cumulativeMetres[i] = total;
        }

        return total;
    }

    private static double Between(in TrackPoint from, in TrackPoint to) =>
        Geodesy.HaversineMetres(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>True unless both samples are timed and the step implies more than <paramref name="maxSpeed"/>.</summary>
    private static bool IsPlausible(double metres, in TrackPoint from, in TrackPoint to, double maxSpeed)
    {
        // Most steps are far below the cap even over the shortest window: no need to look at time.
        if (metres <= maxSpeed * MinPlausibilityWindowSeconds || from.TimeUtc is not { } start || to.TimeUtc is not { } end)
        {
            return true;
        }

        var seconds = Math.Max(Math.Abs((end - start).TotalSeconds), MinPlausibilityWindowSeconds);
        return metres <= maxSpeed * seconds;
    }
}
