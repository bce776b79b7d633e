using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Core.Rehab;
using static Patella.Core.Tests.Rehab.RehabTestData;

namespace Patella.Core.Tests.Rehab;

public class RaceBuildTests
{
    /// <summary>6:30 min/km, the simulated runner's easy pace: 30 min is 4.6 km.</summary>
    private static readonly Speed Easy = Speed.FromMetresPerSecond(1000.0 / 390);

    private static RaceGoal Race(string date, double km) => RaceGoal.Create(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), km);

    /// <summary>Phase 4 from day 29 (Tuesday 2025-04-15); the build's first full week starts Monday 2025-04-21.</summary>
    private static RehabPlan InPhase4() => Plan(ToProgressiveReturn(), 29);

    [Theory]
    // Phase 1, nothing logged: 3 check-ins (days 1-3), phase 2 from day 4, 3 sessions, run/walk from day 7, 12 runs
    // every other day (last on day 29), phase 4 from day 30.
    [InlineData("none", 0, 30, true, "R-REHAB-PHASE-1-EXIT")]
    // Phase 2 since day 3 with no session yet on day 2: run/walk from day 6, phase 4 from day 29 (as ToProgressiveReturn).
    [InlineData("phase2", 2, 29, true, "R-REHAB-PHASE-2-EXIT")]
    // Step 1 passed once on day 6: 11 runs to go from day 8, every other day, the last on day 28: phase 4 from day 29.
    [InlineData("step1-once", 6, 29, true, "R-RTR-TWICE")]
    // Step 2 reached on day 8: 10 runs from day 10, the last on day 28.
    [InlineData("step2", 8, 29, true, "R-RTR-TWICE")]
    // Already in phase 4: the build starts on the plan's day.
    [InlineData("phase4", 29, 29, false, "R-RTR-10PCT")]
    public void Judge_BuildStart_FollowsThePhaseAndTheStepsLeft(string where, int onDay, int startDay, bool estimated, string phaseRule)
    {
        var checkIns = where switch
        {
            "none" => [],
            "phase2" => [Good(0), Good(1), Good(2)],
            "step1-once" => [.. ToRunWalk(), Run(6)],
            "step2" => [.. ToRunWalk(), Run(6), Good(7), Run(8)],
            _ => ToProgressiveReturn(),
        };

        var outlook = RaceBuild.Judge(Plan(checkIns, onDay), Race("2025-12-07", 10), Easy);

        Assert.Equal(Day(startDay), outlook.BuildStartsOn);
        Assert.Equal(estimated, outlook.BuildStartEstimated);
        Assert.Contains(outlook.Lines, l => l.RuleId == phaseRule);
        Assert.True(outlook.Reachable);
    }

    [Theory]
    [InlineData("2025-05-18", 21.1)]
    [InlineData("2025-09-07", 21.1)]
    public void Judge_InMiles_WritesEveryLineInMiles_AndDecidesTheSame(string date, double km)
    {
        var inKm = RaceBuild.Judge(InPhase4(), Race(date, km), Easy);

        var inMiles = RaceBuild.Judge(InPhase4(), Race(date, km), Easy, unit: DistanceUnit.Miles);

        Assert.Equal((inKm.Reachable, inKm.EarliestSafeRaceWeek, inKm.Weeks.Count), (inMiles.Reachable, inMiles.EarliestSafeRaceWeek, inMiles.Weeks.Count));
        var text = string.Join("\n", inMiles.Lines.Concat(inMiles.Instead).Select(l => l.Text).Concat(inMiles.Weeks.Select(w => w.Note)));
        Assert.DoesNotMatch(@"\bkm\b", text);
        Assert.Contains("13.1 mi", text, StringComparison.Ordinal);
        Assert.Contains("min/mi", text, StringComparison.Ordinal);
    }

    [Theory]
    // The build's long run from 4.6 km grows 10% a week over the 4 weeks before (lighter weeks every 4th); a half marathon
    // needs 19.2 km (21.1 / 1.10), which week 19 (from 2025-08-25) holds: a race from the week of 2025-09-01 is reachable.
    [InlineData("2025-05-18", 21.1, false)]
    [InlineData("2025-08-31", 21.1, false)]
    [InlineData("2025-09-07", 21.1, true)]
    // 5 km is within 10% of the 30-minute run (4.6 km): reachable from the start of phase 4.
    [InlineData("2025-04-20", 5, true)]
    [InlineData("2025-04-20", 10, false)]
    public void Judge_HalfMarathonAndShorter_ReachableOnceTheLongRunIsWithinTenPercent(string date, double km, bool reachable)
    {
        var outlook = RaceBuild.Judge(InPhase4(), Race(date, km), Easy);

        Assert.Equal(reachable, outlook.Reachable);
        Assert.Equal(km / 1.10, outlook.LongRunNeededKilometres, 3);
        Assert.Equal(reachable ? SpikeGrade.None : outlook.RaceSpike, outlook.RaceSpike);
        Assert.Equal(reachable, outlook.Instead.Count == 0);
        Assert.Contains(outlook.Lines, l => l.RuleId == (reachable ? "R-RACE-LONG-RUN" : "R-RACE-LONG-RUN") && l.Text.StartsWith(reachable ? "Reachable" : "Not reachable", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_HalfMarathonInFourWeeks_SaysNoAndWhatTheRulesAllowInstead()
    {
        var outlook = RaceBuild.Judge(InPhase4(), Race("2025-05-18", 21.1), Easy);

        Assert.False(outlook.Reachable);
        Assert.Equal(SpikeGrade.Large, outlook.RaceSpike);
        Assert.Equal(2.28, outlook.RaceSpikeHazardRatio);
        Assert.Equal(["R-LOAD-SPIKE", "R-RTR-LADDER", "R-RACE-INSTEAD"], outlook.Instead.Select(l => l.RuleId));
        Assert.Contains("a 5 km race fits", outlook.Instead[0].Text, StringComparison.Ordinal);
        Assert.Contains("stays a large spike (hazard rate ratio 2.28)", outlook.Instead[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 9, 1), outlook.EarliestSafeRaceWeek);
        Assert.Contains("from the week of 2025-09-01", outlook.Instead[2].Text, StringComparison.Ordinal);
        Assert.Equal(3, outlook.Weeks.Count);
        Assert.Equal(new DateOnly(2025, 4, 21), outlook.Weeks[0].WeekStart);
    }

    [Fact]
    public void Judge_TheEarliestSafeWeek_IsReachableWhenSetAsTheRace()
    {
        var first = RaceBuild.Judge(InPhase4(), Race("2025-06-01", 21.1), Easy);
        var then = RaceBuild.Judge(InPhase4(), new RaceGoal(first.EarliestSafeRaceWeek!.Value, Distance.FromKilometres(21.1)), Easy);
        var weekBefore = RaceBuild.Judge(InPhase4(), new RaceGoal(first.EarliestSafeRaceWeek!.Value.AddDays(-1), Distance.FromKilometres(21.1)), Easy);

        Assert.True(then.Reachable);
        Assert.False(weekBefore.Reachable);
    }

    [Fact]
    public void Judge_Weeks_KeepTheTenPercentRuleAndTheLongRunWithinTenPercentOfTheFourWeeksBefore()
    {
        var weeks = RaceBuild.Judge(InPhase4(), Race("2025-10-05", 21.1), Easy).Weeks;

        Assert.True(weeks.Count > 20);
        // The 10% rule's reference is the larger of the two weeks before (a lighter week does not lower it).
        var totals = new List<double> { 4.615 * 3.5 };
        var longRuns = new List<double> { 4.615 };
        foreach (var w in weeks)
        {
            var reference = totals.TakeLast(2).Max();
            Assert.True(w.TargetKilometres <= Math.Max(reference * 1.10, reference + 3) + 0.1, $"week {w.Number}");
            Assert.True(w.LongRunKilometres <= longRuns.TakeLast(4).Max() * 1.10 + 0.1, $"week {w.Number}");
            Assert.True(w.LongRunKilometres <= (w.TargetKilometres * 0.4) + 0.1, $"week {w.Number}");
            Assert.Equal(w.Number > 3, w.DownhillAllowed);
            totals.Add(w.TargetKilometres);
            longRuns.Add(w.LongRunKilometres);
        }
    }

    [Fact]
    public void Judge_RaceBeforeTheBuildStarts_IsNotReachableAndRunWalkIsNoWayOut()
    {
        var outlook = RaceBuild.Judge(Plan([], 0), Race("2025-03-30", 10), Easy);

        Assert.False(outlook.Reachable);
        Assert.Null(outlook.RaceSpike);
        Assert.Empty(outlook.Weeks);
        Assert.Contains(outlook.Lines, l => l.RuleId == "R-RACE-LONG-RUN" && l.Text.Contains("not before the race", StringComparison.Ordinal));
        Assert.Contains("still returning on the run/walk ladder", outlook.Instead[1].Text, StringComparison.Ordinal);
        Assert.NotNull(outlook.EarliestSafeRaceWeek);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Judge_RaceTodayOrPast_SaysSoAndPlansNothing(int daysAfterPlanDay)
    {
        var outlook = RaceBuild.Judge(InPhase4(), new RaceGoal(Day(29 + daysAfterPlanDay), Distance.FromKilometres(10)), Easy);

        Assert.False(outlook.Reachable);
        Assert.Empty(outlook.Weeks);
        Assert.Contains(outlook.Lines, l => l.Text.Contains("not after 2025-04-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_FasterRunner_ReachesTheSameRaceSooner()
    {
        var slow = RaceBuild.Judge(InPhase4(), Race("2025-06-01", 21.1), Easy);
        var fast = RaceBuild.Judge(InPhase4(), Race("2025-06-01", 21.1), Speed.FromMetresPerSecond(1000.0 / 300));

        Assert.True(fast.EarliestSafeRaceWeek < slow.EarliestSafeRaceWeek);
    }

    [Theory]
    [InlineData(new double[0], 6.5, false)]
    [InlineData(new[] { 6.0 }, 6.0, true)]
    [InlineData(new[] { 5.0, 6.0, 7.0 }, 6.0, true)]
    public void EasySpeed_IsTheMedianOfTheLast90Days_OrTheDefault(double[] minutesPerKm, double expected, bool fromRuns)
    {
        var day = new DateOnly(2025, 6, 1);
        var runs = minutesPerKm.Select((m, i) => new LoadRun(i, day.AddDays(-i), default, Sport.Running, Distance.FromKilometres(5), TimeSpan.FromMinutes(5 * m), 0, Distance.Zero, null, null))
            .Append(new LoadRun(99, day.AddDays(-RaceRules.PaceWindowDays), default, Sport.Running, Distance.FromKilometres(5), TimeSpan.FromMinutes(20), 0, Distance.Zero, null, null));

        var (speed, fromTheRuns) = RaceBuild.EasySpeed(runs, day);

        Assert.Equal(expected, 1000.0 / speed.MetresPerSecond / 60, 6);
        Assert.Equal(fromRuns, fromTheRuns);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(251)]
    [InlineData(double.NaN)]
    public void RaceGoal_Create_RejectsDistancesOutsideTheRange(double km) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RaceGoal.Create(new DateOnly(2025, 6, 1), km));
}
