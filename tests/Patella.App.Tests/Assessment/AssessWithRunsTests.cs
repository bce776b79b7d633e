using Patella.App.Tests.Cli;
using Patella.App.Tests.Load;

namespace Patella.App.Tests.Assessment;

/// <summary>Issue #4 "done when": the mileage spike is found in her own runs, not only in her answers.</summary>
public sealed class AssessWithRunsTests
{
    [Fact]
    public void Assess_WithImportedRuns_FindsTheMileageJumpAndLongRunSpikeInThem()
    {
        using var cli = new CliRun { Clock = RunHistory.Wednesday };
        cli.Run("settings", "--timezone", "Europe/Oslo");
        RunHistory.Add(cli, RunHistory.JumpSpikeAndShoe());
        var file = AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner);

        var (code, json, error) = cli.RunJson("assess", "--answers", file);

        Assert.True(code == 0, error);
        Assert.True(json.GetProperty("runDataUsed").GetBoolean());
        var factors = json.GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("ruleId").GetString()!);
        Assert.Equal("answersAndRuns", factors["R-FACTOR-MILEAGE-JUMP"].GetProperty("source").GetString());
        Assert.Contains(factors["R-FACTOR-MILEAGE-JUMP"].GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("45.0 km vs 30.0 km", StringComparison.Ordinal));
        Assert.Equal("runs", factors["R-FACTOR-RUN-SPIKE"].GetProperty("source").GetString());
        Assert.Contains("2024-06-09", factors["R-FACTOR-RUN-SPIKE"].GetProperty("evidence")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("pfps", json.GetProperty("likelyCondition").GetString());
    }
}
