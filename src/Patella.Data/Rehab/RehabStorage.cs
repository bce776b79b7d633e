using Microsoft.EntityFrameworkCore;
using Patella.Core.Rehab;

namespace Patella.Data.Rehab;

/// <summary>Stores check-ins, clearance records and the rehab start, and reads them back as Core's values.</summary>
public static class RehabStorage
{
    /// <summary>Stores a check-in; one already stored for the same runner and date is replaced whole (one SaveChanges).</summary>
    /// <returns>True when it replaced an earlier check-in for that date.</returns>
    public static bool Save(PatellaDb db, long runnerId, CheckIn checkIn, DateTime nowUtc) =>
        Save(db, runnerId, checkIn, nowUtc, CheckInMerge.ReplaceAll).Replaced;

    /// <summary>
    /// Stores a check-in, meeting one already stored for the same runner and date as <paramref name="merge"/> says
    /// (one SaveChanges). When another client stores the same date between our read and our insert, the row is read
    /// again and met the same way.
    /// </summary>
    public static CheckInSaved Save(PatellaDb db, long runnerId, CheckIn checkIn, DateTime nowUtc, CheckInMerge merge)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checkIn);
        try
        {
            return SaveOnce(db, runnerId, checkIn, nowUtc, merge);
        }
        catch (DbUpdateException) when (db.CheckIns.AsNoTracking().Any(c => c.RunnerId == runnerId && c.Date == checkIn.Date))
        {
            // Another client (a second web instance) stored this date between our read and our insert: meet its row.
            db.ChangeTracker.Clear();
            return SaveOnce(db, runnerId, checkIn, nowUtc, merge);
        }
    }

    private static CheckInSaved SaveOnce(PatellaDb db, long runnerId, CheckIn checkIn, DateTime nowUtc, CheckInMerge merge)
    {
        var row = db.CheckIns.AsTracking().SingleOrDefault(c => c.RunnerId == runnerId && c.Date == checkIn.Date);
        var earlier = row?.ToDomain();
        if (row is null)
        {
            row = new StoredCheckIn { RunnerId = runnerId, Date = checkIn.Date };
            db.CheckIns.Add(row);
        }

        var (stored, kept) = earlier is not null && merge == CheckInMerge.KeepUnset ? Merged(earlier, checkIn) : (checkIn, []);
        Write(row, stored);
        row.RecordedUtc = nowUtc;
        db.SaveChanges();
        return new CheckInSaved(earlier is not null, stored, kept);
    }

    /// <summary>
    /// The later check-in over the earlier one, field by field: a value the later one sets replaces, one it leaves unset
    /// (null, false, empty) keeps the earlier value. Pain at rest is required, so it always replaces. The exercise pain and
    /// the exercises that hurt go together: a later exercise pain brings its own list, so a list never outlives its pain.
    /// </summary>
    private static (CheckIn Merged, IReadOnlyList<string> Kept) Merged(CheckIn earlier, CheckIn later)
    {
        var kept = new List<string>();
        T? Keep<T>(T? value, T? before, string name) where T : struct
        {
            if (value is null && before is not null)
            {
                kept.Add(name);
                return before;
            }

            return value;
        }

        bool Flag(bool value, bool before, string name)
        {
            if (!value && before)
            {
                kept.Add(name);
                return true;
            }

            return value;
        }

        var merged = new CheckIn(
            later.Date,
            later.PainAtRest,
            Keep(later.PainDuringRun, earlier.PainDuringRun, nameof(CheckIn.PainDuringRun)),
            Keep(later.PainAfterRun, earlier.PainAfterRun, nameof(CheckIn.PainAfterRun)),
            Keep(later.PainNextMorning, earlier.PainNextMorning, nameof(CheckIn.PainNextMorning)),
            Keep(later.StairsDownPain, earlier.StairsDownPain, nameof(CheckIn.StairsDownPain)),
            Flag(later.Swelling, earlier.Swelling, nameof(CheckIn.Swelling)),
            Flag(later.LimpOrChangedStride, earlier.LimpOrChangedStride, nameof(CheckIn.LimpOrChangedStride)),
            Flag(later.GivingWay, earlier.GivingWay, nameof(CheckIn.GivingWay)),
            Flag(later.ExercisesDone, earlier.ExercisesDone, nameof(CheckIn.ExercisesDone)),
            Keep(later.ExercisePain, earlier.ExercisePain, nameof(CheckIn.ExercisePain)),
            Keep(later.Rpe, earlier.Rpe, nameof(CheckIn.Rpe)),
            Keep(later.Sleep, earlier.Sleep, nameof(CheckIn.Sleep)),
            Keep(later.Fatigue, earlier.Fatigue, nameof(CheckIn.Fatigue)),
            Keep(later.Stress, earlier.Stress, nameof(CheckIn.Stress)),
            later.Note is null && earlier.Note is not null ? Kept(earlier.Note, nameof(CheckIn.Note)) : later.Note)
        {
            RunMinutes = Keep(later.RunMinutes, earlier.RunMinutes, nameof(CheckIn.RunMinutes)),
            Stiffness = Flag(later.Stiffness, earlier.Stiffness, nameof(CheckIn.Stiffness)),
            PainfulExerciseIds = later.ExercisePain is null && later.PainfulExerciseIds.Count == 0 && earlier.PainfulExerciseIds.Count > 0
                ? Kept(earlier.PainfulExerciseIds, nameof(CheckIn.PainfulExerciseIds))
                : later.PainfulExerciseIds,
        };
        return (merged, kept);

        TValue Kept<TValue>(TValue value, string name)
        {
            kept.Add(name);
            return value;
        }
    }

    private static void Write(StoredCheckIn row, CheckIn checkIn)
    {
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

/// <summary>How a check-in meets one already stored for the same runner and date.</summary>
public enum CheckInMerge
{
    /// <summary>
    /// The new check-in replaces the stored one whole: for a full form that shows every field pre-filled with the stored
    /// values (the web's), where a cleared value or an unticked box is the runner's explicit "no".
    /// </summary>
    ReplaceAll,

    /// <summary>
    /// Values the new check-in leaves unset keep the stored ones; values it sets replace them; pain at rest always
    /// replaces. For a partial entry (the CLI's options): a flag not given (swelling, limp, giving way, stiffness,
    /// exercises done) is not a "no", so a "yes" logged earlier that day stays.
    /// </summary>
    KeepUnset,
}

/// <summary>What <see cref="RehabStorage.Save(PatellaDb, long, CheckIn, DateTime, CheckInMerge)"/> stored.</summary>
/// <param name="Replaced">True when a check-in for that date was stored before and this one was written over it.</param>
/// <param name="Stored">The check-in as stored now, the kept values included.</param>
/// <param name="Kept">
/// The <see cref="CheckIn"/> properties (their C# names) kept from the earlier check-in because the new one left them
/// unset, in declaration order; empty for <see cref="CheckInMerge.ReplaceAll"/> or without an earlier check-in.
/// </param>
public sealed record CheckInSaved(bool Replaced, CheckIn Stored, IReadOnlyList<string> Kept);
