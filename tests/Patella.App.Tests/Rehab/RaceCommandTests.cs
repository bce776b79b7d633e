using System.Text.Json;
using Patella.App.Tests.Cli;
using Patella.Cli.Rehab;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Rehab;

public sealed class RaceCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Theory]
    [InlineData("21.1km", 21.1)]
    [InlineData("10", 10.0)]
    [InlineData("13.1mi", 21.0824)]
    [InlineData(" 5 KM ", 5.0)]
    public void PlanRace_StoresTheRaceAndJudgesIt(string distance, double km)
    {
        using var cli = Cli();
        var (code, json, error) = cli.RunJson("plan", "--race", "2026-09-27", "--race-distance", distance);
        var again = cli.RunJson("plan").Json.GetProperty("race");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var race = json.GetProperty("race");
        Assert.Equal("2026-09-27", race.GetProperty("raceDate").GetString());
        Assert.Equal(km, race.GetProperty("raceKilometres").GetDouble(), 3);
        Assert.Equal(201, race.GetProperty("daysToRace").GetInt32());
        Assert.True(race.GetProperty("buildStartEstimated").GetBoolean());
        Assert.All(race.GetProperty("lines").EnumerateArray(), l => Assert.StartsWith("R-", l.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
        Assert.Equal(race.ToString(), again.ToString());
    }

    [Fact]
    public void PlanNoRace_ClearsIt()
    {
        using var cli = Cli();
        cli.Run("plan", "--race", "2026-09-27", "--race-distance", "10km");

        var (code, json, _) = cli.RunJson("plan", "--no-race");

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("race").ValueKind);
        Assert.Equal(JsonValueKind.Null, cli.RunJson("plan").Json.GetProperty("race").ValueKind);
    }

    [Fact]
    public void PlanRace_Again_ReplacesTheStoredRace()
    {
        using var cli = Cli();
        cli.Run("plan", "--race", "2026-09-27", "--race-distance", "10km");
        cli.Run("plan", "--race", "2026-10-18", "--race-distance", "21.1km");

        using var db = cli.Database.Open();
        var row = Assert.Single(db.RaceGoals.ToList());
        Assert.Equal((new DateOnly(2026, 10, 18), 21_100.0), (row.RaceDate, row.DistanceMetres));
    }

    [Theory]
    [InlineData("--race 2026-03-10 --race-distance 10", "--race: 2026-03-10 is not after")]
    [InlineData("--race 2026-09-27 --race-distance ten", "--race-distance: 'ten' is not a distance")]
    [InlineData("--race 2026-09-27 --race-distance 0", "--race-distance: 0 km is outside")]
    [InlineData("--race 2026-09-27 --race-distance 300km", "--race-distance: 300 km is outside")]
    [InlineData("--race 2026-09-27", "--race and --race-distance go together")]
    [InlineData("--race-distance 10", "--race and --race-distance go together")]
    [InlineData("--race 27.09.2026 --race-distance 10", "--race: '27.09.2026' is not a date")]
    [InlineData("--no-race --race 2026-09-27 --race-distance 10", "--no-race clears the race")]
    public void PlanRace_BadInput_ExitsOneNamingTheOptionAndStoresNothing(string args, string message)
    {
        using var cli = Cli();
        cli.Run("plan", "--race", "2026-10-04", "--race-distance", "5");

        var (code, _, error) = cli.Run(["plan", .. args.Split(' ')]);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("2026-10-04", cli.RunJson("plan").Json.GetProperty("race").GetProperty("raceDate").GetString());
    }

    [Fact]
    public void PlanRace_Terminal_SaysTheVerdictTheRulesAndWhatInstead()
    {
        using var cli = Cli();
        var (code, output, _) = cli.Run("plan", "--race", "2026-04-12", "--race-distance", "21.1km");

        Assert.Equal(0, code);
        Assert.Contains("Race: 21.1 km on 2026-04-12, not reachable safely", output, StringComparison.Ordinal);
        Assert.Contains("[R-RACE-LONG-RUN] Not reachable safely", output, StringComparison.Ordinal);
        Assert.Contains("Instead:", output, StringComparison.Ordinal);
        Assert.Contains("[R-RACE-INSTEAD] A later race", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckInHelp_SaysWhichOptionsADayNeeds()
    {
        using var cli = Cli();
        var (code, output, _) = cli.Run("checkin", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Which options a day needs:", output, StringComparison.Ordinal);
        foreach (var line in CheckInCommand.Help.Split('\n').Skip(2).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("mi", "Race: 13.1 mi on 2027-03-14", "Week, mi", "min/mi")]
    [InlineData("km", "Race: 21.1 km on 2027-03-14", "Week, km", "min/km")]
    public void PlanRace_Terminal_SpeaksTheRunnersUnit(string units, string heading, string column, string pace)
    {
        using var cli = Cli();
        cli.Run("settings", "--units", units);
        var (code, output, error) = cli.Run("plan", "--race", "2027-03-14", "--race-distance", "21.1km");

        Assert.True(code == 0, error);
        var race = output[output.IndexOf("Race: ", StringComparison.Ordinal)..];
        Assert.StartsWith(heading, race, StringComparison.Ordinal);
        Assert.Contains(column, race, StringComparison.Ordinal);
        Assert.Contains(pace, race, StringComparison.Ordinal);
        Assert.DoesNotMatch(units == "mi" ? @"\bkm\b" : @"\d mi\b|min/mi", race);
    }
}
