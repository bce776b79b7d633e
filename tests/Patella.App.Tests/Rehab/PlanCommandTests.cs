using System.Text.Json;
using Patella.App.Tests.Assessment;
using Patella.App.Tests.Cli;
using Patella.Core.Rehab;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Rehab;

public sealed class PlanCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Fact]
    public void Plan_Json_HasThePlanShape()
    {
        using var cli = Cli();
        cli.Run("checkin", "--date", "2026-03-08", "--pain-rest", "2", "--stairs-pain", "3");

        var (code, json, _) = cli.RunJson("plan");

        Assert.Equal(0, code);
        Assert.Equal("resolveBaselinePain", json.GetProperty("phase").GetString());
        Assert.Equal(1, json.GetProperty("phaseNumber").GetInt32());
        Assert.Equal("2026-03-08", json.GetProperty("startedOn").GetString());
        Assert.Equal("firstCheckIn", json.GetProperty("startSource").GetString());
        var criterion = Assert.Single(json.GetProperty("criteria").EnumerateArray());
        Assert.Equal(RehabRules.Phase1Exit.Id, criterion.GetProperty("ruleId").GetString());
        Assert.False(criterion.GetProperty("met").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("runWalk").ValueKind);
        Assert.True(json.GetProperty("exercises").GetProperty("session").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("changes").ValueKind);
        foreach (var list in new[] { "adjuncts", "avoid", "education" })
        {
            Assert.All(json.GetProperty(list).EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("source").GetString())));
        }

        Assert.True(json.GetProperty("education").GetArrayLength() > 0);
        Assert.Equal(4, json.GetProperty("clearance").GetProperty("tests").GetArrayLength());
    }

    [Theory]
    [InlineData(true, false, "assessment", "2026-03-10")]
    [InlineData(false, false, "today", "2026-03-10")]
    [InlineData(true, true, "stored", "2026-03-01")]
    public void Plan_Start_ComesFromStoredThenAssessmentThenToday(bool assessed, bool stored, string source, string startedOn)
    {
        using var cli = Cli();
        if (assessed)
        {
            cli.Run("assess", "--answers", AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner));
        }

        var (code, json, _) = stored ? cli.RunJson("plan", "--start", "2026-03-01") : cli.RunJson("plan");

        Assert.Equal(0, code);
        Assert.Equal(source, json.GetProperty("startSource").GetString());
        Assert.Equal(startedOn, json.GetProperty("startedOn").GetString());
    }

    [Fact]
    public void Plan_ThreePainFreeCheckIns_MovesToPhaseTwoWithTheRuleId()
    {
        using var cli = Cli();
        foreach (var day in new[] { "2026-03-07", "2026-03-08", "2026-03-09" })
        {
            Assert.Equal(0, cli.Run("checkin", "--date", day, "--pain-rest", "0", "--stairs-pain", "0").ExitCode);
        }

        var (code, json, _) = cli.RunJson("plan");

        Assert.Equal(0, code);
        Assert.Equal("painFreeExercise", json.GetProperty("phase").GetString());
        Assert.Contains(json.GetProperty("changes").EnumerateArray(), c =>
            c.GetProperty("ruleId").GetString() == RehabRules.Phase1Exit.Id && c.GetProperty("kind").GetString() == "phase");
    }

    [Fact]
    public void Plan_Terminal_ShowsPhaseCriteriaAndSources()
    {
        using var cli = Cli();
        var (code, output, _) = cli.Run("plan");

        Assert.Equal(0, code);
        Assert.Contains("Phase 1 of 4: settle the pain in daily life", output, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(RehabPhase.ResolveBaselinePain), output, StringComparison.Ordinal);
        Assert.Contains($"[missing] [{RehabRules.Phase1Exit.Id}]", output, StringComparison.Ordinal);
        Assert.Contains("Good to know:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Exercises_Json_ListsTheCatalogue()
    {
        using var cli = Cli();
        var (code, json, _) = cli.RunJson("exercises");

        Assert.Equal(0, code);
        Assert.Equal(ExerciseCatalogue.Default.Exercises.Count, json.GetArrayLength());
        var clamshell = json.EnumerateArray().Single(e => e.GetProperty("id").GetString() == ExerciseCatalogue.Default.Exercises[0].Id);
        foreach (var field in new[] { "name", "target", "dose", "cues", "phases", "avoid", "easierId", "harderId", "source" })
        {
            Assert.True(clamshell.TryGetProperty(field, out _), field);
        }

        Assert.Equal(ExerciseCatalogue.Default.Exercises[0].Dose.Text, clamshell.GetProperty("dose").GetString());
    }

    [Fact]
    public void Exercises_Terminal_NamesTheMuscleGroupInWords()
    {
        using var cli = Cli();
        var (code, output, _) = cli.Run("exercises");

        Assert.Equal(0, code);
        Assert.Contains("clamshell: Clamshell with band (hip abductors and external rotators),", output, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<ExerciseTarget>(), name => Assert.DoesNotContain($"({name})", output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ExerciseTarget.HipAbductorsExternalRotators, "hip abductors and external rotators")]
    [InlineData(ExerciseTarget.QuadricepsVmo, "quadriceps (inner thigh, VMO)")]
    [InlineData(ExerciseTarget.Core, "trunk")]
    public void ExerciseTarget_Words_AreTheRunnersWords(ExerciseTarget target, string words) => Assert.Equal(words, target.Words());
}
