using System.Text.Json;
using Patella.App.Tests.Cli;
using static Patella.App.Tests.Load.RunHistory;

namespace Patella.App.Tests.Load;

public sealed class LoadPlanCommandTests
{
    [Fact]
    public void Plan_FromAJumpWeek_NoWeekExceedsTenPercentOverItsReference()
    {
        using var cli = LoadCommandTests.Runner();

        var (code, plan, error) = cli.RunJson("load", "plan", "--target-km", "70", "--on", "2024-06-12");

        Assert.True(code == 0, error);
        Assert.Equal((45000.0, 25000.0), (plan.GetProperty("currentWeeklyMetres").GetDouble(), plan.GetProperty("longestRecentRunMetres").GetDouble()));
        var weeks = plan.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal("2024-06-17", weeks[0].GetProperty("weekStart").GetString());
        Assert.True(plan.GetProperty("reachable").GetBoolean());
        Assert.Equal(70000.0, weeks[^1].GetProperty("targetMetres").GetDouble());
        Assert.Contains(weeks, w => w.GetProperty("lighter").GetBoolean());

        // The 10% rule's reference is the larger of the two weeks before (a lighter week does not reset it); above 30 km
        // a week the 3 km floor never applies, so every week stays within 110% of it.
        List<double> done = [30000, 45000, .. weeks.Select(w => w.GetProperty("targetMetres").GetDouble())];
        for (var i = 2; i < done.Count; i++)
        {
            Assert.True(done[i] <= Math.Max(done[i - 1], done[i - 2]) * 1.10 + 0.1, $"week {i - 1}: {done[i]} m after {done[i - 2]} and {done[i - 1]}");
        }

        // The first long run stays within 110% of the 30-day longest (25 km).
        Assert.True(weeks[0].GetProperty("longestRunMaxMetres").GetDouble() <= 27500.1);
        Assert.Contains(plan.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "R-LOAD-PLAN-LIGHTER");
        Assert.Contains(plan.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("not evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ReturningFromKneePain_FirstThreeWeeksAreFlat()
    {
        using var cli = LoadCommandTests.Runner();

        var plan = cli.RunJson("load", "plan", "--target-km", "70", "--on", "2024-06-12", "--return").Json;

        Assert.Equal([false, false, false, true], plan.GetProperty("weeks").EnumerateArray().Take(4).Select(w => w.GetProperty("downhillAllowed").GetBoolean()));
    }

    [Fact]
    public void Plan_RaceTooSoon_SaysItIsNotReachableAndWhen()
    {
        using var cli = LoadCommandTests.Runner();

        var (code, plan, error) = cli.RunJson("load", "plan", "--target-km", "90", "--race", "2024-07-14", "--distance-km", "42.2", "--on", "2024-06-12");

        Assert.True(code == 0, error);
        Assert.False(plan.GetProperty("reachable").GetBoolean());
        Assert.Equal(JsonValueKind.String, plan.GetProperty("targetReachedWeek").ValueKind);
        Assert.StartsWith("Not reachable safely by the race", plan.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(42200.0, plan.GetProperty("raceDistanceMetres").GetDouble());
        Assert.NotEqual("none", plan.GetProperty("raceSpike").GetProperty("grade").GetString());
    }

    [Fact]
    public void Plan_Terminal_ListsWeeksAndRules()
    {
        using var cli = LoadCommandTests.Runner();

        var (code, output, _) = cli.Run("load", "plan", "--target-km", "60", "--on", "2024-06-12");

        Assert.Equal(0, code);
        Assert.Contains("2024-06-17", output, StringComparison.Ordinal);
        Assert.Contains("49.5 km", output, StringComparison.Ordinal);
        Assert.Contains("R-LOAD-10PCT", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--race", "2024-07-14")]
    [InlineData("--distance-km", "42.2")]
    public void Plan_RaceWithoutItsPartner_IsBadInput(string option, string value)
    {
        using var cli = new CliRun { Clock = Wednesday };

        var (code, _, error) = cli.Run("load", "plan", "--target-km", "40", option, value);

        Assert.Equal(1, code);
        Assert.Contains("--race and --distance-km", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--target-km", "0", "--target-km")]
    [InlineData("--target-km", "-5", "--target-km")]
    [InlineData("--race", "2024-06-01", "--race")]
    [InlineData("--race", "June", "--race")]
    public void Plan_BadValues_AreBadInputNamingTheOption(string option, string value, string named)
    {
        using var cli = new CliRun { Clock = Wednesday };
        string[] args = option == "--target-km"
            ? ["load", "plan", option, value]
            : ["load", "plan", "--target-km", "40", option, value, "--distance-km", "10"];

        var (code, _, error) = cli.Run(args);

        Assert.Equal(1, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WithoutTarget_IsUsageError()
    {
        using var cli = new CliRun { Clock = Wednesday };
        Assert.Equal(2, cli.Run("load", "plan").ExitCode);
    }
}
