using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public class MovingTimeRuleTests
{
    // 300 s at 3 m/s, 2 minutes standing at a traffic light (sampled every second), 300 s at 3 m/s.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MovingTime_TwoMinuteStopAtATrafficLightIsNotMoving(bool deviceSpeed)
    {
        var metrics = new SyntheticTrack { DeviceSpeed = deviceSpeed }.Go(300, 3.0).Go(120, 0.0).Go(300, 3.0).Compute();

        Assert.Equal(TimeSpan.FromSeconds(600), metrics.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(720), metrics.ElapsedTime);
        Assert.Equal(1800.0, metrics.Distance.Metres, 0.01);
        Assert.Equal(3.0, metrics.AverageSpeed.MetresPerSecond, 1e-6);
    }

    // A heart-rate log without motion (gym, indoor rower): 300 s, a 60 s timer pause (sampled), 300 s.
    [Fact]
    public void MovingTime_RecordingWithoutMotion_IsTheTimeOutsidePauses()
    {
        var track = new SyntheticTrack { Positions = false, HeartRate = 130 }.Go(300, 0.0).Go(60, 0.0).Go(300, 0.0);
        var pause = new TimerPause(SyntheticTrack.TimeAt(300), SyntheticTrack.TimeAt(360));

        var metrics = track.Compute(Sport.Other, CadenceUnit.Unknown, pause);

        Assert.Equal(TimeSpan.FromSeconds(600), metrics.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(660), metrics.ElapsedTime);
        Assert.Equal(0, metrics.Distance.Metres);
    }

    [Fact]
    public void MovingTime_DeviceSpeedDecidesOverPositions()
    {
        // Positions creep at 1 m/s (GPS drift) while the watch's own speed says 0.
        var track = new SyntheticTrack().Go(300, 3.0).Go(120, 1.0).Go(300, 3.0);
        for (var i = 301; i <= 420; i++)
        {
            track.Points[i] = track.Points[i] with { SpeedMetresPerSecond = 0 };
        }

        Assert.Equal(TimeSpan.FromSeconds(600), track.Compute().MovingTime);
    }

    // 300 s running, a timer pause of `pauseSeconds` (with or without samples in it), 300 s running.
    [Theory]
    [InlineData(60, 1.0, true)]   // the device kept sampling a walk while paused
    [InlineData(20, 3.0, false)]  // no samples; a 20 s step at 3 m/s would otherwise count
    [InlineData(120, 0.0, true)]  // standing, sampled
    public void MovingTime_StepsOverlappingATimerPauseAreNotMoving(int pauseSeconds, double speedDuringPause, bool sampledDuringPause)
    {
        var track = new SyntheticTrack().Go(300, 3.0);
        if (sampledDuringPause)
        {
            track.Go(pauseSeconds, speedDuringPause);
        }
        else
        {
            track.Jump(pauseSeconds, pauseSeconds * speedDuringPause);
        }

        track.Go(300, 3.0);
        var pause = new TimerPause(SyntheticTrack.TimeAt(300), SyntheticTrack.TimeAt(300 + pauseSeconds));

        var metrics = track.Compute(Sport.Running, CadenceUnit.Unknown, pause);

        Assert.Equal(TimeSpan.FromSeconds(600), metrics.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(600 + pauseSeconds), metrics.ElapsedTime);
    }

    // 100 s running, one step of `gapSeconds` covering `gapMetres` with no samples in it, 100 s running.
    [Theory]
    [InlineData(20, 0.0, 0)]       // short step, no movement: a stop
    [InlineData(20, 60.0, 20)]     // short step at 3 m/s: moving
    [InlineData(60, 0.0, 0)]       // long gap, no distance: a stop
    [InlineData(60, 20.0, 0)]      // long gap, 0.33 m/s: a stop
    [InlineData(60, 180.0, 60)]    // long gap at 3 m/s: a tunnel, moving
    [InlineData(600, 1800.0, 600)] // at the longest bridged gap
    [InlineData(1200, 3600.0, 0)]  // 20 minutes lost: never moving
    public void MovingTime_GapIsMovingOnlyWhenItsDistanceShowsMovement(int gapSeconds, double gapMetres, int expectedGapMovingSeconds)
    {
        var metrics = new SyntheticTrack().Go(100, 3.0).Jump(gapSeconds, gapMetres).Go(100, 3.0).Compute();

        Assert.Equal(TimeSpan.FromSeconds(200 + expectedGapMovingSeconds), metrics.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(200 + gapSeconds), metrics.ElapsedTime);
    }

    [Fact]
    public void MovingTime_SegmentBoundaryIsNotBridged()
    {
        var track = new SyntheticTrack().Go(100, 3.0);
        track.Segment = 1;
        track.Jump(10, 30).Go(100, 3.0);

        var metrics = track.Compute();

        Assert.Equal(TimeSpan.FromSeconds(200), metrics.MovingTime);
        Assert.Equal(600.0, metrics.Distance.Metres, 0.01);
    }

    [Theory]
    [InlineData(Sport.Running, 0.4, 0)]
    [InlineData(Sport.Running, 0.6, 100)]
    [InlineData(Sport.Walking, 0.6, 100)]
    [InlineData(Sport.Unknown, 0.6, 100)]
    [InlineData(Sport.Cycling, 0.8, 0)]
    [InlineData(Sport.Cycling, 1.2, 100)]
    public void MovingTime_SpeedMustBeAboveTheSportsStopSpeed(Sport sport, double speed, int expectedSeconds)
    {
        var metrics = new SyntheticTrack().Go(100, speed).Compute(sport);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), metrics.MovingTime);
    }

    [Fact]
    public void MovingTime_SamplesWithoutTimeAreStepsOfTheirNeighbours()
    {
        var track = new SyntheticTrack().Go(100, 3.0);
        for (var i = 1; i < 100; i += 2)
        {
            track.Points[i] = track.Points[i] with { TimeUtc = null };
        }

        var metrics = track.Compute();

        Assert.Equal(TimeSpan.FromSeconds(100), metrics.MovingTime);
        Assert.Equal(300.0, metrics.Distance.Metres, 0.01);
    }

    [Theory]
    [InlineData(0.0, 0.0, double.NaN, false)]
    [InlineData(1.0, 3.0, double.NaN, true)]
    [InlineData(1.0, 3.0, 0.0, false)]   // the device's speed wins over distance
    [InlineData(1.0, 0.0, 2.0, true)]
    [InlineData(-1.0, 3.0, 3.0, false)]  // time going backwards
    [InlineData(30.0, 0.0, 3.0, true)]   // at the cap the device's speed still decides
    [InlineData(31.0, 0.0, 3.0, false)]  // past it only distance counts
    public void IsMoving_Table(double seconds, double metres, double deviceSpeed, bool expected) =>
        Assert.Equal(expected, MovingTimeRule.IsMoving(seconds, metres, deviceSpeed, MovingTimeRule.OnFootStopSpeedMetresPerSecond));
}
