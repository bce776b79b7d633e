using Patella.App.Tests.Cli;
using Patella.Core.Rehab;
using Patella.Data.Rehab;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Rehab;

public sealed class ClearanceCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Fact]
    public void Clearance_NothingRecorded_ListsAllFourAsMissingWithTheCaveat()
    {
        using var cli = Cli();
        var (code, json, _) = cli.RunJson("clearance");

        Assert.Equal(0, code);
        Assert.False(json.GetProperty("fullyCleared").GetBoolean());
        Assert.Equal(["single-leg-squat", "stair-descent", "easy-run", "strength-symmetry"], json.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(RehabRules.LsiCaveat, json.GetProperty("lsiCaveat").GetString());
    }

    [Fact]
    public void Clearance_AllFourPassed_IsFullyClearedOnTheLastDate()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("clearance", "record", "single-leg-squat", "pass", "--date", "2026-03-05").ExitCode);
        Assert.Equal(0, cli.Run("clearance", "record", "stair-descent", "pass", "--date", "2026-03-06").ExitCode);
        Assert.Equal(0, cli.Run("clearance", "record", "easy-run", "pass", "--date", "2026-03-07").ExitCode);
        var (code, output, _) = cli.Run("clearance", "record", "strength-symmetry", "pass", "--involved", "40", "--uninvolved", "45");

        Assert.Equal(0, code);
        Assert.Contains("limb symmetry 88.9%", output, StringComparison.Ordinal);
        Assert.Contains("Fully cleared on 2026-03-10", output, StringComparison.Ordinal);
        var (_, json, _) = cli.RunJson("clearance");
        Assert.True(json.GetProperty("fullyCleared").GetBoolean());
        Assert.Equal("2026-03-10", json.GetProperty("clearedOn").GetString());
        Assert.Empty(json.GetProperty("missing").EnumerateArray());
    }

    [Fact]
    public void Clearance_LaterFail_CountsOverAnEarlierPass()
    {
        using var cli = Cli();
        cli.Run("clearance", "record", "stair-descent", "pass", "--date", "2026-03-01");
        cli.Run("clearance", "record", "stair-descent", "fail", "--date", "2026-03-04");

        var (_, json, _) = cli.RunJson("clearance");

        var stairs = json.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("ruleId").GetString() == RehabRules.ClearStairs.Id);
        Assert.False(stairs.GetProperty("passed").GetBoolean());
        Assert.Equal("2026-03-04", stairs.GetProperty("latest").GetProperty("date").GetString());
        using var db = cli.Database.Open();
        Assert.Equal(2, db.ClearanceRecords.ClearanceOf(1).Count());
    }

    [Theory]
    [InlineData("TEST", "hop-test", "pass")]
    [InlineData("RESULT", "easy-run", "maybe")]
    [InlineData("--involved", "strength-symmetry", "pass", "--involved", "40")]
    [InlineData("RESULT", "strength-symmetry", "pass", "--involved", "30", "--uninvolved", "45")]
    [InlineData("--involved", "strength-symmetry", "pass", "--involved", "0", "--uninvolved", "45")]
    [InlineData("--involved", "easy-run", "pass", "--involved", "40", "--uninvolved", "45")]
    public void ClearanceRecord_BadInput_ExitsOneAndStoresNothing(string named, params string[] args)
    {
        using var cli = Cli();
        var (code, _, error) = cli.Run(["clearance", "record", .. args]);

        Assert.Equal(1, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Empty(db.ClearanceRecords.ClearanceOf(1).ToList());
    }
}
