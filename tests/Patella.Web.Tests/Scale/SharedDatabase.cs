using Npgsql;
using Patella.Data;

namespace Patella.Web.Tests.Scale;

/// <summary>
/// One database for several app instances: a SQLite file in a temp folder, or a new database on the PostgreSQL server
/// <c>PATELLA_TEST_POSTGRES</c> names (scripts/test.sh starts one and sets it), dropped afterwards.
/// </summary>
internal sealed class SharedDatabase : IDisposable
{
    public const string ServerVariable = "PATELLA_TEST_POSTGRES";

    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private SharedDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            return;
        }

        adminConnectionString = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"PostgreSQL tests need {ServerVariable}");
        databaseName = "patella_w_" + Guid.NewGuid().ToString("N");
        using var admin = new NpgsqlConnection(adminConnectionString);
        admin.Open();
        using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE {databaseName}";
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ConnectionString;
    }

    /// <summary>The providers to test on: SQLite always, PostgreSQL when a server is named.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var providers = new TheoryData<string> { nameof(DatabaseProvider.Sqlite) };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable)))
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
    public string? ConnectionString { get; }

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
