using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Data;
using Patella.Core.Activities;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Tests;

namespace Patella.App.Tests.Activities;

public sealed class ActivityFileStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-store-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public ActivityFileStoreTests()
    {
        Directory.CreateDirectory(folder);
        database = new TestDatabase(folder);
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Store_WritesEveryColumnExactlyAsSaveChangesWould()
    {
        using var db = database.Open();
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var file = Read("gpx", "20171008_run_2067489619.gpx");

        // Sub-microsecond ticks: both paths must cut them the same way (UtcDateTimeConverter).
        var now = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1_234_567);
        using (var store = new ActivityFileStore(db, runner.Id))
        {
            Assert.Equal(StoreResult.Imported, store.Store(file, now).Result);
        }

        var viaEf = new StoredActivityFile
        {
            RunnerId = runner.Id,
            ContentSha256 = file.ContentSha256,
            SourceName = file.SourceName,
            Format = file.Format,
            ContentBytes = file.ContentBytes,
            StoredGzip = file.StoredGzip,
            ImportedUtc = now,
        };
        viaEf.Activities.AddRange(file.Activities.Select((a, i) => StoredActivityMapping.FromImport(runner.Id, i, a, file.Strava)));
        var other = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId + 1, TimeProvider.System);
        viaEf.RunnerId = other.Id;
        viaEf.Activities.ForEach(a => a.RunnerId = other.Id);
        db.ActivityFiles.Add(viaEf);
        db.SaveChanges();

        var files = Rows(db, "activity_files");
        var activities = Rows(db, "activities");
        Assert.Equal(2, files.Count);
        Assert.Equal(2 * file.Activities.Count, activities.Count);
        AssertSameExcept(files[0], files[1], "id", "runner_id");
        for (var i = 0; i < file.Activities.Count; i++)
        {
            AssertSameExcept(activities[i], activities[i + file.Activities.Count], "id", "runner_id", "file_id");
        }
    }

    [Theory]
    [InlineData(60, Sport.Running, StoreResult.SameRunAlreadyThere)]
    [InlineData(-60, Sport.Running, StoreResult.SameRunAlreadyThere)]
    [InlineData(0, Sport.TrailRunning, StoreResult.SameRunAlreadyThere)]
    [InlineData(61, Sport.Running, StoreResult.Imported)]
    [InlineData(-61, Sport.Running, StoreResult.Imported)]
    [InlineData(0, Sport.Cycling, StoreResult.Imported)]
    public void Store_NextToAManualEntry_KeepsTheSameRunOnceWithinAMinute(int offsetSeconds, Sport manualSport, StoreResult expected)
    {
        using var db = database.Open();
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var file = Read("fit", "sloatsburg.fit");
        var start = file.Activities[0].Recording.StartUtc!.Value;
        db.Activities.Add(new StoredActivity { RunnerId = runner.Id, Sport = manualSport, StartUtc = start.AddSeconds(offsetSeconds), DistanceMetres = 5000 });
        db.SaveChanges();
        db.ChangeTracker.Clear();

        using var store = new ActivityFileStore(db, runner.Id);
        var outcome = store.Store(file, DateTime.UtcNow);

        Assert.Equal(expected, outcome.Result);
        Assert.Equal(expected == StoreResult.Imported ? null : "manual entry", outcome.Existing);
    }

    [Fact]
    public void Store_SameContentTwice_SecondStoresNothingAndNamesTheFirst()
    {
        using var db = database.Open();
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var first = Read("fit", "sloatsburg.fit");
        var again = first with { SourceName = "copy.fit" };
        using var store = new ActivityFileStore(db, runner.Id);

        var stored = store.Store(first, DateTime.UtcNow);
        var second = store.Store(again, DateTime.UtcNow);

        Assert.Equal(StoreResult.Imported, stored.Result);
        Assert.Single(stored.ActivityIds);
        Assert.Equal(StoreResult.AlreadyThere, second.Result);
        Assert.Empty(second.ActivityIds);
        Assert.Equal("sloatsburg.fit", second.Existing);
        Assert.Equal(1, db.ActivityFiles.Count());
        Assert.Equal(stored.ActivityIds, db.Activities.Select(a => a.Id).ToList());
    }

    private static ImportedFile Read(string folder, string name) =>
        ActivityFileReader.Read(ImportInput.FromBytes(name, File.ReadAllBytes(SharedTestData.File(folder, name))), ImportLimits.Default).File!;

    private static List<Dictionary<string, object>> Rows(PatellaDb db, string table)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY id";
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // GetValue gives SQLite's stored form (dates are text) and PostgreSQL's typed values.
                row[reader.GetName(i)] = reader.GetValue(i);
            }

            rows.Add(row);
        }

        db.Database.CloseConnection();
        return rows;
    }

    private static void AssertSameExcept(Dictionary<string, object> expected, Dictionary<string, object> actual, params string[] ignored)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (column, value) in expected)
        {
            if (!ignored.Contains(column))
            {
                Assert.True(Equals(value, actual[column]) || (value is byte[] a && actual[column] is byte[] b && a.SequenceEqual(b)),
                    $"{column}: {Describe(value)} vs {Describe(actual[column])}");
            }
        }
    }

    private static string Describe(object value) => $"{value} ({value.GetType().Name})";
}
