using Patella.Data;
using Patella.Tests.Postgres;

namespace Patella.Web.Tests.Scale;

/// <summary>
/// One database for several app instances: a SQLite file in a temp folder, or a new database on the PostgreSQL server
/// <c>PATELLA_TEST_POSTGRES</c> names (scripts/test.sh starts one and sets it), dropped afterwards.
/// </summary>
internal sealed class SharedDatabase : IDisposable
{
    private readonly ScratchDatabase? scratch;

    private SharedDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            return;
        }

        scratch = ScratchDatabase.Create("patella_w_");
    }

    /// <summary>The providers to test on: SQLite always, PostgreSQL when a server is named.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var providers = new TheoryData<string> { nameof(DatabaseProvider.Sqlite) };
            if (ScratchDatabase.ServerNamed)
            {
                providers.Add(nameof(DatabaseProvider.PostgreSql));
            }

            return providers;
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The data folder every instance gets (SQLite's file is in it; on PostgreSQL it holds nothing shared).</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "patella-shared-" + Guid.NewGuid().ToString("N"));

    /// <summary>PostgreSQL's connection string, given to each instance as <c>ConnectionStrings:Patella</c>; null on SQLite.</summary>
    public string? ConnectionString => scratch?.ConnectionString;

    public DatabaseLocation Location => ConnectionString is null
        ? DatabaseLocation.InFolder(DataFolder)
        : new DatabaseLocation(DatabaseProvider.PostgreSql, ConnectionString);

    public static SharedDatabase Create(string provider) => new(Enum.Parse<DatabaseProvider>(provider));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }

        scratch?.Dispose();
    }
}
