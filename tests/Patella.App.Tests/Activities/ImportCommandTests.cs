using System.Text.Json;
using Patella.App.Tests.Cli;
using Patella.Tests;

namespace Patella.App.Tests.Activities;

public sealed class ImportCommandTests
{
    [Fact]
    public void Import_RealRun_ListsItWithDistanceTimeDescentAndCadenceInStepsPerMinute()
    {
        using var cli = new CliRun();
        var (code, summary, error) = cli.RunJson("import", SharedTestData.File("fit", "sloatsburg.fit"));
        Assert.True(code == 0, error);
        Assert.Equal(1, summary.GetProperty("activitiesImported").GetInt32());

        var run = Assert.Single(cli.RunJson("activities").Json.GetProperty("activities").EnumerateArray());
        Assert.Equal("running", run.GetProperty("sport").GetString());

        // The watch says 14,004.85 m (SOURCES.md); ours comes from the samples and must agree closely.
        Assert.InRange(run.GetProperty("distanceMetres").GetDouble(), 13_800, 14_200);
        Assert.InRange(run.GetProperty("movingTimeSeconds").GetDouble(), 1, run.GetProperty("elapsedTimeSeconds").GetDouble());
        Assert.True(run.GetProperty("elevationLossMetres").GetDouble() > 0);
        Assert.InRange(run.GetProperty("averageCadenceStepsPerMinute").GetDouble(), 140, 210);
    }

    [Fact]
    public void Import_SameFileTwice_IsANoOp()
    {
        using var cli = new CliRun();
        var file = SharedTestData.File("gpx", "20171008_run_2067489619.gpx");
        Assert.Equal(0, cli.Run("import", file).ExitCode);

        var (code, second, _) = cli.RunJson("import", file);

        Assert.Equal(0, code);
        Assert.Equal(0, second.GetProperty("activitiesImported").GetInt32());
        Assert.Equal(1, second.GetProperty("alreadyThere").GetInt32());
        Assert.Single(cli.RunJson("activities").Json.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public void Import_SameRunFromFitAndTcx_IsKeptOnce()
    {
        using var cli = new CliRun();
        var (code, summary, error) = cli.RunJson("import", SharedTestData.File("fit", "sloatsburg.fit"), SharedTestData.File("tcx", "sloatsburg.tcx"));

        Assert.True(code == 0, error);
        Assert.Equal(1, summary.GetProperty("activitiesImported").GetInt32());
        var outcomes = summary.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()).Order().ToList();
        Assert.Equal(["imported", "same-run-already-there"], outcomes);
    }

    [Fact]
    public void Import_BatchWithBrokenFiles_ImportsTheRestAndNamesEachBrokenFile()
    {
        using var cli = new CliRun();
        var (code, summary, error) = cli.RunJson(
            "import",
            SharedTestData.File("fit", "garmin-fenix-5-run.fit"),
            SharedTestData.File("fit", "activity-settings-corruptheader.fit"),
            SharedTestData.File("fit", "empty.fit"),
            SharedTestData.File("gpx", "route.gpx"),
            SharedTestData.File("tcx", "20181021_run_3106033902.tcx"));

        Assert.Equal(1, code);

        // The first file of the broken chain is a whole activity: kept, with a note saying what was lost.
        Assert.Equal(3, summary.GetProperty("activitiesImported").GetInt32());
        var chained = summary.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("sourceName").GetString()!.EndsWith("corruptheader.fit", StringComparison.Ordinal));
        Assert.Equal("imported", chained.GetProperty("outcome").GetString());
        Assert.Contains("byte 771", chained.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        foreach (var broken in new[] { "empty.fit", "route.gpx" })
        {
            var line = summary.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("sourceName").GetString()!.EndsWith(broken, StringComparison.Ordinal));
            Assert.Equal("failed", line.GetProperty("outcome").GetString());
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("detail").GetString()));
            Assert.Contains(broken, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Import_TreadmillRunWithoutGps_TakesDistanceFromTheDevice()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", SharedTestData.File("tcx", "treadmill_1.tcx")).ExitCode);

        var run = Assert.Single(cli.RunJson("activities").Json.GetProperty("activities").EnumerateArray());
        Assert.False(run.GetProperty("distanceFromPositions").GetBoolean());
        Assert.True(run.GetProperty("distanceMetres").GetDouble() > 1000);
    }

    [Fact]
    public void Activities_FromTo_FiltersByTheRunnersLocalDay()
    {
        using var cli = new CliRun();
        cli.Run("settings", "--timezone", "America/New_York");
        cli.Run("import", SharedTestData.File("fit", "sloatsburg.fit"), SharedTestData.File("gpx", "20171008_run_2067489619.gpx"));

        var all = cli.RunJson("activities").Json.GetProperty("activities");
        Assert.Equal(2, all.GetArrayLength());
        var newest = all[0];
        var day = newest.GetProperty("startLocal").GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var only = cli.RunJson("activities", "--from", day, "--to", day).Json.GetProperty("activities");
        Assert.Equal(newest.GetProperty("id").GetInt64(), Assert.Single(only.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Fact]
    public void Activities_FromAfterTo_IsBadInputNamingBoth()
    {
        using var cli = new CliRun();
        cli.Run("import", SharedTestData.File("gpx", "20171008_run_2067489619.gpx"));

        var (code, output, error) = cli.Run("activities", "--from", "2018-01-01", "--to", "2017-01-01");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("patella: --from 2018-01-01 is after --to 2017-01-01: nothing can be between them", error.Trim());
    }

    [Theory]
    [InlineData(new[] { "--from", "2030-01-01", "--to", "2030-12-31" }, "No activities between 2030-01-01 and 2030-12-31 (1 in all).")]
    [InlineData(new[] { "--from", "2030-01-01" }, "No activities from 2030-01-01 on (1 in all).")]
    [InlineData(new[] { "--to", "2001-01-01" }, "No activities up to 2001-01-01 (1 in all).")]
    public void Activities_EmptyRange_SaysHowManyThereAreInAll(string[] range, string message)
    {
        using var cli = new CliRun();
        cli.Run("import", SharedTestData.File("gpx", "20171008_run_2067489619.gpx"));

        var (code, output, _) = cli.Run(["activities", .. range]);

        Assert.Equal(0, code);
        Assert.Equal(message, output.Trim());
    }

    [Fact]
    public void ImportJson_IsOneDocumentWithUnitsInFieldNames()
    {
        using var cli = new CliRun();
        cli.Run("import", SharedTestData.File("gpx", "20171008_run_2067489619.gpx"));
        var (_, output, _) = cli.Run("activities", "--json");

        using var document = JsonDocument.Parse(output);
        var run = document.RootElement.GetProperty("activities")[0];
        foreach (var name in new[] { "distanceMetres", "movingTimeSeconds", "elapsedTimeSeconds", "elevationGainMetres", "downhillDistanceMetres", "averageSpeedMetresPerSecond" })
        {
            Assert.True(run.TryGetProperty(name, out _), name);
        }
    }
}
