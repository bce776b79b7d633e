using System.Globalization;
using System.Text.Json.Serialization;

namespace Patella.Core.Rehab.Adjustments;

/// <summary>What a clinician changed in the computed plan.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdjustmentKind>))]
public enum AdjustmentKind
{
    /// <summary>Put the runner in <see cref="PlanAdjustment.Phase"/>.</summary>
    Phase,

    /// <summary>Add a catalogue exercise to the session.</summary>
    AddExercise,

    /// <summary>Take an exercise out of the session.</summary>
    RemoveExercise,

    /// <summary>Set the sets, repetitions and hold of an exercise in the session.</summary>
    Dose,
}

/// <summary>A plan that cannot be adjusted as asked: the message names the field and the reason; nothing was stored.</summary>
public sealed class PlanAdjustmentException(string message) : Exception(message)
{
    public PlanAdjustmentException()
        : this("the plan adjustment is not valid")
    {
    }

    public PlanAdjustmentException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>
/// One change a clinician made to a runner's plan, with the reason the runner sees. Pure data: <see cref="PlanAdjustments.Apply"/>
/// lays it over the plan Patella computed from the check-ins, so the computed plan and its rules stay the record.
/// </summary>
/// <param name="By">Who adjusted it, as the runner should read it (the clinician's name or email).</param>
/// <param name="On">The runner's local date the adjustment takes effect; plans for earlier days ignore it.</param>
/// <param name="Reason">Why, in the clinician's words, 1 to <see cref="MaxReasonLength"/> characters: required.</param>
/// <param name="Phase">The phase for <see cref="AdjustmentKind.Phase"/>; else null.</param>
/// <param name="ExerciseId">Catalogue id for the exercise kinds; else null.</param>
/// <param name="Sets">Sets for <see cref="AdjustmentKind.Dose"/>, 1 to <see cref="MaxSets"/>.</param>
/// <param name="Reps">Repetitions per set for <see cref="AdjustmentKind.Dose"/>, 1 to <see cref="MaxReps"/>; null for a pure hold.</param>
/// <param name="HoldSeconds">Hold, seconds, for <see cref="AdjustmentKind.Dose"/>, 1 to <see cref="MaxHoldSeconds"/>; null without one.</param>
public sealed record PlanAdjustment(
    AdjustmentKind Kind,
    string By,
    DateOnly On,
    string Reason,
    RehabPhase? Phase = null,
    string? ExerciseId = null,
    int? Sets = null,
    int? Reps = null,
    int? HoldSeconds = null)
{
    /// <summary>Longest reason accepted, characters.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Most sets a clinician may set (Patella convention: above the catalogue's 4, never a marathon session).</summary>
    public const int MaxSets = 10;

    /// <summary>Most repetitions per set.</summary>
    public const int MaxReps = 100;

    /// <summary>Longest hold, seconds (5 minutes).</summary>
    public const int MaxHoldSeconds = 300;

    /// <summary>The line the runner reads on every item this adjustment changed.</summary>
    public string Note => string.Create(CultureInfo.InvariantCulture, $"adjusted by {By} on {On:yyyy-MM-dd}: {Reason}");

    /// <summary>
    /// Checks the adjustment against the catalogue it will be applied with.
    /// </summary>
    /// <exception cref="PlanAdjustmentException">No reason or author; a phase kind without a phase; an exercise id not in the
    /// catalogue; a dose without sets, with neither repetitions nor a hold, or out of its range.</exception>
    public PlanAdjustment Validated(ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength)
        {
            throw new PlanAdjustmentException(string.Create(CultureInfo.InvariantCulture, $"reason: say why, in 1 to {MaxReasonLength} characters (the runner reads it)"));
        }

        if (string.IsNullOrWhiteSpace(By))
        {
            throw new PlanAdjustmentException("by: who adjusted the plan is required");
        }

        switch (Kind)
        {
            case AdjustmentKind.Phase when Phase is not { } p || !Enum.IsDefined(p):
                throw new PlanAdjustmentException("phase: choose a phase from 1 to 5");
            case AdjustmentKind.AddExercise or AdjustmentKind.RemoveExercise or AdjustmentKind.Dose when ExerciseId is null || catalogue.Find(ExerciseId) is null:
                throw new PlanAdjustmentException($"exerciseId: '{ExerciseId}' is not an exercise in the catalogue");
            case AdjustmentKind.Dose:
                CheckDose();
                break;
        }

        return this;
    }

    /// <summary>The adjustment from form or JSON fields; <paramref name="kind"/> is the enum name, any case.</summary>
    /// <exception cref="PlanAdjustmentException">An unknown kind, or anything <see cref="Validated"/> refuses.</exception>
    public static PlanAdjustment Parse(string? kind, string by, DateOnly on, string? reason, int? phase, string? exerciseId, int? sets, int? reps, int? holdSeconds, ExerciseCatalogue catalogue)
    {
        if (!Enum.TryParse<AdjustmentKind>(kind, ignoreCase: true, out var k) || !Enum.IsDefined(k))
        {
            throw new PlanAdjustmentException($"kind: '{kind}' is not one of Phase, AddExercise, RemoveExercise, Dose");
        }

        var emptyExercise = string.IsNullOrWhiteSpace(exerciseId);
        return new PlanAdjustment(
            k,
            by,
            on,
            reason?.Trim() ?? "",
            k == AdjustmentKind.Phase && phase is { } p ? (RehabPhase)p : null,
            k == AdjustmentKind.Phase || emptyExercise ? null : exerciseId!.Trim(),
            k == AdjustmentKind.Dose ? sets : null,
            k == AdjustmentKind.Dose ? reps : null,
            k == AdjustmentKind.Dose ? holdSeconds : null).Validated(catalogue);
    }

    private void CheckDose()
    {
        if (Sets is not (>= 1 and <= MaxSets))
        {
            throw new PlanAdjustmentException(string.Create(CultureInfo.InvariantCulture, $"sets: 1 to {MaxSets}"));
        }

        if (Reps is null && HoldSeconds is null)
        {
            throw new PlanAdjustmentException("reps, holdSeconds: give repetitions, a hold, or both");
        }

        if (Reps is { } r && r is < 1 or > MaxReps)
        {
            throw new PlanAdjustmentException(string.Create(CultureInfo.InvariantCulture, $"reps: 1 to {MaxReps}"));
        }

        if (HoldSeconds is { } h && h is < 1 or > MaxHoldSeconds)
        {
            throw new PlanAdjustmentException(string.Create(CultureInfo.InvariantCulture, $"holdSeconds: 1 to {MaxHoldSeconds}"));
        }
    }
}
