using Microsoft.EntityFrameworkCore;

namespace Patella.Data.Rehab;

/// <summary>Stores and reads the done ticks of a day's exercises.</summary>
public static class ExerciseTicks
{
    /// <summary>Ticks (<paramref name="done"/> true) or unticks one exercise for a date. Idempotent: ticking twice keeps one row.</summary>
    /// <returns>True when something changed.</returns>
    public static bool Set(PatellaDb db, long runnerId, DateOnly date, string exerciseId, bool done, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(exerciseId);
        var row = db.ExerciseTicks.AsTracking().SingleOrDefault(t => t.RunnerId == runnerId && t.Date == date && t.ExerciseId == exerciseId);
        if (done == (row is not null))
        {
            return false;
        }

        if (done)
        {
            db.ExerciseTicks.Add(new StoredExerciseTick { RunnerId = runnerId, Date = date, ExerciseId = exerciseId, TickedUtc = nowUtc });
        }
        else
        {
            db.ExerciseTicks.Remove(row!);
        }

        db.SaveChanges();
        return true;
    }

    /// <summary>The catalogue ids ticked done by the runner on <paramref name="date"/>.</summary>
    public static IReadOnlySet<string> On(PatellaDb db, long runnerId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ExerciseTicks.AsNoTracking().Where(t => t.RunnerId == runnerId && t.Date == date).Select(t => t.ExerciseId).ToHashSet(StringComparer.Ordinal);
    }
}
