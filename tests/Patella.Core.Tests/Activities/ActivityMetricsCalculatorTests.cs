using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public class ActivityMetricsCalculatorTests
{
    [Fact]
    public void Compute_EmptyRecordingGivesZeros()
    {
        var metrics = ActivityMetricsCalculator.Compute(new RecordedActivity { Format = ActivityFormat.Gpx });

        Assert.Equal(0.0, metrics.Distance.Metres);
        Assert.Equal(TimeSpan.Zero, metrics.MovingTime);
        Assert.Equal(TimeSpan.Zero, metrics.ElapsedTime);
        Assert.Equal(0.0, metrics.AverageSpeed.MetresPerSecond);
        Assert.Equal(0.0, metrics.DownhillDistance.Metres);
        Assert.Null(metrics.ElevationGainMetres);
        Assert.Null(metrics.AverageCadence);
        Assert.Null(metrics.AverageHeartRate);
        Assert.Null(metrics.MaxHeartRate);
        Assert.Empty(metrics.CadenceDistribution);
    }

    [Fact]
    public void Compute_SinglePointGivesZeros()
    {
        var track = new SyntheticTrack { Altitude = _ => 312, Cadence = 85, HeartRate = 120 }.Go(0, 3.0);

        var metrics = track.Compute();

        Assert.Single(track.Points);
        Assert.Equal(0.0, metrics.Distance.Metres);
        Assert.Equal(TimeSpan.Zero, metrics.MovingTime);
        Assert.Equal(TimeSpan.Zero, metrics.ElapsedTime);
        Assert.Equal(0.0, metrics.ElevationGainMetres);
        Assert.Equal(0.0, metrics.ElevationLossMetres);
        Assert.Null(metrics.AverageCadence);
        Assert.Null(metrics.AverageHeartRate);
        Assert.Equal(120.0, metrics.MaxHeartRate!.Value.BeatsPerMinute);
    }

    [Fact]
    public void Compute_AcceptsAnyReadOnlyList()
    {
        var points = new SyntheticTrack().Go(400, 2.5).Points;
        var activity = new RecordedActivity { Format = ActivityFormat.Tcx, Points = points.AsReadOnly() };

        Assert.Equal(1000.0, ActivityMetricsCalculator.Compute(activity).Distance.Metres, 0.01);
    }

    [Fact]
    public void ElapsedTime_IsFirstToLastTimedSampleIncludingPausesAndStops()
    {
        var track = new SyntheticTrack().Go(100, 3.0).Go(50, 0).Go(100, 3.0);
        track.Points.Insert(0, TrackPoint.At(null));
        track.Points.Add(TrackPoint.At(null));

        var metrics = track.Compute(Sport.Running, CadenceUnit.Unknown, new TimerPause(SyntheticTrack.TimeAt(10), SyntheticTrack.TimeAt(20)));

        Assert.Equal(TimeSpan.FromSeconds(250), metrics.ElapsedTime);
        Assert.Equal(TimeSpan.FromSeconds(190), metrics.MovingTime);
    }

    // 300 s moving at HR `first`, 100 s moving at `second`, 120 s stopped at 100 bpm.
    [Theory]
    [InlineData(140.0, 160.0, 145.0, 160.0)]
    [InlineData(150.0, 150.0, 150.0, 150.0)]
    public void HeartRate_AverageIsTimeWeightedOverMovingTime(double first, double second, double expectedAverage, double expectedMax)
    {
        var track = new SyntheticTrack { HeartRate = first }.Go(300, 3.0);
        track.HeartRate = second;
        track.Go(100, 3.0);
        track.HeartRate = 100;
        track.Go(120, 0.0);

        var metrics = track.Compute();

        Assert.Equal(expectedAverage, metrics.AverageHeartRate!.Value.BeatsPerMinute, 1e-9);
        Assert.Equal(expectedMax, metrics.MaxHeartRate!.Value.BeatsPerMinute);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(255.0)]
    public void HeartRate_ZeroMissingAndImpossibleReadingsAreIgnored(double invalid)
    {
        var track = new SyntheticTrack { HeartRate = 150 }.Go(400, 3.0);
        for (var i = 0; i < track.Points.Count; i += 2)
        {
            track.Points[i] = track.Points[i] with { HeartRateBpm = invalid };
        }

        var metrics = track.Compute();

        Assert.Equal(150.0, metrics.AverageHeartRate!.Value.BeatsPerMinute, 1e-9);
        Assert.Equal(150.0, metrics.MaxHeartRate!.Value.BeatsPerMinute);
    }

    [Fact]
    public void HeartRate_IsNullWhenNeverRecorded()
    {
        var metrics = new SyntheticTrack().Go(400, 3.0).Compute();

        Assert.Null(metrics.AverageHeartRate);
        Assert.Null(metrics.MaxHeartRate);
    }

    [Fact]
    public void AverageSpeed_IsDistanceOverMovingTime()
    {
        var metrics = new SyntheticTrack().Go(200, 2.0).Go(100, 0).Go(200, 4.0).Compute();

        Assert.Equal(1200.0 / 400.0, metrics.AverageSpeed.MetresPerSecond, 1e-6);
    }
}
