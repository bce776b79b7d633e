using Microsoft.Data.Sqlite;
using Npgsql;

namespace Patella.Data;

/// <summary>A database setting that cannot be used: the message names the setting and the reason.</summary>
public sealed class DatabaseSettingException(string message, Exception? innerException) : Exception(message, innerException)
{
    public DatabaseSettingException()
        : this("the database setting cannot be used", null)
    {
    }

    public DatabaseSettingException(string message)
        : this(message, null)
    {
    }
}

/// <summary>
/// Which database Patella uses, the same rule for the CLI and the web app. The first of these that is set wins:
/// <list type="number">
/// <item><c>--db VALUE</c> on the command line (<c>patella --db …</c>, or the web app's <c>--db …</c> argument);</item>
/// <item>the <c>PATELLA_DB</c> environment variable;</item>
/// <item><c>ConnectionStrings:Patella</c> (appsettings.json, or the <c>ConnectionStrings__Patella</c> environment variable);</item>
/// <item>SQLite at <c>patella.db</c> in the data folder (<c>--data</c>, default <c>./data</c>).</item>
/// </list>
/// Each VALUE is a PostgreSQL connection string (<c>Host=…;Database=…;Username=…;Password=…</c>), a SQLite connection
/// string (<c>Data Source=FILE</c>), a <c>.db</c> file, or a data folder.
/// </summary>
public static class DatabaseSettings
{
    public const string CommandLineSetting = "--db";

    /// <summary>The web app's configuration key for <c>--db</c> (the command-line configuration provider maps <c>--db X</c> to it).</summary>
    public const string CommandLineKey = "db";

    public const string EnvironmentSetting = DatabaseLocation.EnvironmentVariable;

    public const string ConnectionStringSetting = "ConnectionStrings:Patella";

    /// <summary>The environment variable .NET configuration reads as <see cref="ConnectionStringSetting"/>.</summary>
    public const string ConnectionStringVariable = "ConnectionStrings__Patella";

    public const string DataFolderSetting = "--data";

    /// <summary>The location by the precedence above; blank values count as unset.</summary>
    /// <exception cref="DatabaseSettingException">The winning value is not a database Patella can use.</exception>
    public static DatabaseLocation Choose(string dataFolder, string? commandLine, string? environment, string? connectionString)
    {
        if (!string.IsNullOrWhiteSpace(commandLine))
        {
            return Parse(commandLine, CommandLineSetting);
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            return Parse(environment, EnvironmentSetting);
        }

        return string.IsNullOrWhiteSpace(connectionString)
            ? SqliteFile(Path.Combine(dataFolder, DatabaseLocation.SqliteFileName), DataFolderSetting)
            : Parse(connectionString, ConnectionStringSetting);
    }

    /// <summary>Reads one setting's value (see the class summary for the forms).</summary>
    /// <param name="setting">The setting's name, for the location and for error messages.</param>
    /// <exception cref="DatabaseSettingException">A connection string that is neither PostgreSQL's nor SQLite's, or one the driver rejects.</exception>
    public static DatabaseLocation Parse(string value, string setting)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return SqliteFile(text.EndsWith(".db", StringComparison.OrdinalIgnoreCase) ? text : Path.Combine(text, DatabaseLocation.SqliteFileName), setting);
        }

        if (HasKey(text, "Host") || HasKey(text, "Server"))
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(text);
                if (string.IsNullOrWhiteSpace(builder.Host))
                {
                    throw new ArgumentException("Host is empty");
                }

                return new DatabaseLocation(DatabaseProvider.PostgreSql, text) { Setting = setting };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw new DatabaseSettingException($"{setting}: not a usable PostgreSQL connection string ({e.Message}); expected Host=…;Database=…;Username=…;Password=…", e);
            }
        }

        if (HasKey(text, "Data Source") || HasKey(text, "DataSource") || HasKey(text, "Filename"))
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(text) { Pooling = false };
                return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ConnectionString) { Setting = setting };
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new DatabaseSettingException($"{setting}: not a usable SQLite connection string ({e.Message}); expected Data Source=FILE", e);
            }
        }

        throw new DatabaseSettingException($"{setting}: '{Redacted(text)}' is not a database: give a PostgreSQL connection string (Host=…;Database=…), a SQLite one (Data Source=FILE), a .db file or a data folder");
    }

    /// <summary>
    /// SQLite at a file path. The builder quotes the path, so a folder whose name holds ';' or '=' is a folder, not
    /// more connection-string keywords.
    /// </summary>
    private static DatabaseLocation SqliteFile(string path, string setting)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false };
            return new DatabaseLocation(DatabaseProvider.Sqlite, builder.ConnectionString) { Setting = setting };
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DatabaseSettingException($"{setting}: '{path}' is not a usable path ({e.Message})", e);
        }
    }

    private static bool HasKey(string connectionString, string key) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Split('=', 2)[0].Trim().Equals(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value without any password, safe to print.</summary>
    private static string Redacted(string connectionString) => string.Join(';', connectionString
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase) && !p.TrimStart().StartsWith("Pwd", StringComparison.OrdinalIgnoreCase)));
}
