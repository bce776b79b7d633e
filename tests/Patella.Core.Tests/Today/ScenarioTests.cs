using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Today;

namespace Patella.Core.Tests.Today;

/// <summary>Weeks of simulated check-ins (issue #7 "correct").</summary>
public class ScenarioTests
{
    private static readonly DateOnly Monday = new(2025, 3, 17);

    private static bool InPhase(RunnerSimulator s, RehabPhase phase) => s.Plan().Phase == phase;

    private static void RecordClearance(RunnerSimulator s)
    {
        var day = s.Today;
        s.Clearance.Add(ClearanceRecord.SingleLegSquat(day, 20, PainScore.None, excessiveValgus: false, valgusDegrees: 9));
        s.Clearance.Add(ClearanceRecord.StairDescent(day, PainScore.None));
        s.Clearance.Add(ClearanceRecord.EasyRun(day, 30, PainScore.None, PainScore.None));
        s.Clearance.Add(ClearanceRecord.StrengthSymmetry(day, 41.5, 45.0));
    }

    [Fact]
    public void FollowsThePlan_ReachesClearanceIn4To8Weeks()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(60, RunnerSimulator.SettlingAfter(3), x => InPhase(x, RehabPhase.ProgressiveReturn));
        var phase4Day = s.DayIndex;
        s.Live(7, RunnerSimulator.GoodDay);
        RecordClearance(s);
        var plan = s.Plan();

        Assert.Equal(RehabPhase.Maintenance, plan.Phase);
        var clearedDay = plan.Clearance.ClearedOn!.Value.DayNumber - Monday.DayNumber;
        Assert.InRange(clearedDay, 4 * 7, 8 * 7);
        Assert.InRange(phase4Day, 21, 42);
        Assert.All(s.Decisions.Where(d => d.Phase <= RehabPhase.PainFreeExercise), d => Assert.Null(d.Prescription));
        Assert.All(s.Decisions.Where(d => d.Prescription is not null), d => Assert.True(d.Prescription!.FlatOnly));
        Assert.Equal([1, 2, 3, 4, 5, 6], s.Decisions.Select(d => d.Prescription?.RunWalkStep).OfType<int>().Distinct());
        Assert.DoesNotContain(s.Decisions, d => d.Decision is Decision.Refer or Decision.Rest);
        Assert.Contains(plan.Changes, c => c.RuleId == "R-CLEAR-FULL");
        Assert.Equal("R-MAINT-HIP-2X", plan.Exercises.RuleId);
    }

    [Fact]
    public void PainRises_IsRegressedAndReduced_ThenProgressesAgain()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(40, RunnerSimulator.GoodDay, x => x.Plan().RunWalk?.Step.Number == 3);
        var climbing = 0;
        s.Live(6, (i, date, d) =>
        {
            if (d.Prescription is null)
            {
                return RunnerSimulator.GoodDay(i, date, d);
            }

            climbing++;
            return CheckIn.Create(date, 0, 2 + climbing, 1, 1, 0, exercisesDone: true, exercisePain: 3, runMinutes: RunnerSimulator.RunMinutes(d.Prescription),
                painfulExerciseIds: ["wall-sit-60"]);
        }, x => climbing == 2);

        var plan = s.Plan();
        var reduced = s.Decide();

        Assert.Equal(1, plan.RunWalk!.Step.Number);
        Assert.Equal(2, plan.Changes.Count(c => c.RuleId == "R-RTR-STEP-BACK"));
        Assert.Contains(plan.Changes, c => c.RuleId == "R-REHAB-EXERCISE-PAIN" && c.Subject == "wall-sit-60");
        Assert.DoesNotContain(plan.Exercises.Session, e => e.Id == "wall-sit-60");
        Assert.Contains(s.Decisions, d => d.Decision == Decision.CrossTrain && d.Reasons.Any(r => r.RuleId == "R-RUN-PFP-NEXT-MORNING"));
        s.Live(1, RunnerSimulator.GoodDay);
        Assert.Contains(s.Decide().Decision, new[] { Decision.RunReduced, Decision.CrossTrain });
        Assert.Contains(new[] { reduced }.Concat(s.Decisions.TakeLast(2)), d => d.Reasons.Any(r => r.RuleId is "R-RUN-PFP-PAIN-2" or "R-RUN-STOP-PAIN-RISING"));

        s.Live(40, RunnerSimulator.GoodDay, x => InPhase(x, RehabPhase.ProgressiveReturn));
        Assert.Equal(RehabPhase.ProgressiveReturn, s.Plan().Phase);
        Assert.Contains(s.Plan().Exercises.Session, e => e.Id == "wall-sit-60");
    }

    [Fact]
    public void DevelopsSwelling_IsReferredAtOnce()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(40, RunnerSimulator.GoodDay, x => x.Plan().RunWalk?.Step.Number == 2);

        s.Log(CheckIn.Create(s.Today, 0, stairsDownPain: 1, swelling: true));
        var now = s.Decide();

        Assert.Equal(Decision.Refer, now.Decision);
        Assert.Contains(now.Reasons, r => r.RuleId == "R-RUN-STOP-SWELLING");
        Assert.Null(now.Prescription);
        Assert.Empty(now.Exercises);
        Assert.Equal(RehabPhase.ResolveBaselinePain, s.Plan().Phase);
        s.Live(3, RunnerSimulator.GoodDay);
        Assert.All(s.Decisions.TakeLast(3), d => Assert.Equal(Decision.Refer, d.Decision));
    }

    [Fact]
    public void SkipsTheExercises_NeverRuns()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(28, (_, date, d) => d.Prescription is { } p
            ? CheckIn.Create(date, 0, 0, 0, 0, 0, runMinutes: RunnerSimulator.RunMinutes(p))
            : CheckIn.Create(date, 0, stairsDownPain: 0));

        Assert.All(s.Decisions, d => Assert.Equal(Decision.CrossTrain, d.Decision));
        Assert.Equal(RehabPhase.PainFreeExercise, s.Plan().Phase);
        Assert.Contains(s.Decisions[^1].Reasons, r => r.RuleId == "R-RUN-PHASE" && r.Text.Contains("0 of 3 sessions", StringComparison.Ordinal));
    }

    [Fact]
    public void StopsTheExercisesInRunWalk_RunningStops()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(40, RunnerSimulator.GoodDay, x => x.Plan().RunWalk?.Step.Number == 2);
        s.Live(7, (_, date, d) => d.Prescription is { } p
            ? CheckIn.Create(date, 0, 0, 0, 0, 0, runMinutes: RunnerSimulator.RunMinutes(p))
            : CheckIn.Create(date, 0, stairsDownPain: 0));

        var d = s.Decide();
        Assert.Equal(Decision.CrossTrain, d.Decision);
        Assert.Contains(d.Reasons, r => r.RuleId == "R-RUN-REHAB-DONE" && r.Text.StartsWith("0 exercise sessions", StringComparison.Ordinal));
        Assert.NotEmpty(d.Exercises);
    }

    [Fact]
    public void EveryDecision_UsesTheClocksDate()
    {
        var s = new RunnerSimulator(new RehabStart(Monday));
        s.Live(5, RunnerSimulator.GoodDay);

        Assert.Equal(Enumerable.Range(0, 5).Select(Monday.AddDays), s.Decisions.Select(d => d.Day));
        Assert.Equal(LoadSettings.Utc.Today(new ManualClock(new DateTimeOffset(2025, 3, 22, 6, 0, 0, TimeSpan.Zero))), s.Today);
    }
}
