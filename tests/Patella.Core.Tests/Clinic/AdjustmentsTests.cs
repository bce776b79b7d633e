using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Core.Today;
using static Patella.Core.Tests.Rehab.RehabTestData;

namespace Patella.Core.Tests.Clinic;

public class AdjustmentsTests
{
    private const string Physio = "physio@example.org";

    private static PlanAdjustment Phase(int day, RehabPhase phase) => new(AdjustmentKind.Phase, Physio, Day(day), "seen in clinic", Phase: phase);

    private static PlanAdjustment Exercise(int day, AdjustmentKind kind, string id, int? sets = null, int? reps = null, int? hold = null) =>
        new(kind, Physio, Day(day), "knee sore on this one", ExerciseId: id, Sets: sets, Reps: reps, HoldSeconds: hold);

    [Fact]
    public void Apply_WithoutAdjustments_ReturnsThePlanUnchanged()
    {
        var plan = Plan(ToRunWalk(), 6);

        var adjusted = PlanAdjustments.Apply(plan, []);

        Assert.Equal(plan.Phase, adjusted.Plan.Phase);
        Assert.Equal(plan.Exercises.Session, adjusted.Plan.Exercises.Session);
        Assert.Equal(plan.Changes, adjusted.Plan.Changes);
        Assert.Empty(adjusted.Applied);
    }

    [Theory]
    [InlineData(RehabPhase.PainFreeExercise, null, false)]
    [InlineData(RehabPhase.RunWalk, 1, false)]
    [InlineData(RehabPhase.ProgressiveReturn, null, true)]
    public void Apply_Phase_MovesThePlan_AndMarksIt(RehabPhase to, int? runWalkStep, bool easyRun)
    {
        var plan = Plan([.. Enumerable.Range(0, 3).Select(Good)], 4);
        Assert.Equal(RehabPhase.PainFreeExercise, plan.Phase);

        var adjusted = PlanAdjustments.Apply(plan, [Phase(4, to)]).Plan;

        Assert.Equal(to, adjusted.Phase);
        Assert.Equal(runWalkStep, adjusted.RunWalk?.Step.Number);
        Assert.Equal(easyRun, adjusted.EasyRun is not null);
        Assert.All(adjusted.Exercises.Session, e => Assert.Contains(to, ExerciseCatalogue.Default.Get(e.Id).Phases));
        if (to != plan.Phase)
        {
            var change = adjusted.Changes[^1];
            Assert.Equal("R-CLINIC-ADJUST", change.RuleId);
            Assert.Contains($"adjusted by {Physio} on {Day(4):yyyy-MM-dd}: seen in clinic", change.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Apply_IgnoresAdjustmentsDatedAfterThePlansDay()
    {
        var plan = Plan(ToRunWalk(), 6);

        var adjusted = PlanAdjustments.Apply(plan, [Phase(7, RehabPhase.PainFreeExercise)]);

        Assert.Equal(RehabPhase.RunWalk, adjusted.Plan.Phase);
        Assert.Empty(adjusted.Applied);
    }

    [Fact]
    public void Apply_APhaseAdjustment_IsSupersededWhenThePlanLaterChangesPhaseByItsRules()
    {
        // Set to phase 4 on day 6; swelling on day 8 restarts the plan at phase 1 (R-REHAB-REGRESS-RED-FLAG).
        List<CheckIn> days = [.. ToRunWalk(), Good(6), Good(7), CheckIn.Create(Day(8), 2, swelling: true)];
        var plan = Plan(days, 9);

        var adjusted = PlanAdjustments.Apply(plan, [Phase(6, RehabPhase.ProgressiveReturn)]);

        Assert.Equal(RehabPhase.ResolveBaselinePain, adjusted.Plan.Phase);
        Assert.False(adjusted.Applied.Single().InEffect);
        Assert.Contains("superseded", adjusted.Applied.Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void RedFlag_StillRefers_WhateverTheAdjustment()
    {
        List<CheckIn> days = [.. ToRunWalk(), CheckIn.Create(Day(6), 1, swelling: true)];
        var plan = Plan(days, 7);

        var adjusted = PlanAdjustments.Apply(plan, [Phase(7, RehabPhase.ProgressiveReturn)]).Plan;
        var decision = TodayDecision.For(Day(7), adjusted, days);

        Assert.Equal(RehabPhase.ProgressiveReturn, adjusted.Phase);
        Assert.Equal(Decision.Refer, decision.Decision);
        Assert.Null(decision.Prescription);
        Assert.Empty(decision.Exercises);
    }

    [Theory]
    [InlineData(AdjustmentKind.RemoveExercise, "clamshell", true)]
    [InlineData(AdjustmentKind.RemoveExercise, "spanish-squat", false)]
    [InlineData(AdjustmentKind.AddExercise, "spanish-squat", true)]
    [InlineData(AdjustmentKind.AddExercise, "clamshell", false)]
    public void Apply_Exercise_AddsOrRemoves_WhenItChangesTheSession(AdjustmentKind kind, string id, bool inEffect)
    {
        var plan = Plan([Good(0)], 1);
        Assert.Contains(plan.Exercises.Session, e => e.Id == "clamshell");
        Assert.DoesNotContain(plan.Exercises.Session, e => e.Id == "spanish-squat");

        var adjusted = PlanAdjustments.Apply(plan, [Exercise(1, kind, id)]);

        Assert.Equal(inEffect, adjusted.Applied.Single().InEffect);
        var present = adjusted.Plan.Exercises.Session.Any(e => e.Id == id);
        Assert.Equal(kind == AdjustmentKind.AddExercise, present);
        if (kind == AdjustmentKind.AddExercise && inEffect)
        {
            Assert.EndsWith($"(adjusted by {Physio} on {Day(1):yyyy-MM-dd}: knee sore on this one)", adjusted.Plan.Exercises.Session.Single(e => e.Id == id).DoseText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2, 12, null, "2 × 12 per side")]
    [InlineData(3, null, 20, "3 × 20 s hold per side")]
    [InlineData(4, 10, 3, "4 × 10, hold 3 s per side")]
    public void Apply_Dose_SetsSetsRepsHold_AndMarksTheExercise(int sets, int? reps, int? hold, string text)
    {
        var plan = Plan([Good(0)], 1);

        var e = PlanAdjustments.Apply(plan, [Exercise(1, AdjustmentKind.Dose, "clamshell", sets, reps, hold)]).Plan.Exercises.Session.Single(x => x.Id == "clamshell");

        Assert.Equal((sets, reps, hold), (e.Sets, e.Reps, e.HoldSeconds));
        Assert.StartsWith(text, e.DoseText, StringComparison.Ordinal);
        Assert.Contains("adjusted by physio@example.org", e.DoseText, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ALaterAdjustmentOfTheSameItemWins()
    {
        var plan = Plan([Good(0)], 3);

        var e = PlanAdjustments.Apply(plan, [Exercise(2, AdjustmentKind.Dose, "clamshell", 4, 8), Exercise(1, AdjustmentKind.Dose, "clamshell", 2, 20)])
            .Plan.Exercises.Session.Single(x => x.Id == "clamshell");

        Assert.Equal((4, 8), (e.Sets, e.Reps!.Value));
    }

    [Theory]
    [InlineData("Dose", "", null, "clamshell", 3, 10, null, "reason")]
    [InlineData("Dose", "why", null, "clamshell", 0, 10, null, "sets")]
    [InlineData("Dose", "why", null, "clamshell", 3, null, null, "reps, holdSeconds")]
    [InlineData("Dose", "why", null, "clamshell", 3, 101, null, "reps")]
    [InlineData("Dose", "why", null, "clamshell", 3, null, 301, "holdSeconds")]
    [InlineData("AddExercise", "why", null, "no-such-exercise", null, null, null, "exerciseId")]
    [InlineData("Phase", "why", 9, null, null, null, null, "phase")]
    [InlineData("Phase", "why", null, null, null, null, null, "phase")]
    [InlineData("Teleport", "why", null, null, null, null, null, "kind")]
    public void Parse_RefusesBadInput_NamingTheField(string kind, string reason, int? phase, string? exercise, int? sets, int? reps, int? hold, string field)
    {
        var e = Assert.Throws<PlanAdjustmentException>(() => PlanAdjustment.Parse(kind, Physio, Day(0), reason, phase, exercise, sets, reps, hold, ExerciseCatalogue.Default));

        Assert.StartsWith(field + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsAGoodPhaseAdjustment()
    {
        var a = PlanAdjustment.Parse("phase", Physio, Day(0), " back to basics ", 1, null, null, null, null, ExerciseCatalogue.Default);

        Assert.Equal((AdjustmentKind.Phase, RehabPhase.ResolveBaselinePain, "back to basics"), (a.Kind, a.Phase!.Value, a.Reason));
    }
}
