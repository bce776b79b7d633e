using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Rules;

namespace Patella.Core.Rehab.Adjustments;

/// <summary>One adjustment as applied to a plan: whether it changed anything, and the line shown on what it changed.</summary>
/// <param name="Subject">What it is about: "phase" or the exercise id.</param>
/// <param name="InEffect">False when it changed nothing on this day (superseded, or the exercise is not in the session).</param>
/// <param name="Note">"adjusted by … on …: reason", or why it is not in effect.</param>
public sealed record AppliedAdjustment(PlanAdjustment Adjustment, string Subject, bool InEffect, string Note);

/// <summary>The computed plan with a clinician's adjustments laid over it.</summary>
/// <param name="Plan">The plan as the runner follows it; each change is also in <see cref="RehabPlan.Changes"/> under <see cref="PlanAdjustments.Rule"/>.</param>
/// <param name="Applied">Every adjustment dated on or before the plan's day, oldest first.</param>
public sealed record AdjustedPlan(RehabPlan Plan, IReadOnlyList<AppliedAdjustment> Applied);

/// <summary>
/// Lays clinician adjustments over the plan Patella computed. Adjustments never touch the check-ins or the rules that read
/// them, so red flags still win: a swelling, a giving way or an assessment red flag makes today's decision "refer" whatever
/// the plan says (<see cref="Today.TodayDecision"/> decides that from the check-ins and the assessment, not from the plan),
/// and a phase adjustment holds only until the plan's own rules next change phase (a progression, a regression or the
/// red-flag restart at phase 1).
/// </summary>
public static class PlanAdjustments
{
    /// <summary>The rule id every adjusted item carries.</summary>
    public static ClinicalRule Rule { get; } = new("R-CLINIC-ADJUST",
        "Adjusted by your clinician; red flags still refer", "Patella convention: the clinician decides the plan, Patella keeps the safety rules (seeds A and C red flags)");

    /// <summary>
    /// The plan with every adjustment dated on or before <see cref="RehabPlan.Day"/> applied in date order (a later one wins
    /// over an earlier one on the same item). Each changed item is marked with <see cref="PlanAdjustment.Note"/>.
    /// </summary>
    /// <param name="catalogue">Where added exercises come from; the built-in catalogue when null.</param>
    public static AdjustedPlan Apply(RehabPlan plan, IReadOnlyList<PlanAdjustment> adjustments, ExerciseCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(adjustments);
        catalogue ??= ExerciseCatalogue.Default;
        var due = adjustments.Where(a => a.On <= plan.Day).OrderBy(a => a.On).ToList();
        var applied = new List<AppliedAdjustment>();
        var changes = plan.Changes.ToList();
        var session = plan.Exercises.Session.ToList();
        var result = plan;

        // The phase first: it decides the session the exercise changes work on.
        var phase = due.LastOrDefault(a => a.Kind == AdjustmentKind.Phase);
        foreach (var a in due.Where(a => a.Kind == AdjustmentKind.Phase))
        {
            var superseded = plan.Changes.Any(c => c.Kind == PlanChangeKind.Phase && c.Date >= a.On);
            var replaced = !ReferenceEquals(a, phase);
            var inEffect = !superseded && !replaced;
            applied.Add(new(a, "phase", inEffect, inEffect ? a.Note
                : superseded ? a.Note + " (superseded: the plan's own rules changed phase since)"
                : a.Note + " (replaced by a later phase adjustment)"));
            if (inEffect && a.Phase is { } to && to != plan.Phase)
            {
                result = ToPhase(result, to, a, catalogue);
                session = [.. result.Exercises.Session];
                changes.Add(new(a.On, PlanChangeKind.Phase, Rule.Id, to.ToString(), Text($"phase {(int)plan.Phase} → {(int)to}: {a.Note}")));
            }
        }

        foreach (var a in due.Where(a => a.Kind != AdjustmentKind.Phase))
        {
            var exercise = catalogue.Find(a.ExerciseId ?? "");
            var index = session.FindIndex(p => p.Id == a.ExerciseId || p.InPlaceOfId == a.ExerciseId);
            var inEffect = a.Kind switch
            {
                AdjustmentKind.AddExercise when exercise is not null && index < 0 => Add(session, exercise, a),
                AdjustmentKind.RemoveExercise when index >= 0 => Remove(session, index),
                AdjustmentKind.Dose when index >= 0 => SetDose(session, index, a, catalogue),
                _ => false,
            };
            applied.Add(new(a, a.ExerciseId ?? "", inEffect, inEffect ? a.Note : a.Note + NotInEffect(a.Kind)));
            if (inEffect)
            {
                changes.Add(new(a.On, PlanChangeKind.Exercise, Rule.Id, a.ExerciseId!, Text($"{Describe(a, catalogue)} ({a.Note})")));
            }
        }

        return new AdjustedPlan(result with { Exercises = result.Exercises with { Session = session }, Changes = changes }, applied);
    }

    private static RehabPlan ToPhase(RehabPlan plan, RehabPhase to, PlanAdjustment a, ExerciseCatalogue catalogue)
    {
        var gate = Downhill.ReturnGate(0);
        var easy = to >= RehabPhase.ProgressiveReturn
            ? plan.EasyRun ?? new EasyRunTarget(RunWalkLadder.Last.DurationMinutes, 0, gate.DownhillAllowed, false, gate.Rule.Id, gate.Advice)
            : null;
        var runWalk = to == RehabPhase.RunWalk
            ? plan.RunWalk ?? new RunWalkPosition(RunWalkLadder.Steps[0], RunWalkLadder.Steps.Count, 0, RehabRules.PassesPerStep, plan.LastRun?.Date)
            : null;
        List<PrescribedExercise> session = [.. catalogue.For(to)
            .OrderBy(e => e.Target == ExerciseTarget.HipAbductorsExternalRotators ? 0 : 1)
            .Select(e => Dose.Prescribe(e, 0, null))];
        return plan with
        {
            Phase = to,
            PhaseSince = a.On,
            RunWalk = runWalk,
            EasyRun = easy,
            Criteria = [new PhaseCriterion(Rule.Id, Text($"Phase {(int)to} set by your clinician"), true, a.Note)],
            Exercises = plan.Exercises with { Session = session },
        };
    }

    private static bool Add(List<PrescribedExercise> session, Exercise e, PlanAdjustment a)
    {
        var p = Dose.Prescribe(e, 0, null);
        session.Add(p with { DoseText = Marked(p.DoseText, a) });
        return true;
    }

    private static bool Remove(List<PrescribedExercise> session, int index)
    {
        session.RemoveAt(index);
        return true;
    }

    private static bool SetDose(List<PrescribedExercise> session, int index, PlanAdjustment a, ExerciseCatalogue catalogue)
    {
        var p = session[index];
        var tempo = catalogue.Find(p.Id)?.Dose.Tempo;
        var body = a.Reps is { } r
            ? Text($"{a.Sets} × {r}") + (a.HoldSeconds is { } h ? Text($", hold {h} s") : "")
            : Text($"{a.Sets} × {a.HoldSeconds} s hold");
        var text = body + (p.PerSide ? " per side" : "") + (tempo is null ? "" : "; " + tempo);
        session[index] = p with { Sets = a.Sets!.Value, Reps = a.Reps, HoldSeconds = a.HoldSeconds, DoseText = Marked(text, a) };
        return true;
    }

    private static string Marked(string doseText, PlanAdjustment a) => doseText + " (" + a.Note + ")";

    /// <summary>
    /// What an adjustment sets, in words: "Phase 2 of 4: pain-free exercise", "Clamshell with band added", "Clamshell with
    /// band: 2 sets × 12". Exercises by the name the session shows, not their id.
    /// </summary>
    /// <param name="catalogue">Where the exercise's name is looked up; the built-in catalogue when null.</param>
    public static string Describe(PlanAdjustment adjustment, ExerciseCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        var a = adjustment;
        var exercise = (catalogue ?? ExerciseCatalogue.Default).Find(a.ExerciseId ?? "")?.Name ?? a.ExerciseId;
        return a.Kind switch
        {
            AdjustmentKind.Phase => a.Phase!.Value.Title(),
            AdjustmentKind.AddExercise => Text($"{exercise} added"),
            AdjustmentKind.RemoveExercise => Text($"{exercise} removed"),
            _ => Text($"{exercise}: {a.Sets} sets") + (a.Reps is { } r ? Text($" × {r}") : "") + (a.HoldSeconds is { } h ? Text($", hold {h} s") : ""),
        };
    }

    private static string NotInEffect(AdjustmentKind kind) => kind == AdjustmentKind.AddExercise
        ? " (already in the session)"
        : " (not in this phase's session, so nothing changed)";

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
