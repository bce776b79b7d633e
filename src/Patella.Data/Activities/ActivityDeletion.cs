using Microsoft.EntityFrameworkCore;
using Patella.Core.Activities;

namespace Patella.Data.Activities;

/// <summary>What deleting one activity removed.</summary>
/// <param name="StartUtc">When the activity started, UTC (callers show it in the runner's zone).</param>
/// <param name="SourceName">The file it was imported from; null for an activity stored without one.</param>
/// <param name="FileDeleted">True when the original file went too (it held no other activity).</param>
/// <param name="ShoeChoicesDeleted">Manual shoe choices made for this activity alone, deleted with it.</param>
public sealed record DeletedActivity(
    long Id,
    string? Name,
    Sport Sport,
    DateTime StartUtc,
    double DistanceMetres,
    string? SourceName,
    bool FileDeleted,
    int ShoeChoicesDeleted);

/// <summary>
/// "Delete this activity": a wrong file (a partner's run, a test, a truncated copy that now blocks the whole file as
/// "the same run") goes, so the right one can be imported. The caller decides access; this only checks that the
/// activity is the runner's.
/// </summary>
public static class ActivityDeletion
{
    /// <summary>
    /// Deletes one of the runner's activities, the shoe choices made for it, and its original file when no other activity
    /// of that file is left (a TCX or multisport file keeps its file while any of its activities remains), in one
    /// transaction. The runner's <see cref="Runners.Runner.StateVersion"/> changes with it. Afterwards the same file
    /// imports again: the "same content" and "same run" checks only look at stored rows.
    /// </summary>
    /// <returns>What was deleted, or null when the runner has no such activity (nothing changed).</returns>
    public static DeletedActivity? Delete(PatellaDb db, long runnerId, long activityId)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var transaction = db.Database.BeginTransaction();
        var activity = db.Activities.AsTracking().SingleOrDefault(a => a.Id == activityId && a.RunnerId == runnerId);
        if (activity is null)
        {
            return null;
        }

        var fileId = activity.FileId;
        string? source = null;
        if (fileId is not null)
        {
            // Write to the file row first: it holds the file's lock (PostgreSQL's row lock, SQLite's write lock) until
            // commit, so two deletes of the last two activities of one file cannot each see the other and both keep it.
            db.ActivityFiles.Where(f => f.Id == fileId).ExecuteUpdate(s => s.SetProperty(f => f.RunnerId, f => f.RunnerId));
            source = db.ActivityFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => f.SourceName).Single();
        }

        var choices = db.ShoeAssignments.AsTracking().Where(s => s.ActivityId == activityId && s.RunnerId == runnerId).ToList();
        db.ShoeAssignments.RemoveRange(choices);
        db.Activities.Remove(activity);
        try
        {
            // Through the change tracker so SaveChanges stamps the runner (RunnerStamp) in this transaction.
            db.SaveChanges();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request deleted it between our read and our delete: for this caller it is not there.
            db.ChangeTracker.Clear();
            return null;
        }

        var fileDeleted = fileId is not null
            && db.ActivityFiles.Where(f => f.Id == fileId && !db.Activities.Any(a => a.FileId == f.Id)).ExecuteDelete() > 0;
        transaction.Commit();
        return new DeletedActivity(activity.Id, activity.Name, activity.Sport, activity.StartUtc, activity.DistanceMetres, source, fileDeleted, choices.Count);
    }
}
