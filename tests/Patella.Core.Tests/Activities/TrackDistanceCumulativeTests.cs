using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public sealed class TrackDistanceCumulativeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cumulative_EndsAtTheActivitysDistanceAndNeverGoesBack(bool deviceDistance)
    {
        var track = new SyntheticTrack { DeviceDistance = deviceDistance }.Go(600, 3.0).Jump(1, 500).Go(300, 3.0);
        var recording = new RecordedActivity { Format = ActivityFormat.Gpx, Sport = Sport.Running, Points = track.Points };

        var cumulative = TrackDistance.Cumulative(track.Points.ToArray(), Sport.Running);

        Assert.Equal(ActivityMetricsCalculator.Compute(recording).Distance.Metres, cumulative[^1], 6);
        Assert.All(cumulative.Zip(cumulative.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
    }
}
