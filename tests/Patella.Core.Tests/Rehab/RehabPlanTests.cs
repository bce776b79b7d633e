using System.Text.Json;
using System.Text.Json.Nodes;
using Patella.Core.Rehab;
using static Patella.Core.Tests.Rehab.RehabTestData;

namespace Patella.Core.Tests.Rehab;

public class RehabPlanTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Phase1_EndsAfterThreePainFreeCheckInsInARow()
    {
        List<CheckIn> days = [CheckIn.Create(Day(0), 1, stairsDownPain: 3), Good(1), Good(2)];

        var two = Plan(days, 2);
        var three = Plan([.. days, Good(3)], 3);

        Assert.Equal(RehabPhase.ResolveBaselinePain, two.Phase);
        var criterion = Assert.Single(two.Criteria);
        Assert.Equal(("R-REHAB-PHASE-1-EXIT", false), (criterion.RuleId, criterion.Met));
        Assert.StartsWith("2 of 3", criterion.Evidence, StringComparison.Ordinal);
        Assert.Equal(RehabPhase.PainFreeExercise, three.Phase);
        Assert.Equal(Day(4), three.PhaseSince);
        Assert.Contains(three.Changes, c => c.Kind == PlanChangeKind.Phase && c.RuleId == "R-REHAB-PHASE-1-EXIT");
    }

    [Fact]
    public void Phase1_StairsNotRatedNeitherCountsNorBreaksTheRun()
    {
        var plan = Plan([Good(0), CheckIn.Create(Day(1), 0), Good(2), Good(3)], 3);

        Assert.Equal(RehabPhase.PainFreeExercise, plan.Phase);
        Assert.Equal(RehabPhase.ResolveBaselinePain, Plan([Good(0), CheckIn.Create(Day(1), 0, stairsDownPain: 1), Good(2), Good(3)], 3).Phase);
    }

    [Fact]
    public void Phase2_EndsAfterThreePainFreeSessions_PainfulOneResets()
    {
        var days = new List<CheckIn> { Good(0), Good(1), Good(2), Good(3), Good(4) };
        days.Add(CheckIn.Create(Day(5), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 3));

        Assert.Equal(RehabPhase.PainFreeExercise, Plan(days, 5).Phase);
        Assert.Equal(RehabPhase.PainFreeExercise, Plan([.. days, Good(6), Good(7)], 7).Phase);
        Assert.Equal(RehabPhase.RunWalk, Plan([.. days, Good(6), Good(7), Good(8)], 8).Phase);
        Assert.Equal(RehabPhase.RunWalk, Plan(ToRunWalk(), 6).Phase);
    }

    [Fact]
    public void RunWalk_EachStepPassedTwiceMovesOn_ThenPhase4()
    {
        var days = ToRunWalk();
        days.Add(Run(6));
        Assert.Equal((1, 1), (Plan(days, 6).RunWalk!.Step.Number, Plan(days, 6).RunWalk!.PassesAtStep));
        days.Add(Run(8));
        var plan = Plan(days, 8);
        Assert.Equal((2, 0), (plan.RunWalk!.Step.Number, plan.RunWalk.PassesAtStep));
        Assert.Contains(plan.Changes, c => c.RuleId == "R-RTR-TWICE" && c.Text.Contains("next 2 min run : 1 min walk × 7", StringComparison.Ordinal));

        var done = Plan(ToProgressiveReturn(), 29);
        Assert.Equal(RehabPhase.ProgressiveReturn, done.Phase);
        Assert.Equal(30, done.EasyRun!.DurationMinutes);
        Assert.False(done.EasyRun.DownhillAllowed);
        Assert.False(done.EasyRun.TempoAllowed);
    }

    [Fact]
    public void RunWalk_PendingNextMorningDoesNotCount_HeldStays_FailedStepsBack()
    {
        var days = ToRunWalk();
        days.AddRange([Run(6), Run(8), Run(10), Run(12, morning: null)]);
        Assert.Equal((2, 1), (Plan(days, 12).RunWalk!.Step.Number, Plan(days, 12).RunWalk!.PassesAtStep));

        days[^1] = Run(12, stiffness: true);
        var held = Plan(days, 12);
        Assert.Equal((2, 1), (held.RunWalk!.Step.Number, held.RunWalk.PassesAtStep));
        Assert.Equal("R-RTR-HOLD", held.Changes[^1].RuleId);

        days[^1] = Run(12, during: 3);
        var failed = Plan(days, 12);
        Assert.Equal((1, 0), (failed.RunWalk!.Step.Number, failed.RunWalk.PassesAtStep));
        Assert.Equal("R-RTR-STEP-BACK", failed.Changes[^1].RuleId);
        Assert.Contains("pain 3/10 while running", failed.Changes[^1].Text, StringComparison.Ordinal);
        Assert.Equal(RunVerdict.Failed, failed.LastRun!.Verdict);
    }

    [Fact]
    public void BaselinePainTwiceInARow_SendsBackToPhase1_OnceIsHeld()
    {
        var days = ToRunWalk();
        days.Add(CheckIn.Create(Day(6), 2, stairsDownPain: 3, exercisesDone: true));
        Assert.Equal(RehabPhase.RunWalk, Plan(days, 6).Phase);

        days.Add(CheckIn.Create(Day(7), 1, stairsDownPain: 2, exercisesDone: true));
        var plan = Plan(days, 7);
        Assert.Equal(RehabPhase.ResolveBaselinePain, plan.Phase);
        Assert.Equal("R-REHAB-REGRESS-BASELINE", plan.Changes[^1].RuleId);
    }

    [Fact]
    public void RedFlag_SendsBackToPhase1AtOnce()
    {
        var days = ToRunWalk();
        days.Add(CheckIn.Create(Day(6), 0, stairsDownPain: 0, swelling: true));

        var plan = Plan(days, 6);

        Assert.Equal(RehabPhase.ResolveBaselinePain, plan.Phase);
        Assert.Equal("R-REHAB-REGRESS-RED-FLAG", plan.Changes[^1].RuleId);
    }

    [Fact]
    public void Phase4_MovesToMaintenanceWhenAllFourTestsPass()
    {
        var plan = Plan(ToProgressiveReturn(), 33, AllFourPassed(32));

        Assert.Equal(RehabPhase.Maintenance, plan.Phase);
        Assert.Equal(5, plan.PhaseNumber);
        Assert.Equal(2, plan.Exercises.SessionsPerWeek);
        Assert.Equal("R-MAINT-HIP-2X", plan.Exercises.RuleId);
        Assert.All(plan.Exercises.Session, e => Assert.Contains(e.Target, new[] { ExerciseTarget.HipAbductorsExternalRotators, ExerciseTarget.Mobility }));
        Assert.Equal(RehabPhase.ProgressiveReturn, Plan(ToProgressiveReturn(), 33, AllFourPassed(32).Skip(1).ToList()).Phase);
    }

    [Fact]
    public void Phase4_DownhillGateOpensAfterThreePainFreeFlatWeeks_AndTheRunGrows10PercentAWeek()
    {
        var days = ToProgressiveReturn();
        days.AddRange(Enumerable.Range(29, 21).Select(d => Run(d, minutes: 30)));

        var twoWeeks = Plan(days, 29 + 14);
        var threeWeeks = Plan(days, 29 + 21, AllFourPassed(35));

        Assert.Equal((2, false, 36), (twoWeeks.EasyRun!.PainFreeFlatWeeks, twoWeeks.EasyRun.DownhillAllowed, twoWeeks.EasyRun.DurationMinutes));
        Assert.Equal((3, true, true), (threeWeeks.EasyRun!.PainFreeFlatWeeks, threeWeeks.EasyRun.DownhillAllowed, threeWeeks.EasyRun.TempoAllowed));
        Assert.Equal("R-LOAD-DOWNHILL-RETURN", threeWeeks.EasyRun.DownhillRuleId);
        Assert.DoesNotContain(threeWeeks.Avoid, a => a.Id is "R-RTR-FLAT" or "R-RTR-NO-TEMPO");
        Assert.Contains(twoWeeks.Avoid, a => a.Id == "R-RTR-FLAT");
    }

    [Fact]
    public void Phase4_TwoFailedRunsInARow_BackToRunWalk()
    {
        var days = ToProgressiveReturn();
        days.AddRange([Run(29, during: 3), Run(30, morning: 2)]);

        var plan = Plan(days, 30);

        Assert.Equal(RehabPhase.RunWalk, plan.Phase);
        Assert.Equal(5, plan.RunWalk!.Step.Number);
        Assert.Equal("R-REHAB-REGRESS-RUNS", plan.Changes[^1].RuleId);
    }

    [Fact]
    public void Exercise_ThreePainFreeSessions_ProgressTheDose()
    {
        var plan = Plan([Good(0), Good(1), Good(2)], 2);
        var clamshell = plan.Exercises.Session.Single(e => e.Id == "clamshell");

        Assert.Equal((1, 20, "3 × 20 per side; control the return"), (clamshell.Level, clamshell.Reps, clamshell.DoseText));
        Assert.Contains(plan.Changes, c => c.RuleId == "R-REHAB-PROGRESS-DOSE" && c.Subject == "clamshell" && c.Text.Contains("3 × 20", StringComparison.Ordinal));
        var sideLying = plan.Exercises.Session.Single(e => e.Id == "side-lying-hip-abduction");
        Assert.Equal((2, 4, 15), (sideLying.Level, sideLying.Sets, sideLying.Reps));
    }

    [Fact]
    public void Exercise_ThatHurts_IsRegressedToItsEasierVariation_ThenComesBack()
    {
        var days = ToRunWalk();
        days.Add(CheckIn.Create(Day(6), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 3, painfulExerciseIds: ["wall-sit-60"]));

        var plan = Plan(days, 6);
        var change = plan.Changes.Last(c => c.Kind == PlanChangeKind.Exercise);
        Assert.Equal(("R-REHAB-EXERCISE-PAIN", "wall-sit-60"), (change.RuleId, change.Subject));
        Assert.Contains("left out", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Exercises.Session, e => e.Id == "wall-sit-60");

        days.AddRange([Good(7), Good(8), Good(9)]);
        var later = Plan(days, 9);
        Assert.Contains(later.Exercises.Session, e => e.Id == "wall-sit-60");
        Assert.Equal("R-REHAB-PROGRESS-DOSE", later.Changes.Last(c => c.Subject == "wall-sit-60").RuleId);
    }

    [Fact]
    public void Exercise_PainWithoutName_RegressesTheBentKneeExercises()
    {
        var days = ToRunWalk();
        days.Add(CheckIn.Create(Day(6), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 2));

        var plan = Plan(days, 6);

        var regressed = plan.Changes.Where(c => c.Date == Day(6) && c.RuleId == "R-REHAB-EXERCISE-PAIN").Select(c => c.Subject).ToList();
        Assert.Equal(["step-down", "wall-sit-60", "spanish-squat", "slow-step-up"], regressed);
        Assert.DoesNotContain(plan.Exercises.Session, e => regressed.Contains(e.Id));
        Assert.Contains(plan.Exercises.Session, e => e.Id == "terminal-knee-extension");
    }

    [Fact]
    public void Exercise_ThatHurts_IsReplacedByItsEasierVariation_WhenThatIsNotInTheSession()
    {
        var days = ToProgressiveReturn();
        days.Add(CheckIn.Create(Day(33), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 2, painfulExerciseIds: ["step-down"]));

        var plan = Plan(days, 33, AllFourPassed(32));

        Assert.Equal(RehabPhase.Maintenance, plan.Phase);
        var stand = plan.Exercises.Session.Single(e => e.InPlaceOfId == "step-down");
        Assert.Equal(("slow-step-up", 0), (stand.Id, stand.Level));
        Assert.Contains("Step-down replaced by Slow step-up", plan.Changes[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exercise_WithoutAnEasierVariation_GoesBackADoseLevel()
    {
        List<CheckIn> days = [Good(0), Good(1), Good(2), CheckIn.Create(Day(3), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 2, painfulExerciseIds: ["clamshell"])];

        var plan = Plan(days, 3);

        Assert.Equal((0, 15), (plan.Exercises.Session.Single(e => e.Id == "clamshell").Level, plan.Exercises.Session.Single(e => e.Id == "clamshell").Reps));
        Assert.Contains("Clamshell with band back to 3 × 15", plan.Changes[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ShowsAdviceWithSources_AndSerialisesWithoutCycles()
    {
        var plan = Plan(ToRunWalk(), 6);

        Assert.All(plan.Education.Concat(plan.Adjuncts).Concat(plan.Avoid).Concat(plan.TrainingChanges), a => Assert.False(string.IsNullOrWhiteSpace(a.Source)));
        Assert.Contains(plan.Education, a => a.Id == "EDU-CORTISONE" && a.Source == "Seed B");
        Assert.Contains(plan.Education, a => a.Id == "EDU-SURGERY" && a.Text.Contains("12 months", StringComparison.Ordinal));
        Assert.Contains(plan.Adjuncts, a => a.Id == "ADJ-CADENCE");
        Assert.DoesNotContain(plan.Adjuncts, a => a.Id == "ADJ-ORTHOSES");
        Assert.Equal(["Swimming", "Pool running", "Cycling", "Elliptical"], plan.CrossTraining.Select(x => x.Text));
        Assert.Equal(ExerciseTarget.HipAbductorsExternalRotators, plan.Exercises.Session[0].Target);

        var json = JsonNode.Parse(JsonSerializer.Serialize(plan, WebJson))!;
        Assert.Equal("RunWalk", (string?)json["phase"]);
        Assert.Equal(3, (int?)json["phaseNumber"]);
        Assert.Equal(19, (int?)json["runWalk"]!["step"]!["durationMinutes"]);
        Assert.Equal("clamshell", (string?)json["exercises"]!["session"]![0]!["id"]);
    }
}
