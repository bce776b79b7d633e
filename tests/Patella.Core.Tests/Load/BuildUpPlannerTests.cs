using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class BuildUpPlannerTests
{
    private static BuildUpRequest From(double currentKm, double longestKm, double targetKm) => new()
    {
        Start = Date("2024-06-05"),
        CurrentWeekly = Km(currentKm),
        LongestRecentRun = Km(longestKm),
        TargetWeekly = Km(targetKm),
    };

    [Fact]
    public void Plan_WeekByWeekByHand()
    {
        // 20 → 23, 26, 29 (3 km floor), lighter 23.2, back to 29, then 30 (capped at target).
        var plan = BuildUpPlanner.Plan(From(20, 8, 30));

        Assert.Equal([23.0, 26, 29, 23.2, 29, 30], plan.Weeks.Select(w => Math.Round(w.Target.Kilometres, 6)));
        Assert.Equal([false, false, false, true, false, false], plan.Weeks.Select(w => w.IsLighter));
        Assert.Equal(Date("2024-06-03"), plan.Weeks[0].WeekStart);
        Assert.True(plan.Reachable);
        Assert.Equal(Date("2024-07-08"), plan.TargetReachedWeek);
    }

    [Fact]
    public void Plan_LongRunGrowsTenPercentOverThePlannedLongestOfFourWeeks()
    {
        var plan = BuildUpPlanner.Plan(From(20, 8, 30));

        // 8 → 8.8 → 9.68 → 10.648; lighter week 80% of 10.648; then 110% of the 4-week longest (11.7128) is
        // capped at 40% of its 29 km week (11.6), and the next (12.88) at 40% of 30 km (12).
        Assert.Equal([8.8, 9.68, 10.648, 8.5184, 11.6, 12], plan.Weeks.Select(w => Math.Round(w.LongestRunMax.Kilometres, 6)));
    }

    [Fact]
    public void Plan_LongRunNeverExceedsFortyPercentOfItsWeek()
    {
        // Compounding 110% alone planned a 40 km long run in a 60 km week from a 45 km base with a 25 km long run.
        var plan = BuildUpPlanner.Plan(From(45, 25, 60));

        Assert.All(plan.Weeks, w => Assert.True(w.LongestRunMax.Kilometres <= w.Target.Kilometres * LoadRules.LongRunMaxShareOfWeek + 1e-9, $"week {w.Number}: {w.LongestRunMax} of {w.Target}"));
    }

    [Fact]
    public void Plan_NoWeekBreaksTheTenPercentRuleAsTheEngineJudgesIt()
    {
        var plan = BuildUpPlanner.Plan(From(12, 6, 60));
        var previous = new[] { Km(12), Km(12) };

        foreach (var week in plan.Weeks)
        {
            var reference = previous[0] > previous[1] ? previous[0] : previous[1];
            Assert.True(week.Target <= TenPercentRule.Allowed(reference), $"week {week.Number}");
            previous = [previous[1], week.Target];
        }

        Assert.Equal(60, plan.Weeks[^1].Target.Kilometres, 6);
    }

    [Fact]
    public void Plan_ReturnFromKneePainKeepsTheFirstThreeWeeksFlat()
    {
        var plan = BuildUpPlanner.Plan(From(10, 4, 25) with { FlatFirst = true });

        Assert.Equal([false, false, false, true], plan.Weeks.Take(4).Select(w => w.DownhillAllowed));
        Assert.Contains(plan.Rules, r => r.Id == "R-LOAD-DOWNHILL-RETURN");
    }

    [Fact]
    public void Plan_SaysWhenTheRaceDateIsTooSoon()
    {
        var plan = BuildUpPlanner.Plan(From(20, 8, 40) with { RaceDate = Date("2024-07-07"), RaceDistance = Km(21.1) });

        Assert.False(plan.Reachable);
        Assert.Equal(4, plan.Weeks.Count); // June 3 .. June 24; race week not planned
        Assert.True(plan.TargetReachedWeek > Date("2024-07-07"));
        Assert.StartsWith("Not reachable safely", plan.Notes[0], StringComparison.Ordinal);
        Assert.Equal(SpikeGrade.Moderate, plan.RaceSpike!.Grade); // 21.1 km over a 10.648 km longest
    }

    [Fact]
    public void Plan_ReachableRaceHoldsAtTargetUntilRaceWeek()
    {
        var plan = BuildUpPlanner.Plan(From(30, 12, 33) with { RaceDate = Date("2024-07-28"), RaceDistance = Km(10) });

        Assert.True(plan.Reachable);
        Assert.Equal(Date("2024-06-03"), plan.TargetReachedWeek);
        Assert.Equal(7, plan.Weeks.Count);
        Assert.Equal(SpikeGrade.None, plan.RaceSpike!.Grade);
    }

    [Fact]
    public void Plan_FromNothingStartsAtTheFloorWithAThirdOfTheWeekAsLongRun()
    {
        var plan = BuildUpPlanner.Plan(From(0, 0, 10));

        Assert.Equal(3, plan.Weeks[0].Target.Kilometres, 6);
        Assert.Equal(1, plan.Weeks[0].LongestRunMax.Kilometres, 6);
        Assert.Null(plan.Weeks[0].ChangePercent);
    }

    [Theory]
    [InlineData(0, 4, 0.8)]
    [InlineData(10, 5, 0.8)]
    [InlineData(10, 4, 0.3)]
    public void Plan_RejectsBadRequests(double targetKm, int every, double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BuildUpPlanner.Plan(From(10, 5, targetKm) with { LighterWeekEvery = every, LighterWeekShare = share }));
}
