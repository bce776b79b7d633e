namespace Patella.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Where the data lives: a SQLite file in a data folder (the default, <c>./data/patella.db</c>) or
/// a PostgreSQL server named by a connection string (see <see cref="DatabaseSettings"/> for which setting wins).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The setting that chose this location (<c>--db</c>, <c>PATELLA_DB</c>, …), named in error messages; default <c>--data</c>.</summary>
    public string Setting { get; init; } = DatabaseSettings.DataFolderSetting;

    /// <summary>The environment variable that switches Patella to PostgreSQL.</summary>
    public const string EnvironmentVariable = "PATELLA_DB";

    public const string SqliteFileName = "patella.db";

    /// <summary>The SQLite file inside <paramref name="dataFolder"/> (created when missing).</summary>
    public static DatabaseLocation InFolder(string dataFolder)
    {
        var file = Path.GetFullPath(Path.Combine(dataFolder, SqliteFileName));
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = file, Pooling = false };
        return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ConnectionString);
    }

    /// <summary>The database <c>PATELLA_DB</c> names when set (see <see cref="DatabaseSettings.Parse"/>), else SQLite in the folder.</summary>
    /// <exception cref="DatabaseSettingException">PATELLA_DB holds something that is not a database.</exception>
    public static DatabaseLocation Resolve(string dataFolder, string? environmentValue) =>
        DatabaseSettings.Choose(dataFolder, commandLine: null, environmentValue, connectionString: null);

    /// <summary>A description safe to print: the SQLite path, or the PostgreSQL host and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // The builder reads a quoted path (a folder named with ';') whole.
            return "SQLite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }

        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return "PostgreSQL " + string.Join(';', parts);
    }
}
