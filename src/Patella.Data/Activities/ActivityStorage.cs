using Patella.Core.Activities;
using Microsoft.EntityFrameworkCore;
using Patella.Import;

namespace Patella.Data.Activities;

/// <summary>How storing one imported file ended.</summary>
public enum StoreResult
{
    /// <summary>Stored: the file and all its activities, in one transaction.</summary>
    Imported,
    /// <summary>The same content was imported before: nothing changed.</summary>
    AlreadyThere,
    /// <summary>Every activity in it is a run already stored from another file (same start, same sport): nothing changed.</summary>
    SameRunAlreadyThere,
}

/// <param name="ActivityIds">Ids of the new activities (empty unless Imported).</param>
/// <param name="Existing">For duplicates: the source name of what was there first.</param>
public sealed record StoreOutcome(StoreResult Result, IReadOnlyList<long> ActivityIds, string? Existing);

/// <summary>Stores imported files: whole or not at all, each content once.</summary>
public static class ActivityStorage
{
    /// <summary>
    /// Two recordings of one run (the watch's FIT and Strava's copy, say) start within this of each
    /// other. Recording apps start a few seconds apart at most; two real runs are never a minute apart.
    /// </summary>
    public static readonly TimeSpan SameRunStartTolerance = TimeSpan.FromSeconds(60);

    public static StoreOutcome Store(PatellaDb db, long runnerId, ImportedFile file, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        var existingFile = db.ActivityFiles.AsNoTracking()
            .Where(f => f.RunnerId == runnerId && f.ContentSha256 == file.ContentSha256)
            .Select(f => f.SourceName)
            .FirstOrDefault();
        if (existingFile is not null)
        {
            return new StoreOutcome(StoreResult.AlreadyThere, [], existingFile);
        }

        var fresh = new HashSet<int>();
        string? sameRun = null;
        for (var index = 0; index < file.Activities.Count; index++)
        {
            var activity = file.Activities[index];
            var start = activity.Recording.StartUtc!.Value;
            var from = start - SameRunStartTolerance;
            var to = start + SameRunStartTolerance;
            var twin = db.Activities.AsNoTracking()
                .Where(a => a.RunnerId == runnerId && a.StartUtc >= from && a.StartUtc <= to)
                .Select(a => new { a.Sport, Source = a.File != null ? a.File.SourceName : "manual entry" })
                .AsEnumerable()
                .FirstOrDefault(a => a.Sport.IsSameKindAs(activity.Recording.Sport));
            if (twin is null)
            {
                fresh.Add(index);
            }
            else
            {
                sameRun ??= twin.Source;
            }
        }

        if (fresh.Count == 0)
        {
            return new StoreOutcome(StoreResult.SameRunAlreadyThere, [], sameRun);
        }

        var stored = new StoredActivityFile
        {
            RunnerId = runnerId,
            ContentSha256 = file.ContentSha256,
            SourceName = file.SourceName,
            Format = file.Format,
            ContentBytes = file.ContentBytes,
            StoredGzip = file.StoredGzip,
            ImportedUtc = nowUtc,
        };
        for (var i = 0; i < file.Activities.Count; i++)
        {
            if (fresh.Contains(i))
            {
                stored.Activities.Add(StoredActivityMapping.FromImport(runnerId, i, file.Activities[i], file.Strava));
            }
        }

        db.ActivityFiles.Add(stored);
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException) when (db.ActivityFiles.AsNoTracking().Any(f => f.RunnerId == runnerId && f.ContentSha256 == file.ContentSha256))
        {
            // Another import stored the same content between our check and our insert.
            db.ChangeTracker.Clear();
            return new StoreOutcome(StoreResult.AlreadyThere, [], file.SourceName);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new StoreOutcome(StoreResult.Imported, [.. stored.Activities.Select(a => a.Id)], null);
    }
}
