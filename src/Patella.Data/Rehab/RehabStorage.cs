using Microsoft.EntityFrameworkCore;
using Patella.Core.Rehab;

namespace Patella.Data.Rehab;

/// <summary>Stores check-ins, clearance records and the rehab start, and reads them back as Core's values.</summary>
public static class RehabStorage
{
    /// <summary>Stores a check-in; one already stored for the same runner and date is replaced (one SaveChanges).</summary>
    /// <returns>True when it replaced an earlier check-in for that date.</returns>
    public static bool Save(PatellaDb db, long runnerId, CheckIn checkIn, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checkIn);
        try
        {
            return SaveOnce(db, runnerId, checkIn, nowUtc);
        }
        catch (DbUpdateException) when (db.CheckIns.AsNoTracking().Any(c => c.RunnerId == runnerId && c.Date == checkIn.Date))
        {
            // Another client (a second web instance) stored this date between our read and our insert: replace its row.
            db.ChangeTracker.Clear();
            return SaveOnce(db, runnerId, checkIn, nowUtc);
        }
    }

    private static bool SaveOnce(PatellaDb db, long runnerId, CheckIn checkIn, DateTime nowUtc)
    {
        var row = db.CheckIns.AsTracking().SingleOrDefault(c => c.RunnerId == runnerId && c.Date == checkIn.Date);
        var replaced = row is not null;
        if (row is null)
        {
            row = new StoredCheckIn { RunnerId = runnerId, Date = checkIn.Date };
            db.CheckIns.Add(row);
        }

        row.PainAtRest = checkIn.PainAtRest.Points;
        row.PainDuringRun = checkIn.PainDuringRun?.Points;
        row.PainAfterRun = checkIn.PainAfterRun?.Points;
        row.PainNextMorning = checkIn.PainNextMorning?.Points;
        row.StairsDownPain = checkIn.StairsDownPain?.Points;
        row.Swelling = checkIn.Swelling;
        row.LimpOrChangedStride = checkIn.LimpOrChangedStride;
        row.GivingWay = checkIn.GivingWay;
        row.ExercisesDone = checkIn.ExercisesDone;
        row.ExercisePain = checkIn.ExercisePain?.Points;
        row.Rpe = checkIn.Rpe?.Points;
        row.Sleep = checkIn.Sleep?.Points;
        row.Fatigue = checkIn.Fatigue?.Points;
        row.Stress = checkIn.Stress?.Points;
        row.Stiffness = checkIn.Stiffness;
        row.PainfulExerciseIds = checkIn.PainfulExerciseIds.Count > 0 ? string.Join('\n', checkIn.PainfulExerciseIds) : null;
        row.RunMinutes = checkIn.RunMinutes;
        row.Note = checkIn.Note;
        row.RecordedUtc = nowUtc;
        db.SaveChanges();
        return replaced;
    }

    /// <summary>The runner's check-ins, oldest date first.</summary>
    public static IQueryable<StoredCheckIn> CheckInsOf(this IQueryable<StoredCheckIn> rows, long runnerId) =>
        rows.AsNoTracking().Where(c => c.RunnerId == runnerId).OrderBy(c => c.Date);

    /// <summary>The stored check-in as Core's value, validated again by <see cref="CheckIn.Create"/>.</summary>
    public static CheckIn ToDomain(this StoredCheckIn row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return CheckIn.Create(
            row.Date, row.PainAtRest, row.PainDuringRun, row.PainAfterRun, row.PainNextMorning, row.StairsDownPain,
            row.Swelling, row.LimpOrChangedStride, row.GivingWay, row.ExercisesDone, row.ExercisePain,
            row.Rpe, row.Sleep, row.Fatigue, row.Stress, row.Note, row.RunMinutes, row.Stiffness,
            row.PainfulExerciseIds is { Length: > 0 } ids ? ids.Split('\n') : null);
    }

    /// <summary>Stores one clearance record; earlier ones of the same test stay as history.</summary>
    public static StoredClearanceRecord Save(PatellaDb db, long runnerId, ClearanceRecord record, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        var row = new StoredClearanceRecord
        {
            RunnerId = runnerId,
            Test = record.Test,
            Date = record.Date,
            Passed = record.Passed,
            Evidence = record.Evidence,
            LimbSymmetryIndexPercent = record.LimbSymmetryIndexPercent,
            RecordedUtc = nowUtc,
        };
        db.ClearanceRecords.Add(row);
        db.SaveChanges();
        return row;
    }

    /// <summary>The runner's clearance records, oldest first; on one date, in the order stored (the later counts).</summary>
    public static IQueryable<StoredClearanceRecord> ClearanceOf(this IQueryable<StoredClearanceRecord> rows, long runnerId) =>
        rows.AsNoTracking().Where(c => c.RunnerId == runnerId).OrderBy(c => c.Date).ThenBy(c => c.Id);

    public static ClearanceRecord ToDomain(this StoredClearanceRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ClearanceRecord(row.Test, row.Date, row.Passed, row.Evidence, row.LimbSymmetryIndexPercent);
    }

    /// <summary>Sets the first day of the runner's plan, replacing an earlier one.</summary>
    public static void SetStart(PatellaDb db, long runnerId, DateOnly startedOn, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = db.RehabStarts.AsTracking().SingleOrDefault(s => s.RunnerId == runnerId);
        if (row is null)
        {
            row = new StoredRehabStart { RunnerId = runnerId };
            db.RehabStarts.Add(row);
        }

        row.StartedOn = startedOn;
        row.RecordedUtc = nowUtc;
        db.SaveChanges();
    }
}
