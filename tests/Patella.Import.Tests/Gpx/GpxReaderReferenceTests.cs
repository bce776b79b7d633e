using Patella.Core.Activities;
using Patella.Import.Gpx;

namespace Patella.Import.Tests.Gpx;

/// <summary>Every GPX file of the shared corpus, read and compared with gpx-tcx-reference.jsonl.</summary>
public sealed class GpxReaderReferenceTests
{
    /// <summary>
    /// Where we legitimately differ from the reference, file by file (checked by hand against the
    /// files): an empty trkseg gets no segment number (the GPSBabel files open each file with an
    /// empty one); the two OpenTracks pause markers (lat 100/200, both timed) are left out of the
    /// points and the points after them start a new segment.
    /// </summary>
    private static readonly Dictionary<string, Deviation> Documented = new()
    {
        ["cerknicko-jezero.gpx"] = new(Segments: -1),
        ["cerknicko-jezero-with-elevations-zero.gpx"] = new(Segments: -1),
        ["cerknicko-jezero-without-elevations.gpx"] = new(Segments: -1),
        ["cerknicko-without-times.gpx"] = new(Segments: -1),
        ["korita-zbevnica.gpx"] = new(Segments: -1),
        ["track-with-empty-segment.gpx"] = new(Segments: -1),
        ["legacy_gpx_pause_resume.gpx"] = new(Segments: +1, TimedPointsLeftOut: 2),
    };

    public static TheoryData<string> Files => XmlReference.FilesIn("gpx");

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_MatchesReference(string name)
    {
        var reference = XmlReference.For("gpx", name);
        if (reference.Int("point_count") == 0)
        {
            var refused = Assert.Throws<ActivityFileException>(() => XmlReference.ReadGpx(name));
            Assert.Equal(ActivityFileErrorKind.Unsupported, refused.Kind);
            var routeOrWaypoints = reference.Int("route_point_count") + reference.Int("waypoint_count") > 0;
            Assert.Equal(routeOrWaypoints ? "route or waypoints only, no recorded track" : "no recorded track points", refused.Reason);
            return;
        }

        var deviation = Documented.GetValueOrDefault(name, new Deviation());
        var activity = Assert.Single(XmlReference.ReadGpx(name));
        var points = activity.Points;

        // Out-of-range positions (pause markers) are the one documented difference in points.
        Assert.Equal(reference.Int("point_count") - reference.Int("invalid_coordinate_points"), points.Count);
        Assert.Equal(reference.Int("points_with_elevation"), points.Count(p => !double.IsNaN(p.AltitudeMetres)));
        Assert.Equal(reference.Int("points_with_hr"), points.Count(p => !double.IsNaN(p.HeartRateBpm)));
        Assert.Equal(reference.Int("points_with_cadence"), points.Count(p => !double.IsNaN(p.Cadence)));
        Assert.Equal(reference.Int("points_with_time") - deviation.TimedPointsLeftOut, points.Count(p => p.TimeUtc is not null));
        Assert.Equal(
            reference.Int("segment_count") + deviation.Segments,
            points.Select(p => p.Segment).Distinct().Count());

        Assert.Equal(reference.Text("start_time"), XmlReference.Iso(points.FirstOrDefault(p => p.TimeUtc is not null).TimeUtc));
        Assert.Equal(reference.Text("end_time"), XmlReference.Iso(points.LastOrDefault(p => p.TimeUtc is not null).TimeUtc));
        Assert.Equal(XmlReference.Iso(activity.StartUtc), reference.Text("start_time"));

        var (gain, loss) = XmlReference.ElevationGainLoss(points);
        Assert.Equal(reference.Number("elevation_gain_m"), gain, 0.001);
        Assert.Equal(reference.Number("elevation_loss_m"), loss, 0.001);
        Assert.Equal(ExpectedDistance(name, reference.Number("distance_m"), points), XmlReference.SegmentDistanceMetres(points), 0.001);

        Assert.Equal(ActivityFormat.Gpx, activity.Format);
        Assert.Equal(reference.Text("creator"), activity.Device);
        Assert.Same(DeviceSummary.None, activity.Summary);
    }

    /// <summary>
    /// The reference bridges an out-of-range point and measures on from the last valid one; we
    /// start a new segment there, so the leg across the pause is not run distance.
    /// </summary>
    private static double ExpectedDistance(string name, double referenceMetres, IReadOnlyList<TrackPoint> points)
    {
        if (name != "legacy_gpx_pause_resume.gpx")
        {
            return referenceMetres;
        }

        var lastBefore = points.Last(p => p.Segment == 0);
        var firstAfter = points.First(p => p.Segment == 1);
        return referenceMetres - Patella.Core.Measures.Geodesy.HaversineMetres(lastBefore.Latitude, lastBefore.Longitude, firstAfter.Latitude, firstAfter.Longitude);
    }

    private sealed record Deviation(int Segments = 0, int TimedPointsLeftOut = 0);
}
