using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Data;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Load;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Tests;

namespace Patella.App.Tests.Activities;

public sealed class ActivityDeletionTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-delete-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;
    private readonly PatellaDb db;
    private readonly long runnerId;

    public ActivityDeletionTests()
    {
        Directory.CreateDirectory(folder);
        database = new TestDatabase(folder);
        db = database.Open();
        runnerId = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System).Id;
    }

    public void Dispose()
    {
        db.Dispose();
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Delete_TheOnlyActivityOfAFile_TakesTheFileAndTheSameFileImportsAgain()
    {
        var file = Read("fit", "sloatsburg.fit");
        var id = Assert.Single(ActivityStorage.Store(db, runnerId, file, Now).ActivityIds);
        db.ChangeTracker.Clear();

        var deleted = ActivityDeletion.Delete(db, runnerId, id);

        Assert.NotNull(deleted);
        Assert.Equal((id, "sloatsburg.fit", true), (deleted.Id, deleted.SourceName, deleted.FileDeleted));
        Assert.Equal(file.Activities[0].Recording.StartUtc, deleted.StartUtc);
        Assert.Equal((0, 0), (db.Activities.Count(), db.ActivityFiles.Count()));
        Assert.Equal(StoreResult.Imported, ActivityStorage.Store(db, runnerId, file, Now).Result);
    }

    [Fact]
    public void Delete_ATruncatedCopy_LetsTheCompleteFileOfTheSameRunIn()
    {
        // The new-user review's case: the first 3,000 bytes imported "with a note", then the whole file was refused as the same run.
        var bytes = File.ReadAllBytes(SharedTestData.File("fit", "garmin-fenix-5-run.fit"));
        var truncated = ActivityFileReader.Read(ImportInput.FromBytes("truncated.fit", bytes[..3000]), ImportLimits.Default).File!;
        var complete = Read("fit", "garmin-fenix-5-run.fit");
        var truncatedId = Assert.Single(ActivityStorage.Store(db, runnerId, truncated, Now).ActivityIds);
        var refused = ActivityStorage.Store(db, runnerId, complete, Now);
        Assert.Equal((StoreResult.SameRunAlreadyThere, "truncated.fit"), (refused.Result, refused.Existing));
        db.ChangeTracker.Clear();

        var deleted = ActivityDeletion.Delete(db, runnerId, truncatedId);

        Assert.Equal("truncated.fit", deleted?.SourceName);
        var stored = ActivityStorage.Store(db, runnerId, complete, Now);
        Assert.Equal(StoreResult.Imported, stored.Result);
        Assert.Equal(stored.ActivityIds, db.Activities.Select(a => a.Id).ToList());
        Assert.Equal(["garmin-fenix-5-run.fit"], db.ActivityFiles.Select(f => f.SourceName).ToList());
    }

    [Fact]
    public void Delete_OneActivityOfAMultiActivityFile_KeepsTheFileUntilTheLastGoes()
    {
        var file = Read("tcx", "multiple_running_activities.tcx");
        var ids = ActivityStorage.Store(db, runnerId, file, Now).ActivityIds;
        Assert.Equal(2, ids.Count);
        db.ChangeTracker.Clear();

        var first = ActivityDeletion.Delete(db, runnerId, ids[0]);

        Assert.False(first!.FileDeleted);
        Assert.Equal(1, db.ActivityFiles.Count());
        Assert.Equal([ids[1]], db.Activities.Select(a => a.Id).ToList());
        Assert.Equal(StoreResult.AlreadyThere, ActivityStorage.Store(db, runnerId, file, Now).Result);

        var last = ActivityDeletion.Delete(db, runnerId, ids[1]);

        Assert.True(last!.FileDeleted);
        Assert.Equal((0, 0), (db.Activities.Count(), db.ActivityFiles.Count()));
    }

    [Fact]
    public void Delete_AnotherRunnersActivity_ReturnsNullAndChangesNothing()
    {
        var other = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId + 1, TimeProvider.System).Id;
        var id = Assert.Single(ActivityStorage.Store(db, other, Read("fit", "sloatsburg.fit"), Now).ActivityIds);
        var stamp = StampOf(other);

        Assert.Null(ActivityDeletion.Delete(db, runnerId, id));
        Assert.Null(ActivityDeletion.Delete(db, other, id + 1000));

        Assert.Equal((1, 1), (db.Activities.Count(), db.ActivityFiles.Count()));
        Assert.Equal(stamp, StampOf(other));
    }

    [Fact]
    public void Delete_GivesTheRunnerANewStamp()
    {
        var id = Assert.Single(ActivityStorage.Store(db, runnerId, Read("gpx", "20171008_run_2067489619.gpx"), Now).ActivityIds);
        var before = StampOf(runnerId);

        ActivityDeletion.Delete(db, runnerId, id);

        Assert.NotEqual(before, StampOf(runnerId));
    }

    [Fact]
    public void Delete_TakesTheShoeChoiceMadeForThatActivity_AndLeavesTheDaysChoice()
    {
        var id = Assert.Single(ActivityStorage.Store(db, runnerId, Read("fit", "sloatsburg.fit"), Now).ActivityIds);
        var shoe = ShoeStorage.Add(db, runnerId, new NewShoe("Pegasus"), new DateOnly(2026, 3, 18), Now);
        var day = new DateOnly(2017, 10, 8);
        db.ShoeAssignments.AddRange(
            new StoredShoeAssignment { RunnerId = runnerId, ShoeId = shoe.Id, Date = day, ActivityId = id, CreatedUtc = Now },
            new StoredShoeAssignment { RunnerId = runnerId, ShoeId = shoe.Id, Date = day, CreatedUtc = Now });
        db.SaveChanges();
        db.ChangeTracker.Clear();

        var deleted = ActivityDeletion.Delete(db, runnerId, id);

        Assert.Equal(1, deleted!.ShoeChoicesDeleted);
        var left = Assert.Single(db.ShoeAssignments.AsNoTracking());
        Assert.Null(left.ActivityId);
    }

    private long StampOf(long runner) => db.Runners.AsNoTracking().Single(r => r.Id == runner).StateVersion;

    private static ImportedFile Read(string folder, string name) =>
        ActivityFileReader.Read(ImportInput.FromBytes(name, File.ReadAllBytes(SharedTestData.File(folder, name))), ImportLimits.Default).File!;
}
