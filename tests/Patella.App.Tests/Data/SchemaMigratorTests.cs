using Microsoft.EntityFrameworkCore;
using Patella.Data;

namespace Patella.App.Tests.Data;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-migrate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Migrate_Twice_AppliesEachScriptOnce()
    {
        var location = DatabaseLocation.InFolder(folder);
        using (var first = PatellaDatabase.Open(location, migrate: false))
        {
            Assert.Equal(SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Select(s => s.Version), SchemaMigrator.Migrate(first));
        }

        using var second = PatellaDatabase.Open(location, migrate: false);
        Assert.Empty(SchemaMigrator.Migrate(second));
        Assert.Equal(0, second.Activities.Count());
    }

    [Fact]
    public async Task Migrate_FromTwoProcessesAtOnce_LeavesOneSchema()
    {
        var location = DatabaseLocation.InFolder(folder);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            using var db = PatellaDatabase.Open(location, migrate: false);
            return SchemaMigrator.Migrate(db);
        })));

        Assert.Equal(SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Count, results.Sum(r => r.Count));
        using var check = PatellaDatabase.Open(location);
        Assert.Equal(0, check.Runners.Count());
    }

    [Fact]
    public void Sqlite_UsesWriteAheadLogging()
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var mode = db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single();
        Assert.Equal("wal", mode);
    }

    [Theory]
    [InlineData("DistanceMetres", "distance_metres")]
    [InlineData("AverageSpeedMetresPerSecond", "average_speed_metres_per_second")]
    [InlineData("ContentSha256", "content_sha256")]
    [InlineData("Id", "id")]
    public void SnakeCase_MatchesTheScriptsColumnNames(string property, string column) =>
        Assert.Equal(column, SnakeCaseColumns.ToSnakeCase(property));

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
