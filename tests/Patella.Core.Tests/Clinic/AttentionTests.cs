using Patella.Core.Clinic;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Rules;
using Patella.Core.Today;
using static Patella.Core.Tests.Rehab.RehabTestData;

namespace Patella.Core.Tests.Clinic;

public class AttentionTests
{
    private const int Today = 20;

    /// <summary>Check-ins on days <paramref name="first"/>.. with the given worst pains (pain at rest; exercises done pain-free).</summary>
    private static List<CheckIn> Pains(int first, params int[] pains) =>
        [.. pains.Select((p, i) => CheckIn.Create(Day(first + i), p, stairsDownPain: p, exercisesDone: true, exercisePain: 0))];

    private static LoadWarning Warning(string ruleId, Severity severity = Severity.Warning) =>
        new(ruleId, "title", severity, ruleId + " fired", [], "advice", "source");

    private static AttentionScore Score(List<CheckIn> checkIns, params LoadWarning[] warnings) =>
        Attention.Of(TodayDecision.For(new RehabStart(Start), checkIns, [], Day(Today)), checkIns, warnings, Day(Today));

    public static TheoryData<string, int, AttentionKind[], string?[]> Cases => new()
    {
        // name, expected score, kinds in order, rule ids in order
        { "steady, checked in today", 0, [], [] },
        { "swelling logged yesterday", 1000, [AttentionKind.RedFlag], ["R-RUN-STOP-SWELLING"] },
        { "pain rising 0 → 4 over five check-ins", 100, [AttentionKind.RisingPain], ["R-CLINIC-PAIN-RISING"] },
        { "pain falling 4 → 0", 0, [], [] },
        { "one load spike", 10, [AttentionKind.LoadWarning], ["R-LOAD-SPIKE"] },
        { "an info-level warning does not count", 0, [], [] },
        { "last check-in 5 days ago", 5, [AttentionKind.MissedCheckIns], ["R-CLINIC-MISSED-CHECKINS"] },
        { "last check-in yesterday is not missed", 0, [], [] },
        { "never checked in", 9, [AttentionKind.MissedCheckIns], ["R-CLINIC-MISSED-CHECKINS"] },
        { "missed 30 days counts at most 9", 9, [AttentionKind.MissedCheckIns], ["R-CLINIC-MISSED-CHECKINS"] },
        { "rising pain and a spike", 110, [AttentionKind.RisingPain, AttentionKind.LoadWarning], ["R-CLINIC-PAIN-RISING", "R-LOAD-SPIKE"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_ScoresEachReasonWithItsRule(string name, int score, AttentionKind[] kinds, string?[] ruleIds)
    {
        var result = name switch
        {
            "steady, checked in today" => Score(Pains(Today - 4, 1, 1, 1, 1, 1)),
            "swelling logged yesterday" => Score([.. Pains(Today - 3, 0, 0), CheckIn.Create(Day(Today - 1), 1, swelling: true), .. Pains(Today, 0)]),
            "pain rising 0 → 4 over five check-ins" => Score(Pains(Today - 4, 0, 1, 2, 3, 4)),
            "pain falling 4 → 0" => Score(Pains(Today - 4, 4, 3, 2, 1, 0)),
            "one load spike" => Score(Pains(Today - 2, 0, 0, 0), Warning("R-LOAD-SPIKE")),
            "an info-level warning does not count" => Score(Pains(Today - 2, 0, 0, 0), Warning("R-LOAD-RATIO", Severity.Info)),
            "last check-in 5 days ago" => Score(Pains(Today - 7, 0, 0, 0)),
            "last check-in yesterday is not missed" => Score(Pains(Today - 3, 0, 0, 0)),
            "never checked in" => Score([]),
            "missed 30 days counts at most 9" => Score(Pains(Today - 32, 0, 0)),
            "rising pain and a spike" => Score(Pains(Today - 4, 0, 1, 2, 3, 4), Warning("R-LOAD-SPIKE")),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        Assert.Equal(score, result.Score);
        Assert.Equal(kinds, result.Reasons.Select(r => r.Kind));
        Assert.Equal(ruleIds, result.Reasons.Select(r => r.RuleId));
    }

    [Fact]
    public void Of_TiersKeepARedFlagAboveEverythingElse()
    {
        var redFlagOnly = Score([CheckIn.Create(Day(Today), 0, swelling: true)]);
        var everythingElse = Score(Pains(Today - 30, 0, 1, 2, 3, 4, 5, 6), [.. Enumerable.Range(0, 12).Select(i => Warning("R-LOAD-" + i))]);

        Assert.True(redFlagOnly.Score > everythingElse.Score, $"{redFlagOnly.Score} > {everythingElse.Score}");
        Assert.True(everythingElse.Score < Attention.RedFlagPoints);
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, null)]
    [InlineData(new[] { 2, 2, 2 }, 0.0)]
    [InlineData(new[] { 0, 1, 2 }, 1.0)]
    [InlineData(new[] { 6, 4, 2, 0 }, -2.0)]
    public void TrendOf_IsTheLeastSquaresSlopePerCheckIn(int[] pains, double? slope)
    {
        var trend = Attention.TrendOf(Pains(0, pains), Day(10));

        Assert.Equal(pains, trend.Points.Select(p => p.Pain));
        Assert.Equal(slope, trend.SlopePerCheckIn);
    }

    [Fact]
    public void TrendOf_KeepsTheLast14CheckIns_AndIgnoresLaterDays()
    {
        var trend = Attention.TrendOf(Pains(0, [.. Enumerable.Range(0, 20).Select(i => i % 10)]), Day(16));

        Assert.Equal(14, trend.Points.Count);
        Assert.Equal(Day(3), trend.Points[0].Date);
        Assert.Equal(Day(16), trend.Points[^1].Date);
    }

    [Fact]
    public void WorstPain_IsTheHighestPainOfTheCheckIn()
    {
        var c = CheckIn.Create(Day(0), 1, painDuringRun: 2, painAfterRun: 5, painNextMorning: 3, stairsDownPain: 4);

        Assert.Equal(5, Attention.WorstPain(c));
    }
}
