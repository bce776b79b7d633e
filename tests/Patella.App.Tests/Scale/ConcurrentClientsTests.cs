using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Data;
using Patella.App.Tests.Load;
using Patella.Core.Rehab;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Rehab;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Import.Sources;
using Patella.Tests;

namespace Patella.App.Tests.Scale;

/// <summary>
/// Two clients (two contexts, as two web instances would hold) working for one runner at the same moment, on the
/// suite's provider: imports of overlapping files and check-ins for overlapping dates. Nothing duplicated, nothing
/// lost, and no failure but a file's own.
/// </summary>
public sealed class ConcurrentClientsTests : IDisposable
{
    private static readonly FixedClock Clock = FixedClock.At("2026-03-18T12:00:00Z");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-concurrent-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public ConcurrentClientsTests() => database = new TestDatabase(folder);

    [Fact]
    public async Task TwoClients_ImportingOverlappingFilesAndCheckingIn_StoreEachActivityAndCheckInOnce()
    {
        var files = Directory.GetFiles(SharedTestData.File("fit"), "*.fit").Order(StringComparer.Ordinal).Take(24).ToList();
        var expected = ReferenceImport(files);
        long runnerId;
        using (var db = database.Open())
        {
            runnerId = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Clock).Id;
        }

        // Client A imports files 0-15, client B 0-23, in lockstep: both try to store each of the first 16. Both check in for days 1-20 in
        // lockstep (one row per day must come out, either client's), B alone for 21-30.
        var start = new Barrier(4);
        var importA = Task.Run(() => Import(runnerId, files[..16], start));
        var importB = Task.Run(() => Import(runnerId, files, start));
        var checkInA = Task.Run(() => CheckIns(runnerId, firstDay: 1, lastDay: 20, painAtRest: 1, start));
        var checkInB = Task.Run(() => CheckIns(runnerId, firstDay: 1, lastDay: 30, painAtRest: 2, start));
        var summaries = await Task.WhenAll(importA, importB);
        await Task.WhenAll(checkInA, checkInB);

        using var check = database.Open(migrate: false);
        var stored = check.Activities.AsNoTracking().Where(a => a.RunnerId == runnerId).Select(a => new { a.StartUtc, a.Sport }).ToList();
        Assert.Equal(expected.Activities, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.Equal(expected.Files, check.ActivityFiles.Count(f => f.RunnerId == runnerId));
        Assert.All(summaries.SelectMany(s => s.Files).Where(f => f.Outcome == "failed"), f => Assert.Contains(f.SourceName, expected.FailedNames));

        var checkIns = check.CheckIns.CheckInsOf(runnerId).ToList();
        Assert.Equal(30, checkIns.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(Day), checkIns.Select(c => c.Date));
        Assert.All(checkIns.Where(c => c.Date > Day(20)), c => Assert.Equal(2, c.PainAtRest));
        Assert.All(checkIns, c => Assert.InRange(c.PainAtRest, 1, 2));
    }

    private (int Files, int Activities, HashSet<string> FailedNames) ReferenceImport(List<string> files)
    {
        using var reference = new TestDatabase(Path.Combine(folder, "reference"), DatabaseProvider.Sqlite);
        using var db = reference.Open();
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Clock);
        using var batch = ImportBatch.FromPaths(files, ImportLimits.Default);
        var summary = ImportRun.Execute(db, runner.Id, batch, ImportLimits.Default, Clock);
        var result = (summary.FilesImported, summary.ActivitiesImported, summary.Files.Where(f => f.Outcome == "failed").Select(f => f.SourceName).ToHashSet());
        db.Database.GetDbConnection().Dispose();
        return result;
    }

    private ImportSummary Import(long runnerId, List<string> files, Barrier start)
    {
        using var db = database.Open(migrate: false);
        using var batch = ImportBatch.FromPaths(files, ImportLimits.Default);
        start.SignalAndWait();
        return ImportRun.Execute(db, runnerId, batch, ImportLimits.Default, Clock);
    }

    private void CheckIns(long runnerId, int firstDay, int lastDay, int painAtRest, Barrier start)
    {
        using var db = database.Open(migrate: false);
        start.SignalAndWait();
        for (var day = firstDay; day <= lastDay; day++)
        {
            RehabStorage.Save(db, runnerId, CheckIn.Create(Day(day), painAtRest, exercisesDone: true), Clock.GetUtcNow().UtcDateTime);
        }
    }

    private static DateOnly Day(int day) => new DateOnly(2026, 2, 1).AddDays(day - 1);

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
