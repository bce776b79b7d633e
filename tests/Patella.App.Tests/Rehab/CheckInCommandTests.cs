using Patella.App.Tests.Cli;
using Patella.App.Tests.Load;
using Patella.Core.Today;
using Patella.Data.Rehab;

namespace Patella.App.Tests.Rehab;

public sealed class CheckInCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Fact]
    public void CheckIn_StoredAndReadBack_KeepsEveryValue()
    {
        using var cli = Cli();
        var (code, output, error) = cli.Run("checkin", "--date", "2026-03-09", "--pain-rest", "1", "--pain-during", "2", "--pain-after", "3",
            "--next-morning", "1", "--stairs-pain", "2", "--limp", "--exercises-done", "--exercise-pain", "1", "--rpe", "4",
            "--sleep", "7", "--fatigue", "3", "--stress", "5", "--run-minutes", "21.5", "--note", "windy",
            "--stiffness", "--painful-exercise", "glute-bridge", "--painful-exercise", "clamshell");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Check-in for 2026-03-09 stored.", output, StringComparison.Ordinal);
        Assert.Contains("Today 2026-03-10:", output, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        var c = Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).ToDomain();
        Assert.Equal(new DateOnly(2026, 3, 9), c.Date);
        Assert.Equal((1, 2, 3, 1, 2, 1), (c.PainAtRest.Points, c.PainDuringRun?.Points, c.PainAfterRun?.Points, c.PainNextMorning?.Points, c.StairsDownPain?.Points, c.ExercisePain?.Points));
        Assert.Equal((4, 7, 3, 5), (c.Rpe?.Points, c.Sleep?.Points, c.Fatigue?.Points, c.Stress?.Points));
        Assert.True(c.LimpOrChangedStride && c.ExercisesDone && !c.Swelling && !c.GivingWay);
        Assert.Equal(21.5, c.RunMinutes);
        Assert.Equal("windy", c.Note);
        Assert.True(c.Stiffness);
        Assert.Equal(["glute-bridge", "clamshell"], c.PainfulExerciseIds);
    }

    [Fact]
    public void CheckIn_SameDateTwice_ReplacesAndSaysSo()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--pain-rest", "3").ExitCode);
        var (code, output, _) = cli.Run("checkin", "--pain-rest", "1");

        Assert.Equal(0, code);
        Assert.Contains("replaces the earlier check-in", output, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Equal(1, Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).PainAtRest);
    }

    [Theory]
    [InlineData("--pain-rest", "11")]
    [InlineData("--pain-after", "11")]
    [InlineData("--rpe", "15")]
    [InlineData("--next-morning", "12")]
    [InlineData("--stairs-pain", "11")]
    [InlineData("--sleep", "11")]
    [InlineData("--run-minutes", "-5")]
    [InlineData("--date", "2026-13-01")]
    public void CheckIn_OutOfRange_ExitsOneNamingTheOptionAndStoresNothing(string option, string value)
    {
        using var cli = Cli();
        string[] args = option == "--pain-rest" ? ["checkin", option, value] : ["checkin", "--pain-rest", "1", "--pain-during", "1", option, value];
        var (code, _, error) = cli.Run(args);

        Assert.Equal(1, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Empty(db.CheckIns.CheckInsOf(1).ToList());
    }

    [Fact]
    public void CheckIn_WithoutPainRest_IsRefused_ForADaysFirstCheckIn()
    {
        using var cli = Cli();

        var (code, _, error) = cli.Run("checkin", "--pain-during", "1");

        Assert.Equal(1, code);
        Assert.Contains("--pain-rest: needed for the first check-in of 2026-03-10", error, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Empty(db.CheckIns.CheckInsOf(1).ToList());
    }

    [Fact]
    public void CheckIn_NextMorningAlone_KeepsYesterdaysPainAtRest()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--date", "2026-03-09", "--pain-rest", "2", "--pain-during", "3").ExitCode);

        var (code, output, _) = cli.Run("checkin", "--next-morning", "1");

        Assert.Equal(0, code);
        Assert.Contains("Check-in for 2026-03-09 stored", output, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        var c = Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).ToDomain();
        Assert.Equal((2, 3, 1), (c.PainAtRest.Points, c.PainDuringRun?.Points, c.PainNextMorning?.Points));
    }

    [Fact]
    public void CheckIn_Swelling_MakesTodayReferWithTheRuleId()
    {
        using var cli = Cli();
        var (code, output, _) = cli.Run("checkin", "--pain-rest", "2", "--swelling");
        Assert.Equal(0, code);
        Assert.Contains("SEE A CLINICIAN", output, StringComparison.Ordinal);
        Assert.Contains(TodayRules.StopSwelling.Id, output, StringComparison.Ordinal);

        var (todayCode, json, _) = cli.RunJson("today");
        Assert.Equal(0, todayCode);
        Assert.Equal("refer", json.GetProperty("decision").GetString());
        Assert.Contains(json.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == TodayRules.StopSwelling.Id);
        Assert.Equal(0, json.GetProperty("exercises").GetArrayLength());
    }

    [Theory]
    [InlineData("--pain-during", "--pain-rest", "1", "--pain-after", "2")]
    [InlineData("--pain-during", "--pain-rest", "1", "--run-minutes", "20")]
    [InlineData("--exercises-done", "--pain-rest", "1", "--exercise-pain", "2")]
    [InlineData("--painful-exercise", "--pain-rest", "1", "--exercises-done", "--exercise-pain", "2", "--painful-exercise", "no-such-exercise")]
    [InlineData("--exercise-pain", "--pain-rest", "1", "--exercises-done", "--painful-exercise", "clamshell")]
    public void CheckIn_ValuesThatNeedAnother_ExitOneAndStoreNothing(string needed, params string[] args)
    {
        using var cli = Cli();
        var (code, _, error) = cli.Run(["checkin", .. args]);

        Assert.Equal(1, code);
        Assert.Contains(needed, error, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Empty(db.CheckIns.CheckInsOf(1).ToList());
    }

    [Fact]
    public void CheckIn_Json_HasTheCheckInAndTodaysDecision()
    {
        using var cli = Cli();
        var (code, json, _) = cli.RunJson("checkin", "--date", "2026-03-09", "--pain-rest", "1", "--giving-way");

        Assert.Equal(0, code);
        Assert.Equal("2026-03-09", json.GetProperty("date").GetString());
        Assert.False(json.GetProperty("replaced").GetBoolean());
        Assert.Equal(1, json.GetProperty("checkIn").GetProperty("painAtRest").GetInt32());
        Assert.True(json.GetProperty("checkIn").GetProperty("givingWay").GetBoolean());
        var today = json.GetProperty("today");
        Assert.Equal("2026-03-10", today.GetProperty("day").GetString());
        Assert.Equal("refer", today.GetProperty("decision").GetString());
        Assert.Contains(today.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == TodayRules.StopGivingWay.Id);
    }

    [Fact]
    public void CheckIn_NextMorningOnly_KeepsTheDaysRunAndSaysWhat()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--date", "2026-03-09", "--pain-rest", "1", "--pain-during", "2", "--pain-after", "3", "--swelling").ExitCode);

        var (code, output, error) = cli.Run("checkin", "--date", "2026-03-09", "--pain-rest", "0", "--next-morning", "1");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains(
            "Check-in for 2026-03-09 stored: it updates the earlier check-in for that date; kept from the earlier check-in: pain during run 2/10, pain after run 3/10, swelling.",
            output,
            StringComparison.Ordinal);
        using var db = cli.Database.Open();
        var c = Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).ToDomain();
        Assert.Equal((0, 2, 3, 1), (c.PainAtRest.Points, c.PainDuringRun?.Points, c.PainAfterRun?.Points, c.PainNextMorning?.Points));
        Assert.True(c.Swelling);
    }

    [Fact]
    public void CheckIn_Replace_ClearsWhatItLeavesOut()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--pain-rest", "1", "--pain-during", "2", "--swelling").ExitCode);

        var (code, json, _) = cli.RunJson("checkin", "--pain-rest", "1", "--replace");

        Assert.Equal(0, code);
        Assert.True(json.GetProperty("replaced").GetBoolean());
        Assert.Equal(0, json.GetProperty("kept").GetArrayLength());
        using var db = cli.Database.Open();
        var c = Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).ToDomain();
        Assert.False(c.Swelling);
        Assert.Null(c.PainDuringRun);
    }

    [Fact]
    public void CheckIn_JsonAfterAnEarlierOne_NamesTheKeptValuesAndShowsTheStoredCheckIn()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--pain-rest", "2", "--exercises-done", "--exercise-pain", "3", "--painful-exercise", "clamshell", "--note", "tight").ExitCode);

        var (code, json, _) = cli.RunJson("checkin", "--pain-rest", "1", "--stairs-pain", "2");

        Assert.Equal(0, code);
        Assert.Equal(["exercisesDone", "exercisePain", "note", "painfulExerciseIds"], json.GetProperty("kept").EnumerateArray().Select(k => k.GetString()));
        var stored = json.GetProperty("checkIn");
        Assert.Equal((1, 2, 3), (stored.GetProperty("painAtRest").GetInt32(), stored.GetProperty("stairsDownPain").GetInt32(), stored.GetProperty("exercisePain").GetInt32()));
        Assert.Equal("tight", stored.GetProperty("note").GetString());
    }

    [Theory]
    [InlineData(new[] { "--date", "2026-03-11", "--pain-rest", "0" }, "--date: 2026-03-11 is after today (2026-03-10)")]
    [InlineData(new[] { "--date", "2030-01-01", "--pain-rest", "0" }, "--date: 2030-01-01 is after today (2026-03-10)")]
    [InlineData(new[] { "--date", "2026-03-10", "--pain-rest", "0", "--next-morning", "1" }, "--next-morning: the morning after 2026-03-10 has not come yet")]
    [InlineData(new[] { "--pain-rest", "0", "--pain-during", "2", "--next-morning", "1" }, "--next-morning without --date is this morning's pain after yesterday's run")]
    [InlineData(new[] { "--pain-rest", "0", "--exercises-done", "--next-morning", "1" }, "--next-morning without --date is this morning's pain after yesterday's run")]
    public void CheckIn_DayStillToCome_IsBadInputAndStoresNothing(string[] args, string message)
    {
        using var cli = Cli();
        var (code, output, error) = cli.Run(["checkin", .. args]);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("patella: " + message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        using var db = cli.Database.Open();
        Assert.Empty(db.CheckIns.CheckInsOf(1).ToList());
    }

    [Fact]
    public void CheckIn_NextMorningWithoutDate_GoesToYesterdaysCheckInAndSaysSo()
    {
        using var cli = Cli();
        Assert.Equal(0, cli.Run("checkin", "--date", "2026-03-09", "--pain-rest", "1", "--pain-during", "2").ExitCode);

        var (code, output, error) = cli.Run("checkin", "--next-morning", "3", "--pain-rest", "1");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Check-in for 2026-03-09 stored: it updates the earlier check-in", output, StringComparison.Ordinal);
        Assert.Contains("(yesterday: --next-morning is this morning's pain after yesterday)", output, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        var c = Assert.Single(db.CheckIns.CheckInsOf(1).ToList()).ToDomain();
        Assert.Equal((new DateOnly(2026, 3, 9), 2, 3), (c.Date, c.PainDuringRun?.Points, c.PainNextMorning?.Points));
    }

    [Fact]
    public void CheckIn_NextMorningWithoutDate_JsonNamesYesterday()
    {
        using var cli = Cli();
        var (code, json, _) = cli.RunJson("checkin", "--next-morning", "0", "--pain-rest", "0");
        Assert.Equal(0, code);
        Assert.Equal("2026-03-09", json.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("--pain-rest", "abc", "--pain-rest: 'abc' is not a whole number 0-10")]
    [InlineData("--pain-rest", "2.5", "--pain-rest: '2.5' is not a whole number 0-10")]
    [InlineData("--pain-rest", "11", "--pain-rest: '11' is not a whole number 0-10")]
    [InlineData("--sleep", "seven", "--sleep: 'seven' is not a whole number 0-10")]
    [InlineData("--run-minutes", "20min", "--run-minutes: '20min' is not a number")]
    [InlineData("--run-minutes", "NaN", "--run-minutes: 'NaN' is not a number")]
    public void CheckIn_NotANumber_IsOneLineNamingTheOption(string option, string value, string message)
    {
        using var cli = Cli();
        string[] args = option == "--pain-rest" ? ["checkin", option, value] : ["checkin", "--pain-rest", "1", "--pain-during", "1", option, value];
        var (code, output, error) = cli.Run(args);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("patella: " + message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        using var db = cli.Database.Open();
        Assert.Empty(db.CheckIns.CheckInsOf(1).ToList());
    }
}
