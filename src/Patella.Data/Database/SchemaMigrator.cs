using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Patella.Data;

/// <summary>
/// Applies the versioned SQL scripts embedded from Migrations/&lt;Provider&gt;/NNNN_name.sql in
/// order, each once, each in its own transaction with its row in <c>schema_migrations</c>.
/// Idempotent; two processes starting at once are serialised by SQLite's write lock
/// (BEGIN IMMEDIATE) or PostgreSQL's session advisory lock <see cref="AdvisoryLockKey"/>, and the
/// applied list is re-read inside the transaction.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>PostgreSQL advisory lock taken while migrating ("PATELLA" in ASCII, an arbitrary fixed key).</summary>
    public const long AdvisoryLockKey = 0x50415445_4C4C41;

    public sealed record Script(int Version, string Name, string Sql);

    /// <summary>The scripts for a provider, by version.</summary>
    public static IReadOnlyList<Script> ScriptsFor(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Sqlite ? "Sqlite" : "Postgres";
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{folder}.";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name[..4], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new Script(version, name, reader.ReadToEnd()));
        }

        return scripts;
    }

    /// <summary>Brings the schema up to date; returns the versions it applied.</summary>
    public static IReadOnlyList<int> Migrate(PatellaDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var provider = db.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            connection.Open();
        }

        var locked = provider == DatabaseProvider.PostgreSql;
        if (locked)
        {
            Execute(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})");
        }

        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)");
            var applied = new List<int>();
            foreach (var script in ScriptsFor(provider))
            {
                using var transaction = connection.BeginTransaction();
                if (AppliedVersions(connection, transaction).Contains(script.Version))
                {
                    transaction.Commit();
                    continue;
                }

                Execute(connection, transaction, script.Sql);
                Execute(connection, transaction, $"INSERT INTO schema_migrations (version, name, applied_utc) VALUES ({script.Version}, '{script.Name}', '{DateTime.UtcNow:O}')");
                transaction.Commit();
                applied.Add(script.Version);
            }

            return applied;
        }
        finally
        {
            if (locked)
            {
                Execute(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})");
            }

            if (opened)
            {
                connection.Close();
            }
        }
    }

    private static HashSet<int> AppliedVersions(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
