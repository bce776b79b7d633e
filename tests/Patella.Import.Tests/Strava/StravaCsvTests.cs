using Patella.Core.Activities;
using Patella.Import;
using Patella.Import.Strava;

namespace Patella.Import.Tests.Strava;

public sealed class StravaCsvTests
{
    // The header's shape follows a real export: names repeat ("Distance" in km first, metres later).
    private const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Perceived Exertion";

    [Fact]
    public void Read_TakesDistanceInMetresFromTheSecondDistanceColumn()
    {
        var csv = Header + "\n" +
            "4163856655,\"Oct 7, 2020, 2:43:11 PM\",Morning Run,Run,,1200,18.96,170,40,false,,\"Pegasus 37, blue\",activities/4163856655.gpx,,,1200.0,1150.0,18962.8,5.1,6\n";

        var rows = StravaCsv.Read(new StringReader(csv), "activities.csv");

        var row = Assert.Single(rows);
        Assert.Equal("4163856655", row.ActivityId);
        Assert.Equal(18962.8, row.DistanceMetres);
        Assert.Equal(1150.0, row.MovingTimeSeconds);
        Assert.Equal(1200.0, row.ElapsedTimeSeconds);
        Assert.Equal("Pegasus 37, blue", row.Gear);
        Assert.Equal("activities/4163856655.gpx", row.FileName);
        Assert.Equal("Oct 7, 2020, 2:43:11 PM", row.ActivityDateText);
        Assert.Equal(6, row.PerceivedExertion);
    }

    [Fact]
    public void Read_KeepsQuotesCommasAndLineBreaksInsideQuotedFields()
    {
        var csv = Header + "\r\n" +
            "1,\"Jan 1, 2021, 8:00:00 AM\",\"Hill \"\"reps\"\", then home\",Run,\"line one\nline two\",600,2.0,,,,,,,,,600,600,2000,,\r\n";

        var row = Assert.Single(StravaCsv.Read(new StringReader(csv), "activities.csv"));
        Assert.Equal("Hill \"reps\", then home", row.Name);
        Assert.Equal(2000, row.DistanceMetres);
        Assert.Null(row.FileName);
    }

    [Fact]
    public void Read_WithoutActivityIdColumn_NamesTheFileAndLine()
    {
        var error = Assert.Throws<ActivityFileException>(() => StravaCsv.Read(new StringReader("Name,Type\nx,Run\n"), "export.zip!activities.csv"));
        Assert.Contains("export.zip!activities.csv", error.Message, StringComparison.Ordinal);
        Assert.Equal("line 1", error.Location);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAFormatErrorNotAnEndlessRead()
    {
        var csv = Header + "\n1,\"never closed" + new string('x', 2_000_000);
        var error = Assert.Throws<ActivityFileException>(() => StravaCsv.Read(new StringReader(csv), "activities.csv"));
        Assert.Equal(ActivityFileErrorKind.Format, error.Kind);
    }

    [Theory]
    [InlineData("Run", Sport.Running)]
    [InlineData("Trail Run", Sport.TrailRunning)]
    [InlineData("Virtual Run", Sport.Running)]
    [InlineData("Walk", Sport.Walking)]
    [InlineData("Hike", Sport.Hiking)]
    [InlineData("Ride", Sport.Cycling)]
    [InlineData("Swim", Sport.Swimming)]
    [InlineData("Elliptical", Sport.Elliptical)]
    [InlineData("Kitesurf", Sport.Other)]
    public void SportOf_MapsStravaTypes(string type, Sport expected) => Assert.Equal(expected, StravaMetadata.SportOf(type));
}
