namespace Patella.Core.Activities;

/// <summary>
/// Which time between samples counts as moving. A step between two consecutive timed samples of the
/// same segment counts when (a) it does not overlap a recorded <see cref="TimerPause"/>, (b) it is at
/// most <see cref="MaxStepSeconds"/> long, and (c) its speed is above the sport's stop speed — the
/// device's speed at the step's end when recorded, else distance over time. A longer step is a gap in
/// the recording: it counts only when the distance covered across it shows steady movement (average
/// speed above the stop speed, e.g. running through a tunnel) and it is at most
/// <see cref="MaxBridgedGapSeconds"/>; a long gap with little distance is a stop. Segment boundaries
/// (GPX trkseg, FIT timer runs) are never bridged.
/// </summary>
public static class MovingTimeRule
{
    /// <summary>
    /// Stop speed on foot and for most sports, m/s (1.8 km/h): a slow walk is ~1 m/s, while a runner
    /// waiting at a traffic light shuffles well below this.
    /// </summary>
    public const double OnFootStopSpeedMetresPerSecond = 0.5;

    /// <summary>Stop speed for cycling, m/s (3.6 km/h): below it a bike is balancing or being pushed.</summary>
    public const double CyclingStopSpeedMetresPerSecond = 1.0;

    /// <summary>
    /// Longest step, seconds, judged by the speed at its end. Watches record every 1 s, or every few
    /// seconds with "smart recording"; 30 s is well above either.
    /// </summary>
    public const double MaxStepSeconds = 30.0;

    /// <summary>
    /// Longest gap, seconds, that can count as moving (10 min). Nobody loses every sample for longer while
    /// still moving; such a gap is a forgotten stop or a transfer, whatever distance it spans.
    /// </summary>
    public const double MaxBridgedGapSeconds = 600.0;

    /// <summary>The stop speed of a sport, m/s.</summary>
    /// <summary>
    /// The stop speed for a recording with no motion in it at all (no distance, no device speed: an indoor rower's or
    /// a gym session's heart-rate log): below any speed, so every step outside a pause counts, as the device's timer did.
    /// </summary>
    public const double NoMotionRecordedStopSpeed = -1.0;

    /// <summary>True when the recording holds any motion: a distance covered or a device speed in some sample.</summary>
    public static bool RecordsMotion(ReadOnlySpan<TrackPoint> points, double distanceMetres)
    {
        if (distanceMetres > 0)
        {
            return true;
        }

        foreach (ref readonly var point in points)
        {
            if (double.IsFinite(point.SpeedMetresPerSecond))
            {
                return true;
            }
        }

        return false;
    }

    public static double StopSpeed(Sport sport) =>
        sport == Sport.Cycling ? CyclingStopSpeedMetresPerSecond : OnFootStopSpeedMetresPerSecond;

    /// <summary>
    /// Whether a step counts as moving, given its length in time and distance and the device's speed at its
    /// end (NaN when not recorded). Pause overlap and segment boundaries are checked by the caller.
    /// </summary>
    /// <param name="seconds">Step duration, seconds; not moving unless positive.</param>
    /// <param name="metres">Distance covered over the step, metres.</param>
    /// <param name="deviceSpeed">The device's speed at the end of the step, m/s, or NaN.</param>
    /// <param name="stopSpeed">The sport's stop speed, m/s.</param>
    public static bool IsMoving(double seconds, double metres, double deviceSpeed, double stopSpeed)
    {
        if (!(seconds > 0))
        {
            return false;
        }

        if (seconds > MaxStepSeconds)
        {
            // The device's speed at the far end says nothing about the middle of a gap.
            return seconds <= MaxBridgedGapSeconds && metres / seconds > stopSpeed;
        }

        var speed = double.IsFinite(deviceSpeed) && deviceSpeed >= 0 ? deviceSpeed : metres / seconds;
        return speed > stopSpeed;
    }

    /// <summary>
    /// Writes into <paramref name="movingSeconds"/>[i] the moving seconds of the step that ends at sample i
    /// (zero when it does not count) and returns the total moving time.
    /// </summary>
    /// <param name="cumulativeMetres">Distance along the track at every sample (<see cref="TrackDistance"/>).</param>
    internal static TimeSpan Measure(
        ReadOnlySpan<TrackPoint> points,
        ReadOnlySpan<double> cumulativeMetres,
        IReadOnlyList<TimerPause> pauses,
        double stopSpeed,
        Span<double> movingSeconds)
    {
        movingSeconds.Clear();
        long movingTicks = 0;
        var previous = -1;
        long previousTicks = 0;
        var pause = 0;
        for (var i = 0; i < points.Length; i++)
        {
            ref readonly var point = ref points[i];
            if (point.TimeUtc is not { } time)
            {
                continue;
            }

            var ticks = time.Ticks;
            if (previous >= 0 && points[previous].Segment == point.Segment && ticks > previousTicks)
            {
                var seconds = (ticks - previousTicks) / (double)TimeSpan.TicksPerSecond;
                var metres = cumulativeMetres[i] - cumulativeMetres[previous];
                if (!OverlapsPause(pauses, ref pause, previousTicks, ticks) &&
                    IsMoving(seconds, metres, point.SpeedMetresPerSecond, stopSpeed))
                {
                    movingSeconds[i] = seconds;
                    movingTicks += ticks - previousTicks;
                }
            }
            else if (previous >= 0 && ticks < previousTicks)
            {
                // Time went backwards: start the pause search again from the first pause.
                pause = 0;
            }

            previous = i;
            previousTicks = ticks;
        }

        return TimeSpan.FromTicks(movingTicks);
    }

    /// <summary>
    /// True when (start, end) overlaps a pause. <paramref name="next"/> is the first pause that may still
    /// end after <paramref name="startTicks"/>; it only moves forward while steps move forward in time.
    /// </summary>
    private static bool OverlapsPause(IReadOnlyList<TimerPause> pauses, ref int next, long startTicks, long endTicks)
    {
        while (next < pauses.Count && pauses[next].EndUtc.Ticks <= startTicks)
        {
            next++;
        }

        for (var k = next; k < pauses.Count; k++)
        {
            var pause = pauses[k];
            if (pause.StartUtc.Ticks >= endTicks)
            {
                return false;
            }

            if (pause.EndUtc.Ticks > startTicks)
            {
                return true;
            }
        }

        return false;
    }
}
