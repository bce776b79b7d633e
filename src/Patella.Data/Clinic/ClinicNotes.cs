using Microsoft.EntityFrameworkCore;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Data.Accounts;

namespace Patella.Data.Clinic;

/// <summary>
/// What a clinician writes on a runner's record: notes and plan adjustments. Only while the runner's grant stands
/// (<see cref="Consent.IsSharedWith"/>); the runner reads both on their own pages.
/// </summary>
public static class ClinicNotes
{
    /// <summary>Longest note accepted, characters.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Stores a note; null when the runner does not share with this clinician (the caller answers 404).</summary>
    /// <exception cref="ClinicException">Empty, or longer than <see cref="MaxNoteLength"/>.</exception>
    public static ClinicianNote? Write(PatellaDb db, long clinicianAccountId, long runnerId, string? text, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Author(db, clinicianAccountId, runnerId) is not { } author)
        {
            return null;
        }

        var body = text?.Trim() ?? "";
        if (body.Length is 0 or > MaxNoteLength)
        {
            throw new ClinicException($"text: write 1 to {MaxNoteLength} characters");
        }

        var note = new ClinicianNote { RunnerId = runnerId, ClinicianAccountId = clinicianAccountId, Author = author, Text = body, WrittenUtc = nowUtc };
        db.ClinicianNotes.Add(note);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return note;
    }

    /// <summary>The runner's notes, newest first.</summary>
    public static IReadOnlyList<ClinicianNote> NotesOf(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.ClinicianNotes.AsNoTracking().Where(n => n.RunnerId == runnerId).OrderByDescending(n => n.WrittenUtc).ThenByDescending(n => n.Id)];
    }

    /// <summary>
    /// Stores an adjustment (validated against the built-in catalogue, with the clinician as its author); null when the
    /// runner does not share with this clinician.
    /// </summary>
    /// <param name="adjustment">Its <see cref="PlanAdjustment.By"/> is replaced by the clinician's email.</param>
    /// <exception cref="PlanAdjustmentException">Anything <see cref="PlanAdjustment.Validated"/> refuses.</exception>
    public static StoredPlanAdjustment? Adjust(PatellaDb db, long clinicianAccountId, long runnerId, PlanAdjustment adjustment, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(adjustment);
        if (Author(db, clinicianAccountId, runnerId) is not { } author)
        {
            return null;
        }

        var a = (adjustment with { By = author }).Validated(ExerciseCatalogue.Default);
        var row = new StoredPlanAdjustment
        {
            RunnerId = runnerId,
            ClinicianAccountId = clinicianAccountId,
            Author = author,
            AdjustedOn = a.On,
            Kind = a.Kind.ToString(),
            Phase = a.Phase is { } p ? (int)p : null,
            ExerciseId = a.ExerciseId,
            Sets = a.Sets,
            Reps = a.Reps,
            HoldSeconds = a.HoldSeconds,
            Reason = a.Reason,
            RecordedUtc = nowUtc,
        };
        db.PlanAdjustments.Add(row);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return row;
    }

    /// <summary>The runner's adjustments in the order they were made.</summary>
    public static IReadOnlyList<PlanAdjustment> AdjustmentsOf(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.PlanAdjustments.AsNoTracking().Where(a => a.RunnerId == runnerId).OrderBy(a => a.Id).AsEnumerable().Select(ToDomain)];
    }

    /// <summary>The stored row as Core's record.</summary>
    public static PlanAdjustment ToDomain(this StoredPlanAdjustment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new PlanAdjustment(Enum.Parse<AdjustmentKind>(row.Kind), row.Author, row.AdjustedOn, row.Reason,
            row.Phase is { } p ? (RehabPhase)p : null, row.ExerciseId, row.Sets, row.Reps, row.HoldSeconds);
    }

    private static string? Author(PatellaDb db, long clinicianAccountId, long runnerId) =>
        Consent.IsSharedWith(db, clinicianAccountId, runnerId)
            ? db.Accounts.AsNoTracking().Where(a => a.Id == clinicianAccountId).Select(a => a.Email).Single()
            : null;
}
