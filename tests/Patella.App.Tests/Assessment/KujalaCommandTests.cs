using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Patella.App.Tests.Cli;

namespace Patella.App.Tests.Assessment;

public sealed class KujalaCommandTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Kujala_AllBest_Scores100AndIsStored()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "k1.json", AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString());

        var (code, json, error) = cli.RunJson("kujala", "--answers", file);

        Assert.True(code == 0, error);
        Assert.Equal(100, json.GetProperty("totalPoints").GetInt32());
        Assert.Equal("2025-03-01", json.GetProperty("date").GetString());
        Assert.Equal("R-KUJALA-SCORE", json.GetProperty("ruleId").GetString());
        Assert.Equal(13, json.GetProperty("items").GetArrayLength());
        var stairs = json.GetProperty("items")[3];
        Assert.Equal(("stairs", "noDifficulty", 10, 10),
            (stairs.GetProperty("itemId").GetString(), stairs.GetProperty("answer").GetString(), stairs.GetProperty("points").GetInt32(), stairs.GetProperty("maxPoints").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("change").ValueKind);

        var stored = Assert.Single(cli.RunJson("assessments").Json.GetProperty("kujalaScores").EnumerateArray());
        Assert.Equal(100, stored.GetProperty("totalPoints").GetInt32());
        Assert.Equal("2025-03-01", stored.GetProperty("date").GetString());
    }

    [Theory]
    // Hand-computed from the PMC10362729 table: running severe pain 10→3, pain occasionally severe 10→3, squatting repeated 5→4.
    [InlineData("running=severePain; pain=occasionallySevere; squatting=repeatedSquattingPainful", 85, -15, "meaningfulWorsening")]
    // Stairs 10→8, swelling 10→8, jumping 10→7, limp 5→3, walking 5→3: -11. Without jumping and with pain 10→8: -8, then -10 (the boundary counts).
    [InlineData("stairs=slightPainDescending; swelling=afterSevereExertion; jumping=slightDifficulty; limp=slightOrPeriodical; walking=moreThan2Km", 89, -11, "meaningfulWorsening")]
    [InlineData("stairs=slightPainDescending; swelling=afterSevereExertion; pain=slightAndOccasional; limp=slightOrPeriodical", 92, -8, "noMeaningfulChange")]
    [InlineData("stairs=slightPainDescending; swelling=afterSevereExertion; pain=slightAndOccasional; limp=slightOrPeriodical; walking=moreThan2Km", 90, -10, "meaningfulWorsening")]
    public void Kujala_SecondScore_ReportsChangeSinceFirstWithTheTenPointRule(string changes, int total, int change, string trend)
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        Assert.Equal(0, cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "k1.json", AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString())).ExitCode);
        var later = AnswerFiles.KujalaAllBest("2025-03-29");
        foreach (var part in changes.Split(';', StringSplitOptions.TrimEntries))
        {
            later["answers"]![part[..part.IndexOf('=', StringComparison.Ordinal)]] = part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }

        var (code, json, error) = cli.RunJson("kujala", "--answers", AnswerFiles.Write(cli, "k2.json", later.ToJsonString()));

        Assert.True(code == 0, error);
        Assert.Equal(total, json.GetProperty("totalPoints").GetInt32());
        var delta = json.GetProperty("change");
        Assert.Equal(("2025-03-01", 100, change, trend, "R-KUJALA-MCID-10", 10),
            (delta.GetProperty("firstDate").GetString(), delta.GetProperty("firstTotalPoints").GetInt32(), delta.GetProperty("changePoints").GetInt32(),
             delta.GetProperty("trend").GetString(), delta.GetProperty("ruleId").GetString(), delta.GetProperty("meaningfulChangePoints").GetInt32()));

        var history = cli.RunJson("assessments").Json;
        Assert.Equal([100, total], history.GetProperty("kujalaScores").EnumerateArray().Select(k => k.GetProperty("totalPoints").GetInt32()));
        Assert.Equal(trend, history.GetProperty("kujalaChange").GetProperty("trend").GetString());
    }

    [Fact]
    public void Kujala_SecondScoreText_SaysMeaningfulWithRuleId()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "k1.json", AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString()));
        var later = AnswerFiles.KujalaAllBest("2025-03-29");
        later["answers"]!["running"] = "severePain";
        later["answers"]!["pain"] = "occasionallySevere";
        later["answers"]!["squatting"] = "repeatedSquattingPainful";

        var (code, text, _) = cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "k2.json", later.ToJsonString()));
        var output = Regex.Replace(text, @"\s+", " ");

        Assert.Equal(0, code);
        Assert.Contains("85 / 100", output, StringComparison.Ordinal);
        Assert.Contains("Severe pain", output, StringComparison.Ordinal);
        Assert.Contains("-15 points since the first score on 2025-03-01", output, StringComparison.Ordinal);
        Assert.Contains("meaningful worsening", output, StringComparison.Ordinal);
        Assert.Contains("R-KUJALA-MCID-10", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "stairs")]
    [InlineData("badOption", "running")]
    [InlineData("unknownItem", "kneeColour")]
    [InlineData("wrongVersion", "kujala-v0")]
    [InlineData("futureDate", "after today")]
    public void Kujala_BadFile_ExitsOneNamingTheItemAndStoresNothing(string fault, string named)
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.KujalaAllBest("2025-03-01");
        var answers = file["answers"]!.AsObject();
        switch (fault)
        {
            case "missing": answers.Remove("stairs"); break;
            case "badOption": answers["running"] = "sometimes"; break;
            case "unknownItem": answers["kneeColour"] = "blue"; break;
            case "wrongVersion": file["questionnaire"] = "kujala-v0"; break;
            default: file["date"] = "2025-04-03"; break;
        }

        var (code, output, error) = cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "kujala-bad.json", file.ToJsonString()), "--json");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Empty(cli.RunJson("assessments").Json.GetProperty("kujalaScores").EnumerateArray());
    }

    [Fact]
    public void Kujala_DateOptionDifferentFromFile_IsBadInput()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var file = AnswerFiles.Write(cli, "k.json", AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString());

        var (code, _, error) = cli.Run("kujala", "--answers", file, "--date", "2025-03-02");

        Assert.Equal(1, code);
        Assert.Contains("--date 2025-03-02", error, StringComparison.Ordinal);
        Assert.Equal(0, cli.Run("kujala", "--answers", file, "--date", "2025-03-01").ExitCode);
    }

    [Fact]
    public void Kujala_BackDatedScore_IsComparedWithTheFirstBeforeIt()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var worse = AnswerFiles.KujalaAllBest("2025-03-01");
        worse["answers"]!["running"] = "unable";
        cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "a.json", worse.ToJsonString()));
        cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "b.json", AnswerFiles.KujalaAllBest("2025-03-20").ToJsonString()));

        var (_, json, _) = cli.RunJson("kujala", "--answers", AnswerFiles.Write(cli, "c.json", AnswerFiles.KujalaAllBest("2025-03-10").ToJsonString()));

        Assert.Equal(("2025-03-01", "2025-03-10", 10, "meaningfulImprovement"),
            (json.GetProperty("change").GetProperty("firstDate").GetString(), json.GetProperty("change").GetProperty("latestDate").GetString(),
             json.GetProperty("change").GetProperty("changePoints").GetInt32(), json.GetProperty("change").GetProperty("trend").GetString()));
        var dates = cli.RunJson("assessments").Json.GetProperty("kujalaScores").EnumerateArray().Select(k => k.GetProperty("date").GetString());
        Assert.Equal(["2025-03-01", "2025-03-10", "2025-03-20"], dates);
    }

    [Fact]
    public void KujalaTemplate_DatedTodayWithEveryItem_IsRejectedUntilFilledIn()
    {
        using var cli = new CliRun { Clock = new FixedClock(Now) };
        var (code, output, _) = cli.Run("kujala", "template");
        Assert.Equal(0, code);
        var template = JsonNode.Parse(output)!;
        Assert.Equal("2025-04-02", (string?)template["date"]);
        Assert.Equal(13, template["answers"]!.AsObject().Count);
        Assert.Contains("none (None), slightOrPeriodical (Slight or periodical), constant (Constant)", (string?)template["answers"]!["limp"], StringComparison.Ordinal);

        var (unedited, _, error) = cli.Run("kujala", "--answers", AnswerFiles.Write(cli, "t.json", output));
        Assert.Equal(1, unedited);
        Assert.Contains("'limp'", error, StringComparison.Ordinal);
    }
}
