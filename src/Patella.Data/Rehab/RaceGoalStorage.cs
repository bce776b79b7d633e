using Microsoft.EntityFrameworkCore;
using Patella.Core.Measures;
using Patella.Core.Rehab;

using Patella.Data.Runners;

namespace Patella.Data.Rehab;

/// <summary>Stores and reads the runner's goal race.</summary>
public static class RaceGoalStorage
{
    /// <summary>Sets the runner's race, replacing an earlier one (one SaveChanges).</summary>
    public static void Set(PatellaDb db, long runnerId, RaceGoal race, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(race);
        var row = db.RaceGoals.AsTracking().SingleOrDefault(r => r.RunnerId == runnerId);
        if (row is null)
        {
            row = new StoredRaceGoal { RunnerId = runnerId };
            db.RaceGoals.Add(row);
        }

        row.RaceDate = race.Date;
        row.DistanceMetres = race.Distance.Metres;
        row.RecordedUtc = nowUtc;
        db.SaveChanges();
    }

    /// <summary>Removes the runner's race; true when there was one.</summary>
    public static bool Clear(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var removed = db.RaceGoals.Where(r => r.RunnerId == runnerId).ExecuteDelete() > 0;
        if (removed)
        {
            RunnerStamp.Renew(db, runnerId);
        }

        return removed;
    }

    /// <summary>The runner's race; null when none is set.</summary>
    public static RaceGoal? Of(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = db.RaceGoals.AsNoTracking().SingleOrDefault(r => r.RunnerId == runnerId);
        return row is null ? null : new RaceGoal(row.RaceDate, Distance.FromMetres(row.DistanceMetres));
    }
}
