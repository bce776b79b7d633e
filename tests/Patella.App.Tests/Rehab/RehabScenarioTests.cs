using System.Text.Json;
using Patella.Core.Rehab;

namespace Patella.App.Tests.Rehab;

/// <summary>
/// Issue #7's other scenarios, end to end through the CLI and the database with the seed A runner (<see cref="SeedRunner"/>):
/// a swollen knee refers at once in any phase; rising pain regresses; skipped exercises hold her where she is.
/// </summary>
public sealed class RehabScenarioTests
{
    private static string Iso(int n) => DayLog.Iso(SeedRunner.AssessedOn.AddDays(n));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 2)]
    [InlineData(12, 3)]
    [InlineData(35, 4)]
    public void SwollenKnee_RefersAtOnce_WhateverThePhase(int goodDaysFirst, int phase)
    {
        using var her = new SeedRunner();
        her.Live(goodDaysFirst, SeedRunner.Honest());
        Assert.Equal(phase, her.Phase());

        var checkIn = her.Json("checkin", "--pain-rest", "1", "--stairs-pain", "2", "--swelling");
        var today = her.Json("today");
        her.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = her.Json("today");
        var plan = her.Json("plan");

        foreach (var d in new[] { checkIn.GetProperty("today"), today, tomorrow })
        {
            Assert.Equal("refer", d.GetProperty("decision").GetString());
            Assert.Contains(d.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "R-RUN-STOP-SWELLING" && r.GetProperty("leads").GetString() == "refer");
            Assert.Equal(JsonValueKind.Null, d.GetProperty("prescription").ValueKind);
            Assert.Equal(0, d.GetProperty("exercises").GetArrayLength());
        }

        Assert.Equal(1, plan.GetProperty("phaseNumber").GetInt32());
        Assert.Equal(phase > 1, plan.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("ruleId").GetString() == RehabRules.RegressRedFlag.Id));
    }

    [Fact]
    public void PainRisingRunAfterRun_StepsBackAndStopsRunning()
    {
        using var her = new SeedRunner();
        her.Live(16, SeedRunner.Honest());
        Assert.Equal(3, her.Json("plan").GetProperty("runWalk").GetProperty("step").GetProperty("number").GetInt32());

        // Her runs hurt 1, 2, then 3/10 (over the PFP rule's 2/10); the one after the step back does not.
        int[] pain = [1, 2, 3, 0];
        var runs = 0;
        her.Live(11, (i, today) => today.GetProperty("prescription") is { ValueKind: JsonValueKind.Object } p
            ? new DayLog(0, 0, true, 0, Session.From(p), PainDuring: pain[runs++])
            : new DayLog(0, 0, true, 0));

        // Day 16 (1/10) and 18 (2/10) pass; pain rose over three runs (0, 1, 2): no run on day 20 (seed A's stop rule).
        Assert.Equal(["run", "cross-train", "run", "cross-train", "cross-train", "cross-train", "run"], her.Days.Skip(16).Take(7).Select(d => d.Decision));
        Assert.Contains("R-RUN-STOP-PAIN-RISING", her.Days[20].RuleIds);
        // Day 22 at step 4 hurts 3/10: back one step, and no run while the last run is within 3 days.
        var plan = her.Json("plan");
        var back = Assert.Single(plan.GetProperty("changes").EnumerateArray(), c => c.GetProperty("ruleId").GetString() == RehabRules.StepBack.Id);
        Assert.Equal(Iso(22), back.GetProperty("date").GetString());
        Assert.Contains("pain 3/10 while running", back.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("back to 4 min run : 1 min walk × 5", back.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("cross-train", her.Days[24].Decision);
        Assert.Contains("R-RUN-STOP-PAIN-RISING", her.Days[24].RuleIds);
        Assert.Contains(RehabRules.PfpPain2.Id, her.Days[24].RuleIds);
        Assert.Equal("run", her.Days[26].Decision);
        Assert.Equal(3, her.Days[26].Today.GetProperty("prescription").GetProperty("runWalkStep").GetInt32());
    }

    [Fact]
    public void ExerciseThatHurts_IsRegressed()
    {
        using var her = new SeedRunner();
        her.Live(4, SeedRunner.Honest(settlingDays: 0));
        var quad = her.Json("plan").GetProperty("exercises").GetProperty("session").EnumerateArray()
            .First(e => e.GetProperty("target").GetString() == "quadricepsVmo").GetProperty("id").GetString()!;

        her.Ok("checkin", "--pain-rest", "0", "--stairs-pain", "0", "--exercises-done", "--exercise-pain", "3", "--painful-exercise", quad);
        var plan = her.Json("plan");

        var change = Assert.Single(plan.GetProperty("changes").EnumerateArray(), c => c.GetProperty("ruleId").GetString() == RehabRules.ExercisePain.Id);
        Assert.Equal(quad, change.GetProperty("subject").GetString());
        Assert.Contains("exercise pain 3/10", change.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("painFreeExercise", plan.GetProperty("phase").GetString());
        Assert.Equal(0, plan.GetProperty("criteria")[0].GetProperty("done").GetInt32());
    }

    [Fact]
    public void SkippedExercises_HoldTheRunWalkStep_UntilTheRehabIsDoneAgain()
    {
        using var her = new SeedRunner();
        her.Live(9, SeedRunner.Honest());
        her.Live(11, (i, today) => today.GetProperty("prescription") is { ValueKind: JsonValueKind.Object } p
            ? new DayLog(0, 0, false, Run: Session.From(p))
            : new DayLog(0, 0, false));
        var held = her.Json("plan").GetProperty("runWalk");
        her.Live(4, SeedRunner.Honest());

        // Exercises on days 2-8 carry her runs on days 10 and 12; from day 13 fewer than 3 sessions in 7 days.
        Assert.Equal(["run", "cross-train", "run"], her.Days.Where(d => d.Date >= SeedRunner.AssessedOn.AddDays(10) && d.Date <= SeedRunner.AssessedOn.AddDays(12)).Select(d => d.Decision));
        Assert.All(her.Days.Where(d => d.Date >= SeedRunner.AssessedOn.AddDays(13) && d.Date <= SeedRunner.AssessedOn.AddDays(22)), d =>
        {
            Assert.Equal("cross-train", d.Decision);
            Assert.Contains("R-RUN-REHAB-DONE", d.RuleIds);
            Assert.Equal(JsonValueKind.Null, d.Today.GetProperty("prescription").ValueKind);
        });
        Assert.Equal((2, 1), (held.GetProperty("step").GetProperty("number").GetInt32(), held.GetProperty("passesAtStep").GetInt32()));
        Assert.Equal("run", her.Days[^1].Decision);
        Assert.Equal(2, her.Days[^1].Today.GetProperty("prescription").GetProperty("runWalkStep").GetInt32());
    }

    [Fact]
    public void SkippedExercises_InPhase2_HoldPhase2()
    {
        using var her = new SeedRunner();
        her.Live(3, SeedRunner.Honest(settlingDays: 0));
        her.Live(7, (i, today) => new DayLog(0, 0, false));

        var plan = her.Json("plan");
        var today = her.Json("today");

        Assert.Equal("painFreeExercise", plan.GetProperty("phase").GetString());
        var criterion = Assert.Single(plan.GetProperty("criteria").EnumerateArray());
        Assert.Equal((0, 3), (criterion.GetProperty("done").GetInt32(), criterion.GetProperty("needed").GetInt32()));
        Assert.Equal("cross-train", today.GetProperty("decision").GetString());
        Assert.Contains(today.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "R-RUN-PHASE");
    }
}
