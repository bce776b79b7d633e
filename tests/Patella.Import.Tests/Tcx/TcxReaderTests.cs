using Patella.Core.Activities;
using Patella.Import.Tests.Gpx;

namespace Patella.Import.Tests.Tcx;

public sealed class TcxReaderTests
{
    private const string Header = """<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ax="http://www.garmin.com/xmlschemas/ActivityExtension/v2">""";

    [Theory]
    [InlineData("sloatsburg.tcx", Sport.Running, CadenceUnit.StridesPerMinute, "Forerunner 945")]
    [InlineData("20160911_run_708752345.tcx", Sport.Running, CadenceUnit.StridesPerMinute, null)]
    [InlineData("treadmill_1.tcx", Sport.Running, CadenceUnit.StridesPerMinute, "Forerunner 945")]
    [InlineData("garmin_connect.tcx", Sport.Cycling, CadenceUnit.RevolutionsPerMinute, "Edge 520")]
    [InlineData("test.tcx", Sport.Running, CadenceUnit.Unknown, "Forerunner 410 Software Version 2.20")]
    [InlineData("mapmyride_biking.tcx", Sport.Cycling, CadenceUnit.Unknown, null)]
    public void Read_SportCadenceUnitAndDevice_FollowTheFile(string file, Sport sport, CadenceUnit unit, string? device)
    {
        var activity = Assert.Single(XmlReference.ReadTcx(file));

        Assert.Equal(sport, activity.Sport);
        Assert.Equal(unit, activity.CadenceUnit);
        Assert.Equal(device, activity.Device);
    }

    [Fact]
    public void Read_Laps_AddUpToTheSummary()
    {
        var activity = Assert.Single(GpxText.ReadTcx(Header + """
            <Activities><Activity Sport="Running"><Id>2024-03-02T08:00:00Z</Id>
            <Lap StartTime="2024-03-02T08:00:00Z"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters>
              <Calories>10</Calories><AverageHeartRateBpm><Value>100</Value></AverageHeartRateBpm>
              <Extensions><ax:LX><ax:AvgRunCadence>80</ax:AvgRunCadence></ax:LX></Extensions></Lap>
            <Lap StartTime="2024-03-02T08:01:00Z"><TotalTimeSeconds>120</TotalTimeSeconds><DistanceMeters>500.5</DistanceMeters>
              <Calories>25</Calories><AverageHeartRateBpm><Value>160</Value></AverageHeartRateBpm>
              <Track><Trackpoint><Time>2024-03-02T08:01:00Z</Time>
                <Extensions><ax:TPX><ax:RunCadence>86</ax:RunCadence><ax:Speed>3.5</ax:Speed></ax:TPX></Extensions></Trackpoint></Track>
              <Extensions><ax:LX><ax:AvgRunCadence>86</ax:AvgRunCadence></ax:LX></Extensions></Lap>
            </Activity></Activities></TrainingCenterDatabase>
            """));

        var summary = activity.Summary;
        Assert.Equal(700.5, summary.DistanceMetres);
        Assert.Equal(180, summary.TimerTimeSeconds);
        Assert.Equal(35, summary.Calories);
        Assert.Equal(140, summary.AverageHeartRateBpm);
        Assert.Equal(168, summary.AverageCadenceStepsPerMinute); // (80*60 + 86*120)/180 = 84 strides/min
        Assert.Null(summary.AscentMetres);
        Assert.Equal(CadenceUnit.StridesPerMinute, activity.CadenceUnit);
        Assert.Equal(new DateTime(2024, 3, 2, 8, 0, 0, DateTimeKind.Utc), activity.StartUtc);
        var point = Assert.Single(activity.Points);
        Assert.Equal((86.0, 3.5), (point.Cadence, point.SpeedMetresPerSecond));
        Assert.False(point.HasPosition);
    }

    [Fact]
    public void Read_RunningWithTrackpointCadenceOnly_LeavesTheUnitUnknown()
    {
        var activity = Assert.Single(GpxText.ReadTcx(Header + """
            <Activities><Activity Sport="Running"><Id>2024-03-02T08:00:00Z</Id><Lap StartTime="2024-03-02T08:00:00Z">
            <Track><Trackpoint><Time>2024-03-02T08:00:00Z</Time><Cadence>85</Cadence></Trackpoint></Track>
            </Lap></Activity></Activities></TrainingCenterDatabase>
            """));

        Assert.Equal(CadenceUnit.Unknown, activity.CadenceUnit);
        Assert.Null(activity.Summary.AverageCadenceStepsPerMinute);
        Assert.Equal(85, Assert.Single(activity.Points).Cadence);
    }

    [Fact]
    public void Read_MultiSportSession_GivesOneActivityPerSport()
    {
        var activities = GpxText.ReadTcx(Header + """
            <Activities><MultiSportSession><Id>2024-03-02T08:00:00Z</Id>
            <FirstSport><Activity Sport="Biking"><Id>2024-03-02T08:00:00Z</Id><Lap StartTime="2024-03-02T08:00:00Z"><TotalTimeSeconds>600</TotalTimeSeconds></Lap></Activity></FirstSport>
            <NextSport><Activity Sport="Running"><Id>2024-03-02T08:12:00+01:00</Id><Lap StartTime="2024-03-02T07:12:00Z"><TotalTimeSeconds>300</TotalTimeSeconds></Lap></Activity></NextSport>
            </MultiSportSession></Activities></TrainingCenterDatabase>
            """);

        Assert.Equal([Sport.Cycling, Sport.Running], activities.Select(a => a.Sport));
        Assert.Equal(new DateTime(2024, 3, 2, 7, 12, 0, DateTimeKind.Utc), activities[1].StartUtc);
        Assert.Equal(TimeSpan.FromHours(1), activities[1].UtcOffset);
        Assert.All(activities, a => Assert.Empty(a.Points));
    }

    [Fact]
    public void Read_TwoActivities_AreReadInOrder()
    {
        var activities = XmlReference.ReadTcx("multiple_running_activities.tcx");

        Assert.Equal(2, activities.Length);
        Assert.True(activities[0].StartUtc < activities[1].StartUtc);
        Assert.All(activities, a => Assert.Equal("Garmin Forerunner 910XT", a.Device));
    }

    [Theory]
    [InlineData("<Courses><Course><Name>Loop</Name></Course></Courses>", "courses only, no recorded activity")]
    [InlineData("<Activities/>", "no recorded activity")]
    public void Read_NoActivity_IsUnsupported(string body, string reason)
    {
        var refused = Assert.Throws<ActivityFileException>(() => GpxText.ReadTcx(Header + body + "</TrainingCenterDatabase>"));

        Assert.Equal(ActivityFileErrorKind.Unsupported, refused.Kind);
        Assert.Equal(reason, refused.Reason);
    }

    [Fact]
    public void Read_TrainingCenterV1_IsUnsupported()
    {
        var refused = Assert.Throws<ActivityFileException>(() => GpxText.ReadTcx("""<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v1"/>"""));

        Assert.Equal(ActivityFileErrorKind.Unsupported, refused.Kind);
        Assert.Equal("line 1, column 2", refused.Location);
    }

    [Fact]
    public void Read_OutOfRangePosition_KeepsThePointWithoutPosition()
    {
        var activity = Assert.Single(GpxText.ReadTcx(Header + """
            <Activities><Activity Sport="Running"><Id>2024-03-02T08:00:00Z</Id><Lap StartTime="2024-03-02T08:00:00Z"><Track>
            <Trackpoint><Time>2024-03-02T08:00:00Z</Time><Position><LatitudeDegrees>100</LatitudeDegrees><LongitudeDegrees>0</LongitudeDegrees></Position>
            <HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>
            </Track></Lap></Activity></Activities></TrainingCenterDatabase>
            """));

        var point = Assert.Single(activity.Points);
        Assert.False(point.HasPosition);
        Assert.Equal(120, point.HeartRateBpm);
        Assert.Contains("trackpoints with an out-of-range position, kept without one: 1", activity.Warnings);
    }
}
