using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Data;
using Patella.App.Tests.Load;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Imports;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Import.Sources;
using Patella.Tests;

namespace Patella.App.Tests.Scale;

/// <summary>An upload cut short (its instance stopped) leaves a batch that says, file by file, what was stored and what was not.</summary>
public sealed class InterruptedUploadBatchTests : IDisposable
{
    private static readonly FixedClock Clock = FixedClock.At("2026-03-18T12:00:00Z");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-batch-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public InterruptedUploadBatchTests() => database = new TestDatabase(folder);

    [Fact]
    public void ImportBatch_CancelledMidway_KeepsFinishedFilesAndLeavesTheRestPending()
    {
        var files = Directory.GetFiles(SharedTestData.File("fit"), "*.fit").Order(StringComparer.Ordinal).Take(10).ToList();
        long runnerId, batchId;
        using (var db = database.Open())
        {
            runnerId = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Clock).Id;
            using var batch = ImportBatch.FromPaths(files, ImportLimits.Default);
            batchId = ImportBatchLog.Start(db, runnerId, batch.Inputs.Select(i => i.SourceName), Clock.GetUtcNow().UtcDateTime);
            // The instance dies right after its third file: nothing after that point runs, as with a killed process.
            Assert.Throws<OperationCanceledException>(() => ImportRun.Execute(
                db, runnerId, batch, ImportLimits.Default, Clock,
                onFile: (handled, outcome) =>
                {
                    ImportBatchLog.Record(db, batchId, outcome, Clock.GetUtcNow().UtcDateTime);
                    if (handled == 3)
                    {
                        throw new OperationCanceledException("instance stopped");
                    }
                }));
        }

        using var fresh = database.Open(migrate: false);
        var status = Assert.Single(ImportBatchLog.Latest(fresh, runnerId, 5));
        Assert.Equal(batchId, status.Id);
        Assert.Equal(10, status.Files);
        Assert.Equal(3, status.Stored + status.Duplicate + status.Failed);
        Assert.Equal(7, status.Pending);
        Assert.Null(status.FinishedUtc);
        Assert.False(status.HasStopped(Clock.GetUtcNow().UtcDateTime));
        Assert.True(status.HasStopped(Clock.GetUtcNow().UtcDateTime + ImportBatchLog.StoppedAfter));

        // What the batch says matches what is in the database: stored files have their rows, pending ones none.
        var storedNames = fresh.ActivityFiles.AsNoTracking().Where(f => f.RunnerId == runnerId).Select(f => f.SourceName).ToList();
        Assert.Equal(status.Stored, storedNames.Count);
        Assert.Empty(storedNames.Intersect(status.PendingNames));
        var rows = fresh.ImportBatchFiles.AsNoTracking().Where(f => f.BatchId == batchId).ToList();
        Assert.All(rows.Where(r => r.Status == ImportFileStatus.Stored), r => Assert.Contains(r.SourceName, storedNames));
    }

    [Theory]
    [InlineData("imported", ImportFileStatus.Stored)]
    [InlineData("already-there", ImportFileStatus.Duplicate)]
    [InlineData("same-run-already-there", ImportFileStatus.Duplicate)]
    [InlineData("failed", ImportFileStatus.Failed)]
    public void StatusOf_MapsEachImportOutcome(string outcome, ImportFileStatus expected) =>
        Assert.Equal(expected, ImportBatchLog.StatusOf(outcome));

    [Fact]
    public void Expand_ReplacesAZipByItsEntriesInPlace_AndRecordFinishesThem()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        using var db = database.Open();
        var runnerId = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Clock).Id;
        var batchId = ImportBatchLog.Start(db, runnerId, ["a.fit", "export.zip", "z.gpx"], now);
        ImportBatchLog.Expand(db, batchId, "export.zip", ["export.zip/1.fit", "export.zip/2.fit"]);
        ImportBatchLog.Record(db, batchId, new FileOutcome("export.zip/2.fit", "failed", 0, "bad CRC", []), now);
        ImportBatchLog.Record(db, batchId, new FileOutcome("a.fit", "imported", 1, null, []), now);
        ImportBatchLog.Finish(db, batchId, now);

        var rows = db.ImportBatchFiles.AsNoTracking().Where(f => f.BatchId == batchId).OrderBy(f => f.Position).ThenBy(f => f.Id).ToList();
        Assert.Equal(["a.fit", "export.zip/1.fit", "export.zip/2.fit", "z.gpx"], rows.Select(r => r.SourceName));
        Assert.Equal([ImportFileStatus.Stored, ImportFileStatus.Pending, ImportFileStatus.Failed, ImportFileStatus.Pending], rows.Select(r => r.Status));
        Assert.Equal("bad CRC", rows[2].Detail);
        var status = Assert.Single(ImportBatchLog.Latest(db, runnerId, 1));
        Assert.Equal((4, 1, 1, 2), (status.Files, status.Stored, status.Failed, status.Pending));
        Assert.False(status.HasStopped(now.AddHours(1)));
    }

    public void Dispose()
    {
        database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
