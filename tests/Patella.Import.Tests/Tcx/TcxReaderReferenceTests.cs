using Patella.Core.Activities;
using Patella.Import.Tests.Gpx;

namespace Patella.Import.Tests.Tcx;

/// <summary>Every TCX file of the shared corpus, read and compared with gpx-tcx-reference.jsonl.</summary>
public sealed class TcxReaderReferenceTests
{
    public static TheoryData<string> Files => XmlReference.FilesIn("tcx");

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_MatchesReference(string name)
    {
        var reference = XmlReference.For("tcx", name);
        var activities = XmlReference.ReadTcx(name);
        var points = activities.SelectMany(a => a.Points).ToArray();

        Assert.Equal(reference.Int("activity_count"), activities.Length);
        Assert.Equal(
            reference.GetProperty("sports").EnumerateArray().Select(s => s.GetString()),
            activities.Select(a => a.SportName));
        Assert.Equal(reference.Int("point_count"), points.Length);
        Assert.Equal(reference.Int("points_with_elevation"), points.Count(p => !double.IsNaN(p.AltitudeMetres)));
        Assert.Equal(reference.Int("points_with_hr"), points.Count(p => !double.IsNaN(p.HeartRateBpm)));
        Assert.Equal(reference.Int("points_with_cadence"), points.Count(p => !double.IsNaN(p.Cadence)));
        Assert.Equal(reference.Int("points_with_position"), points.Count(p => p.HasPosition));
        Assert.Equal(reference.Int("points_with_time"), points.Count(p => p.TimeUtc is not null));
        Assert.Equal(reference.Int("track_count"), activities.Sum(a => a.Points.Select(p => p.Segment).Distinct().Count()));

        Assert.Equal(reference.Text("start_time"), XmlReference.Iso(points.First(p => p.TimeUtc is not null).TimeUtc));
        Assert.Equal(reference.Text("end_time"), XmlReference.Iso(points.Last(p => p.TimeUtc is not null).TimeUtc));

        Assert.Equal(reference.Number("distance_m"), activities.Sum(a => XmlReference.SegmentDistanceMetres(a.Points)), 0.001);
        var elevation = activities.Select(a => XmlReference.ElevationGainLoss(a.Points)).ToArray();
        Assert.Equal(reference.Number("elevation_gain_m"), elevation.Sum(e => e.Gain), 0.001);
        Assert.Equal(reference.Number("elevation_loss_m"), elevation.Sum(e => e.Loss), 0.001);

        Assert.Equal(reference.Number("declared_lap_distance_sum_m"), activities.Sum(a => a.Summary.DistanceMetres ?? 0), 0.001);
        Assert.Equal(reference.Number("declared_lap_time_sum_s"), activities.Sum(a => a.Summary.TimerTimeSeconds ?? 0), 0.001);
        Assert.All(activities, a => Assert.Equal(ActivityFormat.Tcx, a.Format));
        Assert.All(activities, a => Assert.NotNull(a.StartUtc));
    }
}
