using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Patella.Data.Runners;

/// <summary>
/// Keeps <see cref="Runner.StateVersion"/> honest: every write to a row that belongs to a runner (an entity with a
/// <c>RunnerId</c>, or the runner's own row) gives the runner a new stamp in the same SaveChanges, so no reader can
/// see the new data under the old stamp. Writes that bypass the change tracker (the import's prepared inserts, bulk
/// deletes) call <see cref="Renew"/> after their change, or stamp in their own transaction.
/// </summary>
public static class RunnerStamp
{
    private const string RunnerIdProperty = "RunnerId";

    /// <summary>A new stamp: random, so two instances writing at once never hand out the same one.</summary>
    public static long Next() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

    /// <summary>Marks a new stamp on every runner whose rows the context is about to write. Called by SaveChanges.</summary>
    /// <returns>The stand-in runner rows attached for it: detach them after saving (they hold no real profile).</returns>
    internal static List<Runner> MarkPending(PatellaDb db)
    {
        List<Runner> standIns = [];
        HashSet<long>? runners = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is Runner runner)
            {
                // A runner added or deleted needs no new stamp; one modified gets it on its own row below.
                if (entry.State == EntityState.Modified)
                {
                    (runners ??= []).Add(runner.Id);
                }
            }
            else if (entry.Metadata.FindProperty(RunnerIdProperty) is { } property && entry.Property(property.Name).CurrentValue is long id)
            {
                (runners ??= []).Add(id);
            }
        }

        foreach (var id in runners ?? [])
        {
            Stamp(db, id, standIns);
        }

        return standIns;
    }

    /// <summary>A new stamp for the runner, saved at once (after a write that SaveChanges did not see).</summary>
    public static void Renew(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = Next();
        db.Runners.Where(r => r.Id == runnerId).ExecuteUpdate(s => s.SetProperty(r => r.StateVersion, stamp));
    }

    private static void Stamp(PatellaDb db, long runnerId, List<Runner> standIns)
    {
        var tracked = db.ChangeTracker.Entries<Runner>().FirstOrDefault(e => e.Entity.Id == runnerId);
        if (tracked is { State: EntityState.Added or EntityState.Deleted })
        {
            return;
        }

        // Only the stamp column is written for a runner that is not loaded: an UPDATE of one column, in the same batch.
        var entry = tracked;
        if (entry is null)
        {
            var standIn = new Runner { Id = runnerId };
            standIns.Add(standIn);
            entry = db.Attach(standIn);
        }

        entry.Entity.StateVersion = Next();
        entry.Property(r => r.StateVersion).IsModified = true;
    }
}
