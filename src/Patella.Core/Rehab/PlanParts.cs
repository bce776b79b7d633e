using System.Text.Json.Serialization;
using Patella.Core.Assessment;

namespace Patella.Core.Rehab;

/// <summary>Where the runner's rehab began: the day and, when there is one, the assessment that started it.</summary>
/// <param name="StartedOn">The runner's local date of the first day of the plan; check-ins before it are ignored.</param>
/// <param name="Assessment">The latest knee assessment: its red flags block running, its factors shape the advice.</param>
public sealed record RehabStart(DateOnly StartedOn, AssessmentResult? Assessment = null);

/// <summary>An exercise as prescribed today: the catalogue entry at its current dose.</summary>
/// <param name="Id">Catalogue id of the exercise to do (an easier variation when regressed).</param>
/// <param name="InPlaceOfId">The exercise of the phase this one stands in for, when regressed; otherwise null.</param>
/// <param name="Reps">Repetitions (or steps) per set; null for a hold.</param>
/// <param name="HoldSeconds">Hold, seconds (the whole set for a hold, the pause for repetitions); null without one.</param>
/// <param name="Level">Dose level: 0 = low end of the source's range, 1 = top of the range, 2 = one more set.</param>
/// <param name="DoseText">The dose as a runner reads it, e.g. "3 × 15 per side".</param>
public sealed record PrescribedExercise(
    string Id,
    string Name,
    ExerciseTarget Target,
    string? InPlaceOfId,
    int Sets,
    int? Reps,
    int? HoldSeconds,
    bool PerSide,
    int Level,
    string DoseText,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> Contraindications,
    string Source);

/// <summary>What a plan change is about.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanChangeKind>))]
public enum PlanChangeKind
{
    Phase,
    RunWalkStep,
    Exercise,
}

/// <summary>One change the plan made on its own, with the rule and the numbers behind it.</summary>
/// <param name="Date">The check-in (or clearance) date that caused it.</param>
/// <param name="Subject">The exercise id, the step ("step 3") or the phase name it changed.</param>
/// <param name="Text">What changed and why, with the numbers.</param>
public sealed record PlanChange(DateOnly Date, PlanChangeKind Kind, string RuleId, string Subject, string Text);

/// <summary>One criterion to leave the current phase, met or still missing.</summary>
/// <param name="Evidence">The numbers: e.g. "2 of 3 check-ins in a row".</param>
public sealed record PhaseCriterion(string RuleId, string Text, bool Met, string Evidence)
{
    /// <summary>How many of <see cref="Needed"/> are done (check-ins or sessions in a row); null when the criterion is not a count.</summary>
    public int? Done { get; init; }

    /// <summary>How many the criterion needs; null when it is not a count.</summary>
    public int? Needed { get; init; }
}

/// <summary>Where the runner is on the run/walk ladder.</summary>
/// <param name="PassesAtStep">Sessions passed at this step since reaching it.</param>
/// <param name="PassesNeeded">Passes needed before moving on (Crowell 2023: 2).</param>
/// <param name="LastRunDate">The last logged run, for the rest day between sessions.</param>
public sealed record RunWalkPosition(RunWalkStep Step, int StepCount, int PassesAtStep, int PassesNeeded, DateOnly? LastRunDate);

/// <summary>The easy run of phase 4 and maintenance.</summary>
/// <param name="DurationMinutes">Today's easy run: 30 min grown by 10% for each full week since phase 4 began (or since the last run over the pain rule).</param>
/// <param name="PainFreeFlatWeeks">Full weeks at flat volume without a run over the pain rule: fed to the downhill gate.</param>
/// <param name="DownhillAllowed">From <c>Downhill.ReturnGate</c>: true from 3 pain-free flat weeks.</param>
/// <param name="TempoAllowed">Tempo or intervals: only when fully cleared and downhill is allowed (<see cref="RehabRules.NoTempo"/>).</param>
/// <param name="DownhillAdvice">The gate's advice.</param>
public sealed record EasyRunTarget(int DurationMinutes, int PainFreeFlatWeeks, bool DownhillAllowed, bool TempoAllowed, string DownhillRuleId, string DownhillAdvice);

/// <summary>The week's exercise sessions.</summary>
/// <param name="SessionsPerWeek">At least this many (3 in phases 1-4, 2 in maintenance).</param>
/// <param name="SuggestedDays">Suggested days in this ISO week; any days work.</param>
/// <param name="DoneThisWeek">Check-ins with exercises done this ISO week, through the plan's day.</param>
/// <param name="DoneLast7Days">Check-ins with exercises done in the 7 days ending on the plan's day.</param>
/// <param name="Session">One session, hip work first.</param>
public sealed record ExerciseWeek(
    int SessionsPerWeek,
    IReadOnlyList<DateOnly> SuggestedDays,
    int DoneThisWeek,
    int DoneLast7Days,
    string RuleId,
    IReadOnlyList<PrescribedExercise> Session);

/// <summary>A piece of advice with its evidence and source (adjuncts, education, what to avoid, training changes).</summary>
/// <param name="Id">Stable id: a rule id when a rule says it, else an advice id such as <c>EDU-CORTISONE</c>.</param>
/// <param name="Evidence">How good the evidence is, in a line; or the runner's own numbers behind it.</param>
public sealed record PlanAdvice(string Id, string Text, string Evidence, string Source);
