using System.Globalization;
using Npgsql;

namespace Patella.Tests.Postgres;

/// <summary>
/// A new, empty database on the PostgreSQL server <see cref="ServerVariable"/> names, dropped on
/// <see cref="Dispose"/>. The role in that connection string must be allowed to create databases (scripts/test.sh
/// sets one up). Each test gets its own, so tests never see each other's rows and may run in parallel.
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    /// <summary>The environment variable holding the admin connection string (PostgreSQL tests run only with it).</summary>
    public const string ServerVariable = "PATELLA_TEST_POSTGRES";

    // Dropping retries up to this many times, waiting 200 ms more each time (9 s in all).
    private const int DropAttempts = 10;

    private readonly string adminConnectionString;

    private ScratchDatabase(string adminConnectionString, string name)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>True when <see cref="ServerVariable"/> names a server.</summary>
    public static bool ServerNamed => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServerVariable));

    /// <summary>The database's name: the prefix and a new GUID, lower case (PostgreSQL folds unquoted names).</summary>
    public string Name { get; }

    /// <summary>The admin connection string with <see cref="Name"/> as its database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the database on the server <see cref="ServerVariable"/> names.</summary>
    /// <param name="prefix">Start of the name, lower-case letters and underscores, so a leftover says which suite made it.</param>
    /// <exception cref="InvalidOperationException"><see cref="ServerVariable"/> is not set.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not lower-case letters and underscores.</exception>
    public static ScratchDatabase Create(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        if (!prefix.All(c => c is (>= 'a' and <= 'z') or '_'))
        {
            // The name goes into CREATE DATABASE as it is: it cannot be a parameter.
            throw new ArgumentException($"'{prefix}' must be lower-case letters and underscores", nameof(prefix));
        }

        var admin = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException($"PostgreSQL tests need {ServerVariable}, a connection string to a server where the role may create databases (scripts/test.sh starts one and sets it).");
        }

        var database = new ScratchDatabase(admin, prefix + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        database.Execute($"CREATE DATABASE {database.Name}");
        return database;
    }

    /// <summary>Drops the database, ending the pooled connections to it first.</summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < DropAttempts)
            {
                // An autovacuum worker on the fresh database cannot be ended by a non-superuser: it finishes in moments.
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private void Execute(string sql)
    {
        using var admin = new NpgsqlConnection(adminConnectionString);
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
