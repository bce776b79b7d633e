using Patella.Data;
using Patella.Tests.Postgres;

namespace Patella.App.Tests.Data;

/// <summary>
/// A fresh, empty database for one test, on SQLite (a file in a temp folder) or on a real PostgreSQL
/// server (a new database, dropped afterwards). The same tests run on both: scripts/test.sh runs this
/// suite a second time with <c>PATELLA_TEST_PROVIDER=postgresql</c> and <c>PATELLA_TEST_POSTGRES</c>
/// naming a server where the role may create databases.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "PATELLA_TEST_PROVIDER";

    private readonly ScratchDatabase? scratch;

    public TestDatabase(string folder, DatabaseProvider? provider = null)
    {
        Provider = provider ?? DefaultProvider;
        if (Provider == DatabaseProvider.Sqlite)
        {
            Location = DatabaseLocation.InFolder(folder);
            return;
        }

        scratch = ScratchDatabase.Create("patella_t_");
        Location = new DatabaseLocation(DatabaseProvider.PostgreSql, scratch.ConnectionString);
    }

    /// <summary>The provider the suite runs on: PostgreSQL when <c>PATELLA_TEST_PROVIDER=postgresql</c>, else SQLite.</summary>
    public static DatabaseProvider DefaultProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgresql", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    public DatabaseProvider Provider { get; }

    public DatabaseLocation Location { get; }

    /// <summary>What the CLI reads from PATELLA_DB: the PostgreSQL connection string, or null for SQLite in --data.</summary>
    public string? PatellaDbVariable => Provider == DatabaseProvider.PostgreSql ? Location.ConnectionString : null;

    public PatellaDb Open(bool migrate = true) => PatellaDatabase.Open(Location, migrate);

    public void Dispose() => scratch?.Dispose();
}
