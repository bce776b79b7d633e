using Microsoft.EntityFrameworkCore;
using Patella.Data.Activities;

namespace Patella.Data.Imports;

/// <summary>Counts for one upload, newest first on the runs page.</summary>
/// <param name="Stored">Files whose activities were stored by this upload.</param>
/// <param name="Duplicate">Files already there (same content or same run): nothing new, nothing lost.</param>
/// <param name="Pending">Files not handled: while running, still to come; once stopped, never stored.</param>
/// <param name="PendingNames">Names of the pending files, in upload order.</param>
public sealed record ImportBatchStatus(
    long Id,
    DateTime StartedUtc,
    DateTime UpdatedUtc,
    DateTime? FinishedUtc,
    int Files,
    int Stored,
    int Duplicate,
    int Failed,
    int Pending,
    IReadOnlyList<string> PendingNames)
{
    /// <summary>True when the batch did not finish and nothing moved for <see cref="ImportBatchLog.StoppedAfter"/>: its instance stopped.</summary>
    public bool HasStopped(DateTime nowUtc) => FinishedUtc is null && nowUtc - UpdatedUtc >= ImportBatchLog.StoppedAfter;
}

/// <summary>
/// Writes each upload's per-file status to the database as each file finishes, so the record outlives the
/// instance that did the work: a batch cut short keeps its pending files, and any instance can show which.
/// </summary>
public static class ImportBatchLog
{
    /// <summary>
    /// A running batch writes after every file, and one file is stored in seconds at most (the 2,000-file import
    /// bench stores ~200 files a second); two quiet minutes mean nobody is working on it any more.
    /// </summary>
    public static readonly TimeSpan StoppedAfter = TimeSpan.FromMinutes(2);

    /// <summary>Records a new batch with every named file pending; returns its id.</summary>
    public static long Start(PatellaDb db, long runnerId, IEnumerable<string> sourceNames, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sourceNames);
        var batch = new StoredImportBatch { RunnerId = runnerId, StartedUtc = nowUtc, UpdatedUtc = nowUtc };
        var position = 0;
        foreach (var name in sourceNames)
        {
            batch.Files.Add(new StoredImportBatchFile { Position = position++, SourceName = name, Status = ImportFileStatus.Pending });
        }

        db.Add(batch);
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return batch.Id;
    }

    /// <summary>Replaces an upload's pending row (a zip) by one pending row per file found in it, at the same place in the order.</summary>
    public static void Expand(PatellaDb db, long batchId, string uploadName, IReadOnlyList<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entryNames);
        var row = PendingRow(db, batchId, uploadName).FirstOrDefault();
        if (row is null || (entryNames.Count == 1 && entryNames[0] == uploadName))
        {
            return;
        }

        using var transaction = db.Database.BeginTransaction();
        db.ImportBatchFiles.Where(f => f.Id == row.Id).ExecuteDelete();
        db.ImportBatchFiles.AddRange(entryNames.Select(name => new StoredImportBatchFile
        {
            BatchId = batchId,
            Position = row.Position,
            SourceName = name,
            Status = ImportFileStatus.Pending,
        }));
        db.SaveChanges();
        db.ChangeTracker.Clear();
        transaction.Commit();
    }

    /// <summary>Writes how one file ended on its pending row (a file not listed yet gets a row of its own).</summary>
    public static void Record(PatellaDb db, long batchId, FileOutcome outcome, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(outcome);
        var status = StatusOf(outcome.Outcome);
        var detail = status == ImportFileStatus.Stored ? null : outcome.Detail;
        var row = PendingRow(db, batchId, outcome.SourceName).FirstOrDefault();
        if (row is null)
        {
            var last = db.ImportBatchFiles.Where(f => f.BatchId == batchId).Max(f => (int?)f.Position) ?? -1;
            db.ImportBatchFiles.Add(new StoredImportBatchFile { BatchId = batchId, Position = last + 1, SourceName = outcome.SourceName, Status = status, Detail = detail });
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
        else
        {
            db.ImportBatchFiles.Where(f => f.Id == row.Id).ExecuteUpdate(s => s.SetProperty(f => f.Status, status).SetProperty(f => f.Detail, detail));
        }

        db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdate(s => s.SetProperty(b => b.UpdatedUtc, nowUtc));
    }

    /// <summary>Marks the batch done: every file was handled.</summary>
    public static void Finish(PatellaDb db, long batchId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdate(s => s.SetProperty(b => b.UpdatedUtc, nowUtc).SetProperty(b => b.FinishedUtc, nowUtc));
    }

    /// <summary>The runner's latest batches, newest first.</summary>
    public static IReadOnlyList<ImportBatchStatus> Latest(PatellaDb db, long runnerId, int count)
    {
        ArgumentNullException.ThrowIfNull(db);
        var batches = db.ImportBatches.AsNoTracking()
            .Where(b => b.RunnerId == runnerId)
            .OrderByDescending(b => b.StartedUtc).ThenByDescending(b => b.Id)
            .Take(count)
            .ToList();
        var ids = batches.Select(b => b.Id).ToList();
        var files = db.ImportBatchFiles.AsNoTracking()
            .Where(f => ids.Contains(f.BatchId))
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Select(f => new { f.BatchId, f.SourceName, f.Status })
            .AsEnumerable()
            .ToLookup(f => f.BatchId);
        return [.. batches.Select(b =>
        {
            var of = files[b.Id].ToList();
            return new ImportBatchStatus(
                b.Id, b.StartedUtc, b.UpdatedUtc, b.FinishedUtc, of.Count,
                Stored: of.Count(f => f.Status == ImportFileStatus.Stored),
                Duplicate: of.Count(f => f.Status == ImportFileStatus.Duplicate),
                Failed: of.Count(f => f.Status == ImportFileStatus.Failed),
                Pending: of.Count(f => f.Status == ImportFileStatus.Pending),
                PendingNames: [.. of.Where(f => f.Status == ImportFileStatus.Pending).Select(f => f.SourceName)]);
        })];
    }

    /// <summary>The status for an outcome of <see cref="ImportRun"/> ("imported", "already-there", "same-run-already-there", "failed").</summary>
    public static ImportFileStatus StatusOf(string outcome) => outcome switch
    {
        "imported" => ImportFileStatus.Stored,
        "already-there" or "same-run-already-there" => ImportFileStatus.Duplicate,
        _ => ImportFileStatus.Failed,
    };

    private static IQueryable<StoredImportBatchFile> PendingRow(PatellaDb db, long batchId, string sourceName) =>
        db.ImportBatchFiles.AsNoTracking()
            .Where(f => f.BatchId == batchId && f.SourceName == sourceName && f.Status == ImportFileStatus.Pending)
            .OrderBy(f => f.Position).ThenBy(f => f.Id);
}
