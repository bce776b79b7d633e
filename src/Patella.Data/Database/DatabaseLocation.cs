namespace Patella.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// Where the data lives: a SQLite file in a data folder (the default, <c>./data/patella.db</c>) or
/// a PostgreSQL server named by a connection string (the <c>PATELLA_DB</c> environment variable).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The environment variable that switches Patella to PostgreSQL.</summary>
    public const string EnvironmentVariable = "PATELLA_DB";

    public const string SqliteFileName = "patella.db";

    /// <summary>The SQLite file inside <paramref name="dataFolder"/> (created when missing).</summary>
    public static DatabaseLocation InFolder(string dataFolder)
    {
        var file = Path.GetFullPath(Path.Combine(dataFolder, SqliteFileName));
        return new DatabaseLocation(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
    }

    /// <summary>PostgreSQL when <c>PATELLA_DB</c> holds a connection string, else SQLite in the folder.</summary>
    public static DatabaseLocation Resolve(string dataFolder, string? environmentValue) =>
        string.IsNullOrWhiteSpace(environmentValue)
            ? InFolder(dataFolder)
            : new DatabaseLocation(DatabaseProvider.PostgreSql, environmentValue);

    /// <summary>A description safe to print: the SQLite path, or the PostgreSQL host and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return ConnectionString.Split(';')[0].Replace("Data Source=", "SQLite ", StringComparison.Ordinal);
        }

        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return "PostgreSQL " + string.Join(';', parts);
    }
}
