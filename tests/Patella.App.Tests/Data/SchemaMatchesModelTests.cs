using Microsoft.EntityFrameworkCore;
using Patella.Data;

namespace Patella.App.Tests.Data;

/// <summary>The hand-written SQL scripts and the EF model must agree, table by table, column by column, on each provider.</summary>
public sealed class SchemaMatchesModelTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-schema-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public SchemaMatchesModelTests() => database = new TestDatabase(folder);

    [Fact]
    public void Scripts_CreateEveryTableAndColumnTheModelMaps()
    {
        using var db = database.Open();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var mapped = entity.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList();
            var created = Columns(db, table);
            Assert.True(mapped.SequenceEqual(created), $"{database.Provider} table {table}: model [{string.Join(", ", mapped)}] vs created [{string.Join(", ", created)}]");
        }
    }

    [Fact]
    public void Migrate_OnAMigratedDatabase_AppliesNothing()
    {
        using var db = database.Open();
        Assert.Empty(SchemaMigrator.Migrate(db));
    }

    [Fact]
    public void EveryProvider_HasTheSameScriptVersions() =>
        Assert.Equal(
            SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Select(s => s.Name),
            SchemaMigrator.ScriptsFor(DatabaseProvider.PostgreSql).Select(s => s.Name));

    private static List<string> Columns(PatellaDb db, string table) =>
        (db.Database.IsSqlite()
            ? db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table})")
            : db.Database.SqlQuery<string>($"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = {table}"))
        .AsEnumerable()
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
