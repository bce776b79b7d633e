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

    /// <summary>Stores one file (see <see cref="ActivityFileStore"/>, which an import of many files keeps open).</summary>
    public static StoreOutcome Store(PatellaDb db, long runnerId, ImportedFile file, DateTime nowUtc)
    {
        using var store = new ActivityFileStore(db, runnerId);
        return store.Store(file, nowUtc);
    }
}
