using Npgsql;
using Patella.Data;

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
    public const string ServerVariable = "PATELLA_TEST_POSTGRES";

    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    public TestDatabase(string folder, DatabaseProvider? provider = null)
    {
        Provider = provider ?? DefaultProvider;
        if (Provider == DatabaseProvider.Sqlite)
        {
            Location = DatabaseLocation.InFolder(folder);
            return;
        }

        adminConnectionString = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"PostgreSQL tests need {ServerVariable}, a connection string to a server where the role may create databases (scripts/test.sh starts one and sets it).");
        databaseName = "patella_t_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE {databaseName}";
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName };
        Location = new DatabaseLocation(DatabaseProvider.PostgreSql, builder.ConnectionString);
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

    public void Dispose()
    {
        if (databaseName is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(adminConnectionString);
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 10)
            {
                // An autovacuum worker on the fresh database cannot be ended by a non-superuser: it finishes in moments.
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
