using System.Text.Json;
using Patella.App.Tests.Assessment;
using Patella.App.Tests.Cli;
using Patella.Core.Assessment;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Rehab;

public sealed class TodayCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Fact]
    public void Today_RedFlagAssessment_Refers()
    {
        using var cli = Cli();
        cli.Run("assess", "--answers", AnswerFiles.Write(cli, "flag.json", AnswerFiles.SeedRunnerWith(a => a["canBearWeight"] = false)));

        var (code, json, _) = cli.RunJson("today");

        Assert.Equal(0, code);
        Assert.Equal("refer", json.GetProperty("decision").GetString());
        Assert.Contains(json.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == RedFlagRules.NoWeightBearing.Id);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("prescription").ValueKind);
    }

    [Fact]
    public void Today_NoRedFlag_AnswersWithoutReferralAndGivesExercises()
    {
        using var cli = Cli();
        cli.Run("assess", "--answers", AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner));
        cli.Run("checkin", "--pain-rest", "2", "--stairs-pain", "3");

        var (code, json, _) = cli.RunJson("today");

        Assert.Equal(0, code);
        Assert.Equal("cross-train", json.GetProperty("decision").GetString());
        Assert.Equal("resolveBaselinePain", json.GetProperty("phase").GetString());
        Assert.True(json.GetProperty("exercises").GetArrayLength() > 0);
        Assert.True(json.GetProperty("instead").GetArrayLength() > 0);
        Assert.All(json.GetProperty("reasons").EnumerateArray(), r => Assert.StartsWith("R-", r.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Today_Terminal_PrintsTheDecisionFirstWithRuleIdsAndExercises()
    {
        using var cli = Cli();
        cli.Run("checkin", "--pain-rest", "2", "--stairs-pain", "3");

        var (code, output, _) = cli.Run("today", "--on", "2026-03-10");

        Assert.Equal(0, code);
        Assert.Contains("NO RUN", output, StringComparison.Ordinal);
        Assert.Contains("[R-", output, StringComparison.Ordinal);
        Assert.Contains("(Phase 1 of 4: settle the pain in daily life)", output, StringComparison.Ordinal);
        Assert.Contains("Today's exercises:", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("NO RUN", StringComparison.Ordinal) < output.IndexOf("Why:", StringComparison.Ordinal));
    }

    [Fact]
    public void Today_BadDate_ExitsOne()
    {
        using var cli = Cli();
        var (code, _, error) = cli.Run("today", "--on", "tomorrow");
        Assert.Equal(1, code);
        Assert.Contains("--on", error, StringComparison.Ordinal);
    }
}
