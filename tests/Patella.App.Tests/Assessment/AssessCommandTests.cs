using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Patella.App.Tests.Cli;
using Patella.Core.Assessment;

namespace Patella.App.Tests.Assessment;

public sealed class AssessCommandTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 18, 19, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Assess_SeedRunnerFile_IsPfpsProgressingStoredAndListed()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner);

        var (code, json, error) = cli.RunJson("assess", "--answers", file);

        Assert.True(code == 0, error);
        Assert.Equal("knee-v1", json.GetProperty("questionnaireVersion").GetString());
        Assert.False(json.GetProperty("referralNeeded").GetBoolean());
        Assert.Empty(json.GetProperty("redFlags").EnumerateArray());
        Assert.Equal("pfps", json.GetProperty("likelyCondition").GetString());
        var first = json.GetProperty("conditions")[0];
        Assert.Equal(("pfps", 1, "likely", "R-DX-PFPS"),
            (first.GetProperty("condition").GetString(), first.GetProperty("rank").GetInt32(), first.GetProperty("likelihood").GetString(), first.GetProperty("ruleId").GetString()));
        Assert.NotEmpty(first.GetProperty("supporting").EnumerateArray());
        Assert.Contains("diagnosis of exclusion", first.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.All(json.GetProperty("conditions").EnumerateArray().Skip(1), c => Assert.True(c.GetProperty("rank").GetInt32() > 1));

        var stage = json.GetProperty("stage");
        Assert.Equal("progressing", stage.GetProperty("stage").GetString());
        Assert.Equal("R-STAGE-PROGRESSING", stage.GetProperty("ruleId").GetString());
        Assert.Equal((4, 8), (stage.GetProperty("timelineMinWeeks").GetInt32(), stage.GetProperty("timelineMaxWeeks").GetInt32()));

        var factors = json.GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("ruleId").GetString()!, f => f.GetProperty("source").GetString());
        Assert.Equal("answers", factors["R-FACTOR-HIP-CONTROL"]);
        Assert.Equal("answers", factors["R-FACTOR-MILEAGE-JUMP"]);
        Assert.False(json.GetProperty("runDataUsed").GetBoolean());
        Assert.Contains("footPosture", json.GetProperty("unknownAnswers").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("not a clinical diagnosis", json.GetProperty("disclaimer").GetString(), StringComparison.Ordinal);

        var id = json.GetProperty("assessmentId").GetInt64();
        var (listCode, history, _) = cli.RunJson("assessments");
        Assert.Equal(0, listCode);
        var row = Assert.Single(history.GetProperty("assessments").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetInt64());
        Assert.Equal("2025-03-18", row.GetProperty("date").GetString());
        Assert.Equal("knee-v1", row.GetProperty("questionnaireVersion").GetString());
        Assert.False(row.GetProperty("referralNeeded").GetBoolean());
        Assert.Equal("pfps", row.GetProperty("likelyCondition").GetString());
        Assert.Equal("progressing", row.GetProperty("stage").GetString());
    }

    [Fact]
    public void Assessments_Text_ListsEachAssessmentInWords()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        cli.Run("assess", "--answers", AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner));
        cli.Run("assess", "--answers", AnswerFiles.Write(cli, "flag.json", AnswerFiles.SeedRunnerWith(a => a["canBearWeight"] = false)));

        var (code, text, _) = cli.Run("assessments");
        var output = Flat(text);

        Assert.Equal(0, code);
        Assert.Contains("2025-03-18 knee-v1 no runner's knee progressing", output, StringComparison.Ordinal);
        Assert.Contains("2025-03-18 knee-v1 yes, emergency", output, StringComparison.Ordinal);
        Assert.Contains("No Kujala scores yet", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("swelling", "\"afterActivity\"", "R-RF-SWELLING", "soon")]
    [InlineData("canBearWeight", "false", "R-RF-NO-WEIGHT-BEARING", "emergency")]
    [InlineData("feverOrHotRedJoint", "true", "R-RF-HOT-JOINT-FEVER", "emergency")]
    public void Assess_RedFlagFile_IsAReferralFirstAndExitsZero(string question, string value, string ruleId, string urgency)
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "flag.json", AnswerFiles.SeedRunnerWith(a => a[question] = JsonNode.Parse(value)));

        var (code, json, error) = cli.RunJson("assess", "--answers", file);

        Assert.True(code == 0, error);
        Assert.True(json.GetProperty("referralNeeded").GetBoolean());
        Assert.True(json.GetProperty("runningBlocked").GetBoolean());
        Assert.Equal(urgency, json.GetProperty("referralUrgency").GetString());
        var flag = json.GetProperty("redFlags")[0];
        Assert.Equal(ruleId, flag.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("action").GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("stage").ValueKind);
        Assert.StartsWith("Please see a clinician", json.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(Assert.Single(cli.RunJson("assessments").Json.GetProperty("assessments").EnumerateArray()).GetProperty("referralNeeded").GetBoolean());
    }

    [Fact]
    public void Assess_RedFlag_PrintsTheReferralBeforeAnythingElse()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "flag.json", AnswerFiles.SeedRunnerWith(a => a["swelling"] = "afterActivity"));

        var (code, text, error) = cli.Run("assess", "--answers", file);
        var output = Flat(text);

        Assert.True(code == 0, error);
        Assert.StartsWith("Red flags", output, StringComparison.Ordinal);
        Assert.Contains("R-RF-SWELLING", output, StringComparison.Ordinal);
        Assert.Contains("SOON", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("R-RF-SWELLING", StringComparison.Ordinal) < output.IndexOf("What it may be", StringComparison.Ordinal));
        Assert.Contains("not given while a red flag stands", output, StringComparison.Ordinal);
        Assert.Contains("not a clinical diagnosis", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SeedRunnerText_ShowsConditionsStageFactorsWithRuleIds()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var (code, text, error) = cli.Run("assess", "--answers", AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner));
        var output = Flat(text);

        Assert.True(code == 0, error);
        Assert.StartsWith("No red flags", output, StringComparison.Ordinal);
        string[] inOrder = ["1. Patellofemoral pain syndrome", "R-DX-PFPS", "Stage: progressing", "4-8 weeks", "R-STAGE-PROGRESSING",
            "R-FACTOR-HIP-CONTROL", "In short", "This assessment is for information"];
        var positions = inOrder.Select(s => output.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, output));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Assess_Because_QuotesTheQuestionsAndAnswersInWords()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var (code, text, error) = cli.Run("assess", "--answers", AnswerFiles.Write(cli, "seed.json", AnswerFiles.SeedRunner));
        var output = Flat(text);

        Assert.True(code == 0, error);
        Assert.Contains("Because: ", output, StringComparison.Ordinal);
        Assert.Contains("What brings the pain on? Going down stairs", output, StringComparison.Ordinal);
        Assert.DoesNotContain("painTriggers:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("stairsDown", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_RedFlagBecause_SaysTheAnswerInWords()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "flag.json", AnswerFiles.SeedRunnerWith(a => a["canBearWeight"] = false));
        var (_, text, _) = cli.Run("assess", "--answers", file);

        Assert.DoesNotContain("canBearWeight:", Flat(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"side":"left","kneeColour":"blue"}}""", "kneeColour")]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"weeksSinceOnset":2000}}""", "weeksSinceOnset")]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"ageYears":-1}}""", "ageYears")]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"side":"middle"}}""", "side")]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"givingWay":"yes"}}""", "givingWay")]
    [InlineData("""{"questionnaire":"knee-v0","answers":{"side":"left"}}""", "knee-v0")]
    [InlineData("""{"questionnaire":"knee-v1","answers":{"side":"left",}""", "not valid JSON")]
    public void Assess_BadFile_ExitsOneNamingFileAndQuestionAndStoresNothing(string json, string named)
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "bad-answers.json", json);

        var (code, output, error) = cli.Run("assess", "--answers", file, "--json");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("bad-answers.json", error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Empty(cli.RunJson("assessments").Json.GetProperty("assessments").EnumerateArray());
    }

    [Fact]
    public void Assess_MissingFile_ExitsOneNamingIt()
    {
        using var cli = new CliRun();
        var (code, _, error) = cli.Run("assess", "--answers", Path.Combine(cli.DataFolder, "nowhere.json"));
        Assert.Equal(1, code);
        Assert.Contains("nowhere.json", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("kujala")]
    public void WithoutAnswersAndWithoutTerminal_ExitsTwoAskingForAnswersFile(string command)
    {
        using var cli = new CliRun();

        var (code, output, error) = cli.Run(command, "--json");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--answers", error, StringComparison.Ordinal);
        Assert.Empty(cli.RunJson("assessments").Json.GetProperty("assessments").EnumerateArray());
    }

    [Fact]
    public void AssessTemplate_NamesEveryQuestionWithItsValues_AndIsRejectedUntilFilledIn()
    {
        using var cli = new CliRun();
        var (code, output, _) = cli.Run("assess", "template");
        Assert.Equal(0, code);
        var template = JsonNode.Parse(output)!;
        var (_, questionnaire, _) = cli.RunJson("assess", "template");
        var ids = questionnaire.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();
        Assert.Equal(KneeQuestionnaire.V1.Questions.Select(q => q.Id), ids);
        Assert.Equal(ids, template["answers"]!.AsObject().Select(p => p.Key));
        Assert.Contains("left (Left), right (Right), both (Both)", (string?)template["answers"]!["side"], StringComparison.Ordinal);
        Assert.Contains("from 0 to 1040", (string?)template["answers"]!["weeksSinceOnset"], StringComparison.Ordinal);

        var path = AnswerFiles.Write(cli, "template.json", output);
        var (unedited, _, error) = cli.Run("assess", "--answers", path);
        Assert.Equal(1, unedited);
        Assert.Contains("'painLocation'", error, StringComparison.Ordinal);

        var filled = template.AsObject();
        filled["answers"] = new JsonObject { ["side"] = "left", ["weeksSinceOnset"] = "unknown" };
        var (ok, result, okError) = cli.RunJson("assess", "--answers", AnswerFiles.Write(cli, "filled.json", filled.ToJsonString()));
        Assert.True(ok == 0, okError);
        Assert.Contains("weeksSinceOnset", result.GetProperty("unknownAnswers").EnumerateArray().Select(e => e.GetString()));
    }

    // The console wraps long lines at its width; the tests read the words, not the layout.
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
