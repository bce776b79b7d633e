using System.Xml;
using Patella.Core.Activities;
using Patella.Import.Gpx;
using Patella.Tests;

namespace Patella.Import.Tests.Gpx;

public sealed class GpxReaderTests
{
    private static readonly DateTime Utc = new(2021, 1, 7, 21, 52, 2, 658, DateTimeKind.Utc);

    [Fact]
    public void Read_OpenTracksPauseMarkers_BecomeAPauseAndANewSegment()
    {
        var activity = Assert.Single(XmlReference.ReadGpx("legacy_gpx_pause_resume.gpx"));

        Assert.Equal([0, 0, 0, 1], activity.Points.Select(p => p.Segment));
        Assert.All(activity.Points, p => Assert.True(p.HasPosition));
        var pause = Assert.Single(activity.Pauses);
        Assert.Equal(new TimerPause(Utc, new DateTime(2021, 1, 7, 21, 52, 3, 873, DateTimeKind.Utc)), pause);
        Assert.Contains(activity.Warnings, w => w.StartsWith("track points with an out-of-range position", StringComparison.Ordinal) && w.EndsWith(": 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TimeWithOffset_IsConvertedToUtcAndTheOffsetKept()
    {
        var activity = Assert.Single(XmlReference.ReadGpx("gpx_timezone.gpx"));

        Assert.Equal(new DateTime(2021, 1, 7, 20, 36, 59, 179, DateTimeKind.Utc), activity.StartUtc);
        Assert.Equal(new TimeSpan(1, 15, 0), activity.UtcOffset);
        Assert.Empty(activity.Warnings);
    }

    [Fact]
    public void Read_TimeWithoutZone_IsTakenAsUtcWithAWarning()
    {
        var activity = GpxText.ReadGpx(GpxText.Track("""
            <trkpt lat="1" lon="2"><time>2020-05-01T10:00:00</time></trkpt>
            <trkpt lat="1" lon="2.001"><time>2020-05-01T10:00:01</time></trkpt>
            """));

        Assert.Equal(new DateTime(2020, 5, 1, 10, 0, 0, DateTimeKind.Utc), activity.StartUtc);
        Assert.Null(activity.UtcOffset);
        Assert.Contains("times without a time zone, taken as UTC: 2", activity.Warnings);
    }

    [Fact]
    public void Read_TrackWithoutTimes_HasNoStartAndAWarning()
    {
        var activity = Assert.Single(XmlReference.ReadGpx("strava_route_example.gpx"));

        Assert.Null(activity.StartUtc);
        Assert.Equal(113, activity.Points.Count);
        Assert.Contains("no track point has a time, so the start of the activity is unknown", activity.Warnings);
    }

    [Fact]
    public void Read_EmptyEle_IsMissing()
    {
        var activity = Assert.Single(XmlReference.ReadGpx("wahoo_example.gpx"));

        Assert.Equal(3, activity.Points.Count);
        Assert.All(activity.Points, p => Assert.True(double.IsNaN(p.AltitudeMetres)));
        Assert.Empty(activity.Warnings);
    }

    [Theory]
    [InlineData("20170319_run_906581465.gpx", Sport.Running, "9")]
    [InlineData("garmin-activity.gpx", Sport.Running, "running")]
    [InlineData("strava_route_example.gpx", Sport.Running, "Run")]
    [InlineData("korita-zbevnica.gpx", Sport.Unknown, "jkljkl")]
    [InlineData("multitrackgpx.gpx", Sport.Unknown, null)]
    public void Read_TrackType_GivesTheSport(string file, Sport sport, string? sportName)
    {
        var activity = Assert.Single(XmlReference.ReadGpx(file));

        Assert.Equal(sport, activity.Sport);
        Assert.Equal(sportName, activity.SportName);
    }

    [Theory]
    [InlineData("20170319_run_906581465.gpx", "Run avec Nico & Mag", "StravaGPX Android")]
    [InlineData("legacy_gpx_pause_resume.gpx", "2021-01-07 22:51", "OpenTracks (Debug)")]
    [InlineData("multitrackgpx.gpx", "Tag 1", "MapSource 6.13.7")]
    [InlineData("broken1.gpx", "Vse kar bi lahk slo narobe je slo narobe", null)]
    public void Read_NameAndDevice_ComeFromTrackNameAndCreator(string file, string? name, string? device)
    {
        var activity = Assert.Single(XmlReference.ReadGpx(file));

        Assert.Equal(name, activity.Name);
        Assert.Equal(device, activity.Device);
    }

    [Fact]
    public void Read_MetadataName_IsUsedWhenTheTrackHasNone()
    {
        var activity = GpxText.ReadGpx("""
            <gpx xmlns="http://www.topografix.com/GPX/1/1"><metadata><name>Sunday long run</name></metadata>
            <trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>
            """);

        Assert.Equal("Sunday long run", activity.Name);
    }

    [Theory]
    [InlineData("20170319_run_906581465.gpx", CadenceUnit.StridesPerMinute)]
    [InlineData("20171008_run_2067489619.gpx", CadenceUnit.StridesPerMinute)]
    [InlineData("garmin-activity.gpx", CadenceUnit.StridesPerMinute)]
    [InlineData("run.gpx", CadenceUnit.Unknown)]
    public void Read_CadenceUnit_IsDecidedOnlyForKnownWriters(string file, CadenceUnit unit)
    {
        Assert.Equal(unit, Assert.Single(XmlReference.ReadGpx(file)).CadenceUnit);
    }

    [Theory]
    [InlineData("Garmin Connect", "cycling", CadenceUnit.RevolutionsPerMinute)]
    [InlineData("Some Running App", "running", CadenceUnit.Unknown)]
    [InlineData("Garmin Connect", "", CadenceUnit.Unknown)]
    [InlineData("StravaGPX iPhone", "9", CadenceUnit.StridesPerMinute)]
    public void Read_CadenceUnit_DependsOnSportAndWriter(string creator, string type, CadenceUnit unit)
    {
        var activity = GpxText.ReadGpx(GpxText.Track(
            """<trkpt lat="1" lon="2"><extensions><tpx:TrackPointExtension><tpx:cad>80</tpx:cad></tpx:TrackPointExtension></extensions></trkpt>""",
            creator,
            type));

        Assert.Equal(unit, activity.CadenceUnit);
    }

    [Fact]
    public void Read_TrackPointExtension_IsReadUnderAnyPrefix()
    {
        var activity = GpxText.ReadGpx("""
            <gpx xmlns="http://www.topografix.com/GPX/1/1" xmlns:q="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
            <trk><trkseg><trkpt lat="45.5" lon="-73.5"><ele>12.5</ele><time>2020-05-01T10:00:00Z</time>
            <extensions><q:TrackPointExtension><q:hr>151</q:hr><q:cad>86</q:cad><q:speed>3.25</q:speed></q:TrackPointExtension></extensions>
            </trkpt></trkseg></trk></gpx>
            """);

        var point = Assert.Single(activity.Points);
        Assert.Equal((45.5, -73.5, 12.5, 151.0, 86.0, 3.25), (point.Latitude, point.Longitude, point.AltitudeMetres, point.HeartRateBpm, point.Cadence, point.SpeedMetresPerSecond));
        Assert.True(double.IsNaN(point.DistanceMetres));
    }

    [Fact]
    public void Read_ExtensionOfAnotherVendor_IsIgnored()
    {
        var activity = GpxText.ReadGpx("""
            <gpx xmlns="http://www.topografix.com/GPX/1/1" xmlns:o="http://example.org/other">
            <trk><trkseg><trkpt lat="1" lon="2"><extensions><o:hr>151</o:hr></extensions></trkpt></trkseg></trk></gpx>
            """);

        Assert.True(double.IsNaN(Assert.Single(activity.Points).HeartRateBpm));
    }

    [Fact]
    public void Read_Gpx10Speed_IsRead()
    {
        var activity = GpxText.ReadGpx("""
            <gpx xmlns="http://www.topografix.com/GPX/1/0" version="1.0"><trk><trkseg>
            <trkpt lat="1" lon="2"><speed>2.5</speed></trkpt></trkseg></trk></gpx>
            """);

        Assert.Equal(2.5, Assert.Single(activity.Points).SpeedMetresPerSecond);
    }

    [Fact]
    public void Read_EveryTrackAndSegment_StartsANewSegment()
    {
        var activity = Assert.Single(XmlReference.ReadGpx("missing_hr.gpx"));
        var multi = Assert.Single(XmlReference.ReadGpx("multitrackgpx.gpx"));

        Assert.Equal([0, 1, 2], activity.Points.Select(p => p.Segment).Distinct());
        Assert.Equal([0, 1, 2], multi.Points.Select(p => p.Segment).Distinct());
    }

    [Fact]
    public void Read_UnreadableValues_AreMissingWithAWarning()
    {
        var activity = GpxText.ReadGpx(GpxText.Track("""
            <trkpt lat="1" lon="2"><ele>1,5</ele><time>yesterday</time></trkpt>
            <trkpt lat="north" lon="2"/>
            """));

        var point = Assert.Single(activity.Points);
        Assert.True(double.IsNaN(point.AltitudeMetres));
        Assert.Null(point.TimeUtc);
        Assert.Contains("unreadable numbers, ignored: 2 (first: '1,5' at line 3, column 40)", activity.Warnings);
        Assert.Contains("unreadable times, ignored: 1 (first: 'yesterday' at line 3, column 54)", activity.Warnings);
        Assert.Contains("track points without a readable lat/lon, left out: 1 (first at line 4, column 2)", activity.Warnings);
    }

    [Theory]
    [InlineData("route.gpx", "route or waypoints only, no recorded track")]
    [InlineData("iso8859-1encoded.gpx", "route or waypoints only, no recorded track")]
    [InlineData("unicode_with_bom.gpx", "route or waypoints only, no recorded track")]
    [InlineData("empty_trk.gpx", "no recorded track points")]
    public void Read_NoTrackPoints_IsUnsupported(string file, string reason)
    {
        var refused = Assert.Throws<ActivityFileException>(() => XmlReference.ReadGpx(file));

        Assert.Equal(ActivityFileErrorKind.Unsupported, refused.Kind);
        Assert.Equal(reason, refused.Reason);
    }

    [Fact]
    public void Read_TcxFile_IsAFormatError()
    {
        using var stream = File.OpenRead(SharedTestData.File("tcx", "sample.tcx"));

        var refused = Assert.Throws<ActivityFileException>(() => GpxReader.Read(stream));

        Assert.Equal(ActivityFileErrorKind.Format, refused.Kind);
        Assert.Equal("not a GPX file: the root element is <TrainingCenterDatabase>", refused.Reason);
        Assert.Equal("line 2, column 2", refused.Location);
    }

    [Fact]
    public void Read_FromXmlReader_GivesTheSameActivity()
    {
        using var stream = File.OpenRead(SharedTestData.File("gpx", "run_gpxtpx.gpx"));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });

        var activity = Assert.Single(GpxReader.Read(reader));

        Assert.Equal(Assert.Single(XmlReference.ReadGpx("run_gpxtpx.gpx")).Points, activity.Points);
    }
}
