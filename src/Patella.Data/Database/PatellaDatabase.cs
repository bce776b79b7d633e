using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Patella.Data;

/// <summary>Opens <see cref="PatellaDb"/> on a <see cref="DatabaseLocation"/>, with the schema brought up to date.</summary>
public static class PatellaDatabase
{
    /// <summary>
    /// A context on the location. SQLite: the folder is created, the connection stays open for the
    /// context's life with WAL journaling (readers never block the writer), synchronous=NORMAL
    /// (durable at checkpoints, safe against corruption) and foreign keys on.
    /// </summary>
    public static PatellaDb Open(DatabaseLocation location, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(location);
        var options = new DbContextOptionsBuilder<PatellaDb>();
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var builder = Builder(location);
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
                pragma.ExecuteNonQuery();
            }

            options.UseSqlite(connection, contextOwnsConnection: true);
        }
        else
        {
            options.UseNpgsql(location.ConnectionString);
        }

        var db = new PatellaDb(options.Options);
        if (migrate)
        {
            SchemaMigrator.Migrate(db);
        }

        return db;
    }

    /// <summary>The location's SQLite settings; a connection string SQLite does not accept becomes the setting's one-line error.</summary>
    /// <exception cref="DatabaseSettingException">A keyword or value SQLite rejects, naming <see cref="DatabaseLocation.Setting"/>.</exception>
    private static SqliteConnectionStringBuilder Builder(DatabaseLocation location)
    {
        try
        {
            return new SqliteConnectionStringBuilder(location.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new DatabaseSettingException($"{location.Setting}: not a usable SQLite connection string ({e.Message}); expected Data Source=FILE", e);
        }
    }
}
