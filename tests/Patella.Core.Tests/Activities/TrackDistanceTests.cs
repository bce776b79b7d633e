using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public class TrackDistanceTests
{
    [Theory]
    [InlineData(2.5, 400)]
    [InlineData(4.0, 250)]
    [InlineData(1.25, 800)]
    public void Distance_StraightKilometreFromPositionsIsOneKilometre(double speed, int seconds)
    {
        var metrics = new SyntheticTrack().Go(seconds, speed).Compute();

        Assert.Equal(1000.0, metrics.Distance.Metres, 0.01);
        Assert.True(metrics.DistanceFromPositions);
        Assert.Equal(TimeSpan.FromSeconds(seconds), metrics.MovingTime);
        Assert.Equal(TimeSpan.FromSeconds(seconds), metrics.ElapsedTime);
        Assert.Equal(speed, metrics.AverageSpeed.MetresPerSecond, 1e-6);
    }

    // 1 km north at 4 m/s (one sample every 4 m); sample 100 is pushed east. The detour A→P→B replaces
    // the 8 m A→B: on foot a jump over 15 m/s is dropped, on a bike (cap 35 m/s) a 20 m sideways hop is real.
    [Theory]
    [InlineData(Sport.Running, 500.0, 1000.0)]
    [InlineData(Sport.Running, 20.0, 1000.0)]
    [InlineData(Sport.Cycling, 500.0, 1000.0)]
    [InlineData(Sport.Cycling, 20.0, 1032.79)]
    [InlineData(Sport.Running, 10.0, 1013.54)]
    public void Distance_GpsGlitchFasterThanTheSportsCapIsNotCounted(Sport sport, double eastMetres, double expectedMetres)
    {
        var track = new SyntheticTrack().Go(250, 4.0);
        var p = track.Points[100];
        track.Points[100] = p with { Longitude = p.Longitude + EastDegrees(eastMetres, p.Latitude) };

        var metrics = track.Compute(sport);

        // Hand-computed: 1000 - 8 + 2 * sqrt(4^2 + east^2) when the detour is kept.
        Assert.Equal(expectedMetres, metrics.Distance.Metres, 0.05);
    }

    [Fact]
    public void Distance_TrackThatRelocatesContinuesFromTheNewPlaceWithoutTheJump()
    {
        var track = new SyntheticTrack().Go(250, 4.0);
        for (var i = 100; i < track.Points.Count; i++)
        {
            var p = track.Points[i];
            track.Points[i] = p with { Longitude = p.Longitude + EastDegrees(2000, p.Latitude) };
        }

        var metrics = track.Compute();

        // Only the 4 m step onto the first relocated sample is lost.
        Assert.Equal(996.0, metrics.Distance.Metres, 0.05);
    }

    [Fact]
    public void Distance_TreadmillWithOnlyDeviceDistanceUsesTheCounter()
    {
        var metrics = new SyntheticTrack { Positions = false, DeviceDistance = true }.Go(600, 2.5).Compute(Sport.TreadmillRunning);

        Assert.Equal(1500.0, metrics.Distance.Metres, 1e-9);
        Assert.False(metrics.DistanceFromPositions);
        Assert.Equal(TimeSpan.FromSeconds(600), metrics.MovingTime);
    }

    // 400 s at 2.5 m/s on a treadmill; after sample 200 (500 m) the counter drops by `drop`.
    [Theory]
    [InlineData(0.0, 1000.0)]
    [InlineData(502.5, 997.5)]
    [InlineData(100.0, 997.5)]
    public void Distance_DeviceCounterResetLosesOnlyTheStepAtTheReset(double drop, double expectedMetres)
    {
        var track = new SyntheticTrack { Positions = false, DeviceDistance = true }.Go(400, 2.5);
        for (var i = 201; i < track.Points.Count; i++)
        {
            track.Points[i] = track.Points[i] with { DistanceMetres = track.Points[i].DistanceMetres - drop };
        }

        var metrics = track.Compute(Sport.TreadmillRunning);

        Assert.Equal(expectedMetres, metrics.Distance.Metres, 1e-9);
    }

    // 400 s at 2.5 m/s on a treadmill; sample 200 reads `spike` metres, for `samples` samples in a row.
    [Theory]
    [InlineData(99_999.0, 1)]
    [InlineData(99_999.0, 3)]
    [InlineData(600.0, 1)]
    public void Distance_DeviceCounterSpikeThatComesBackIsNotCounted(double spike, int samples)
    {
        var track = new SyntheticTrack { Positions = false, DeviceDistance = true }.Go(400, 2.5);
        for (var i = 200; i < 200 + samples; i++)
        {
            track.Points[i] = track.Points[i] with { DistanceMetres = spike };
        }

        var metrics = track.Compute(Sport.TreadmillRunning);

        // The counter continues from before the spike: nothing is lost.
        Assert.Equal(1000.0, metrics.Distance.Metres, 1e-9);
    }

    [Fact]
    public void Distance_DeviceCounterCatchingUpAfterGpsLossIsCounted()
    {
        // The watch ran on its accelerometer, then GPS came back and it added 30 m in one second.
        var track = new SyntheticTrack { Positions = false, DeviceDistance = true }.Go(400, 2.5);
        for (var i = 200; i < track.Points.Count; i++)
        {
            track.Points[i] = track.Points[i] with { DistanceMetres = track.Points[i].DistanceMetres + 30 };
        }

        var metrics = track.Compute(Sport.Running);

        Assert.Equal(1030.0, metrics.Distance.Metres, 1e-9);
    }

    // 1 km with positions; the device's counter reads `scale` of the truth on every `everyTenth` of ten samples.
    [Theory]
    [InlineData(10, 0.99, 990.0, false)] // counter on every sample: the watch's filtered distance wins
    [InlineData(5, 0.99, 990.0, false)]  // on half the samples: still "most"
    [InlineData(3, 0.99, 1000.0, true)]  // on 30%: positions
    [InlineData(10, 0.0, 1000.0, true)]  // counter present but never counted: positions
    public void Distance_DeviceCounterOnMostSamplesIsPreferredToPositions(int everyTenth, double scale, double expectedMetres, bool fromPositions)
    {
        var track = new SyntheticTrack { DeviceDistance = true }.Go(400, 2.5);
        for (var i = 0; i < track.Points.Count; i++)
        {
            var p = track.Points[i];
            track.Points[i] = p with { DistanceMetres = i % 10 < everyTenth ? p.DistanceMetres * scale : double.NaN };
        }

        var metrics = track.Compute();

        Assert.Equal(expectedMetres, metrics.Distance.Metres, 0.01);
        Assert.Equal(fromPositions, metrics.DistanceFromPositions);
    }

    [Fact]
    public void Distance_AlmostNoPositionsUsesThePartialCounter()
    {
        // A treadmill run whose watch got three GPS fixes, and a counter on only a third of the samples.
        var track = new SyntheticTrack { DeviceDistance = true }.Go(400, 2.5);
        for (var i = 0; i < track.Points.Count; i++)
        {
            var p = track.Points[i];
            track.Points[i] = p with
            {
                Latitude = i < 3 ? p.Latitude : double.NaN,
                Longitude = i < 3 ? p.Longitude : double.NaN,
                DistanceMetres = i % 3 == 0 || i == 400 ? p.DistanceMetres : double.NaN,
            };
        }

        var metrics = track.Compute();

        Assert.Equal(1000.0, metrics.Distance.Metres, 0.01);
        Assert.False(metrics.DistanceFromPositions);
    }

    [Fact]
    public void Distance_IsSummedWithinSegmentsOnly()
    {
        var track = new SyntheticTrack().Go(200, 2.5);
        track.Segment = 1;
        track.Jump(60, 5000).Go(200, 2.5);

        var metrics = track.Compute();

        Assert.Equal(1000.0, metrics.Distance.Metres, 0.01);
    }

    [Fact]
    public void Distance_SamplesWithoutPositionAreSkipped()
    {
        var track = new SyntheticTrack().Go(400, 2.5);
        for (var i = 1; i < 400; i += 2)
        {
            track.Points[i] = track.Points[i] with { Latitude = 100, Longitude = 0 };
        }

        var metrics = track.Compute();

        Assert.Equal(1000.0, metrics.Distance.Metres, 0.01);
    }

    private static double EastDegrees(double metres, double latitude) =>
        metres / (SyntheticTrack.MetresPerDegree * Math.Cos(latitude * Math.PI / 180.0));
}
