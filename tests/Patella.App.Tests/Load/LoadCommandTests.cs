using System.Text.Json;
using Patella.App.Tests.Cli;
using static Patella.App.Tests.Load.RunHistory;

namespace Patella.App.Tests.Load;

public sealed class LoadCommandTests
{
    [Fact]
    public void Load_JumpSpikeAndWornShoe_EachWarningCarriesItsRuleAndNumbers()
    {
        using var cli = Runner();
        Assert.Equal(0, cli.Run("shoes", "add", "Pegs", "--start-km", "500", "--alias", "Nike Pegasus 40").ExitCode);

        var (code, json, error) = cli.RunJson("load", "--on", "2024-06-12");

        Assert.True(code == 0, error);
        var tenPercent = Warning(json, "R-LOAD-10PCT");
        Assert.Equal("2024-06-03", tenPercent.GetProperty("date").GetString());
        Assert.Equal(
            [("thisWeek", 45.0, "km"), ("lastWeek", 30.0, "km"), ("reference", 30.0, "km"), ("allowed", 33.0, "km"), ("change", 50.0, "%")],
            Figures(tenPercent));
        var spike = Warning(json, "R-LOAD-SPIKE");
        Assert.Equal("warning", spike.GetProperty("severity").GetString());
        Assert.Equal([("run", 25.0, "km"), ("longestPrevious30Days", 14.0, "km"), ("increase", 78.6, "%"), ("hazardRatio", 1.52, "ratio")], Figures(spike));
        Assert.NotEqual(JsonValueKind.Null, spike.GetProperty("activityId").ValueKind);
        var shoe = Warning(json, "R-LOAD-SHOE-800");
        Assert.Equal([("shoe", 845.0, "km"), ("threshold", 800.0, "km")], Figures(shoe));
        Assert.All(json.GetProperty("warnings").EnumerateArray(), w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(w.GetProperty("advice").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(w.GetProperty("source").GetString()));
        });
    }

    [Fact]
    public void Load_Json_WeeksCurrentWeekLongRunAndRatiosCarryUnitsInTheirNames()
    {
        using var cli = Runner();

        var json = cli.RunJson("load", "--on", "2024-06-12").Json;

        Assert.Equal(("km", "Europe/Oslo"), (json.GetProperty("units").GetString(), json.GetProperty("timeZone").GetString()));
        var weeks = json.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(9, weeks.Count);
        Assert.Equal(("2024-06-03", 45000.0, 3, 50.0), (weeks[7].GetProperty("weekStart").GetString(), weeks[7].GetProperty("distanceMetres").GetDouble(), weeks[7].GetProperty("runs").GetInt32(), weeks[7].GetProperty("distanceChangePercent").GetDouble()));
        Assert.Equal(45 * 360.0, weeks[7].GetProperty("movingTimeSeconds").GetDouble());
        Assert.Equal(3, weeks[8].GetProperty("daysCounted").GetInt32());
        var current = json.GetProperty("currentWeek");
        Assert.Equal((true, 45000.0, 49500.0, 49500.0), (current.GetProperty("partialWeek").GetBoolean(), current.GetProperty("referenceMetres").GetDouble(), current.GetProperty("allowedMetres").GetDouble(), current.GetProperty("remainingMetres").GetDouble()));
        var longest = json.GetProperty("longestRun");
        Assert.Equal((25000.0, 27500.0), (longest.GetProperty("last30DaysMetres").GetDouble(), longest.GetProperty("nextRunLongestWithoutSpikeMetres").GetDouble()));
        var ratios = json.GetProperty("ratios");
        Assert.Equal(("km", 35.0, 31.75), (ratios.GetProperty("loadUnit").GetString(), ratios.GetProperty("coupled").GetProperty("acuteLoad").GetDouble(), ratios.GetProperty("coupled").GetProperty("chronicLoad").GetDouble()));
        Assert.Contains("contested", ratios.GetProperty("caveat").GetString(), StringComparison.Ordinal);
        var pegasus = Assert.Single(json.GetProperty("shoes").GetProperty("shoes").EnumerateArray());
        Assert.Equal(("Nike Pegasus 40", true, 345000.0), (pegasus.GetProperty("name").GetString(), pegasus.GetProperty("implied").GetBoolean(), pegasus.GetProperty("distanceMetres").GetDouble()));
    }

    [Fact]
    public void Load_MilesSetting_PutsFiguresAndMessagesInMiles()
    {
        using var cli = Runner();
        cli.Run("settings", "--units", "mi");

        var json = cli.RunJson("load", "--on", "2024-06-12").Json;

        Assert.Equal("mi", json.GetProperty("units").GetString());
        var tenPercent = Warning(json, "R-LOAD-10PCT");
        Assert.Equal([("thisWeek", 28.0, "mi"), ("lastWeek", 18.6, "mi"), ("reference", 18.6, "mi"), ("allowed", 20.5, "mi"), ("change", 50.0, "%")], Figures(tenPercent));
        Assert.Contains("28.0 mi", tenPercent.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("mi", json.GetProperty("ratios").GetProperty("loadUnit").GetString());
        var terminal = cli.Run("load", "--on", "2024-06-12").Out;
        Assert.Contains("28.0 mi", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain("45.0 km", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Terminal_ShowsWeeksCurrentWeekRatiosShoesAndWarningsWithRules()
    {
        using var cli = Runner();

        var (code, output, _) = cli.Run("load", "--on", "2024-06-12");

        Assert.Equal(0, code);
        foreach (var expected in new[] { "Last 8 weeks", "2024-06-03", "45.0 km", "49.5 km", "27.5", "EWMA", "contested", "Monotony", "Nike Pegasus 40", "R-LOAD-10PCT", "R-LOAD-SPIKE", "Frandsen" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_CrossTraining_IsListedBesideTheWeekAndKeptOutOfRunningLoad()
    {
        using var cli = new CliRun { Clock = Wednesday };
        cli.Run("settings", "--timezone", "Europe/Oslo");
        Add(cli, On("2024-06-04", 40, "Canyon", sport: Core.Activities.Sport.Cycling), On("2024-06-05", 6));

        var (json, terminal) = (cli.RunJson("load", "--on", "2024-06-12").Json, cli.Run("load", "--on", "2024-06-12").Out);

        var week = json.GetProperty("weeks")[7];
        Assert.Equal((6000.0, 1), (week.GetProperty("distanceMetres").GetDouble(), week.GetProperty("runs").GetInt32()));
        var ride = Assert.Single(week.GetProperty("crossTraining").EnumerateArray());
        Assert.Equal(("cycling", 1, 40000.0), (ride.GetProperty("sport").GetString(), ride.GetProperty("sessions").GetInt32(), ride.GetProperty("distanceMetres").GetDouble()));
        Assert.Equal(0, json.GetProperty("shoes").GetProperty("shoes").GetArrayLength()); // a bike's gear is not a shoe
        Assert.Contains("Cycling 1x", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithoutOn_UsesTodayInTheRunnersZone()
    {
        // 23:30 UTC on Tuesday is already Wednesday in Oslo.
        using var cli = new CliRun { Clock = FixedClock.At("2024-06-11T23:30:00Z") };
        cli.Run("settings", "--timezone", "Europe/Oslo");

        Assert.Equal("2024-06-12", cli.RunJson("load").Json.GetProperty("day").GetString());
    }

    [Fact]
    public void Load_NoActivities_NoWarningsAndNoRatios()
    {
        using var cli = new CliRun { Clock = Wednesday };

        var (code, json, _) = cli.RunJson("load");

        Assert.Equal(0, code);
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ratios").ValueKind);
        Assert.Equal(9, json.GetProperty("weeks").GetArrayLength());
    }

    [Theory]
    [InlineData("12/06/2024")]
    [InlineData("2024-02-30")]
    [InlineData("today")]
    public void Load_BadDate_IsBadInputNamingTheOption(string date)
    {
        using var cli = new CliRun { Clock = Wednesday };

        var (code, output, error) = cli.Run("load", "--on", date, "--json");

        Assert.Equal(1, code);
        Assert.Contains("--on", error, StringComparison.Ordinal);
        Assert.Contains(date, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    internal static CliRun Runner()
    {
        var cli = new CliRun { Clock = Wednesday };
        cli.Run("settings", "--timezone", "Europe/Oslo");
        Add(cli, JumpSpikeAndShoe());
        return cli;
    }

    private static JsonElement Warning(JsonElement picture, string ruleId) =>
        Assert.Single(picture.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("ruleId").GetString() == ruleId);

    private static List<(string, double, string)> Figures(JsonElement warning) =>
        [.. warning.GetProperty("figures").EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("value").GetDouble(), f.GetProperty("unit").GetString()!))];
}
