using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Cli;
using Patella.Data;

namespace Patella.App.Tests.Scale;

/// <summary>One precedence for the database setting, for the CLI and the web app alike: --db, PATELLA_DB, ConnectionStrings:Patella, --data.</summary>
public sealed class DatabaseSettingsTests
{
    private const string Postgres = "Host=db.example;Database=patella;Username=p;Password=secret";

    [Theory]
    [InlineData("a.db", "b.db", "c.db", "--db", "a.db")]
    [InlineData(null, "b.db", "c.db", "PATELLA_DB", "b.db")]
    [InlineData("  ", "b.db", "c.db", "PATELLA_DB", "b.db")]
    [InlineData(null, null, "c.db", "ConnectionStrings:Patella", "c.db")]
    [InlineData(null, "", "", "--data", "patella.db")]
    public void Choose_TakesTheFirstSettingThatIsSet(string? option, string? environment, string? connectionString, string setting, string file)
    {
        var location = DatabaseSettings.Choose("folder", option, environment, connectionString);
        Assert.Equal(setting, location.Setting);
        Assert.Equal(DatabaseProvider.Sqlite, location.Provider);
        Assert.EndsWith(file + ";Pooling=False", location.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void InFolder_WithASemicolonInThePath_OpensThatFolder_AndDescribesItWhole()
    {
        var folder = Path.Combine(Path.GetTempPath(), "patella-a;b-" + Guid.NewGuid().ToString("N"));
        try
        {
            var location = DatabaseLocation.InFolder(folder);
            using (var db = PatellaDatabase.Open(location))
            {
                db.Database.GetDbConnection().Dispose();
            }

            Assert.True(File.Exists(Path.Combine(folder, DatabaseLocation.SqliteFileName)));
            Assert.Equal("SQLite " + Path.Combine(folder, DatabaseLocation.SqliteFileName), location.Describe());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(Postgres, DatabaseProvider.PostgreSql)]
    [InlineData("Server=db.example;Database=patella", DatabaseProvider.PostgreSql)]
    [InlineData("Data Source=/srv/patella/patella.db", DatabaseProvider.Sqlite)]
    [InlineData("/srv/patella/patella.db", DatabaseProvider.Sqlite)]
    [InlineData("/srv/patella", DatabaseProvider.Sqlite)]
    public void Parse_ReadsEachForm(string value, DatabaseProvider provider) =>
        Assert.Equal(provider, DatabaseSettings.Parse(value, "--db").Provider);

    [Theory]
    [InlineData("Host=db;Port=notaport", "--db", "not a usable PostgreSQL connection string")]
    [InlineData("Host=db;Colour=blue", "PATELLA_DB", "not a usable PostgreSQL connection string")]
    [InlineData("Host=;Database=x", "ConnectionStrings:Patella", "not a usable PostgreSQL connection string")]
    [InlineData("Database=x;Password=secret", "--db", "is not a database")]
    public void Parse_RefusesWhatIsNotADatabase_NamingTheSetting(string value, string setting, string reason)
    {
        var error = Assert.Throws<DatabaseSettingException>(() => DatabaseSettings.Parse(value, setting));
        Assert.StartsWith(setting + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_DbOption_WinsOverTheDataFolder()
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var file = Path.Combine(cli.DataFolder, "elsewhere", "clinic.db");
        var (code, json, error) = cli.RunJson("--db", file, "db", "migrate");
        Assert.True(code == 0, error);
        Assert.Contains("clinic.db", json.GetProperty("database").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void Cli_BadDbValue_IsOneLineNamingTheSetting()
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var (code, _, error) = cli.Run("--db", "Host=db;Port=notaport", "db", "migrate");
        Assert.Equal(1, code);
        Assert.StartsWith("patella: --db: not a usable PostgreSQL connection string", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_UnreachableServer_SaysWhichSettingNamedIt()
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var (code, _, error) = cli.Run("--db", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=p;Timeout=2", "db", "migrate");
        Assert.Equal(1, code);
        Assert.Contains("(--db) could not be used", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage;;")]
    [InlineData("a;b")]
    [InlineData("folder;Pooling=True")]
    [InlineData("Data Source=x.db;Colour=blue")]
    [InlineData("Data Source=x.db;Mode=Sideways")]
    [InlineData(";")]
    [InlineData("bad\0name")]
    [InlineData("\"quoted")]
    public void Cli_AnyDbValue_WorksOrIsOneLineNamingTheSetting(string value)
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var (code, _, error) = cli.Run("--db", Path.Combine(cli.DataFolder, value), "activities");
        Assert.True(code is 0 or 1, error);
        if (code == 1)
        {
            Assert.StartsWith("patella: --db: ", error, StringComparison.Ordinal);
            Assert.Single(error.Trim().Split('\n'));
        }

        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_FolderWithSemicolons_IsAFolder()
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var folder = Path.Combine(cli.DataFolder, "garbage;;");
        var (code, _, error) = cli.Run("--db", folder, "activities");
        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(folder, DatabaseLocation.SqliteFileName)));
    }

    [Fact]
    public void Cli_DataFolderWithSemicolon_IsAFolder()
    {
        using var cli = new CliRun(DatabaseProvider.Sqlite);
        var folder = Path.Combine(cli.DataFolder, "a;b=c");
        using (var db = PatellaDatabase.Open(DatabaseSettings.Choose(folder, null, null, null)))
        {
            Assert.Equal(0, db.Runners.Count());
        }

        Assert.True(File.Exists(Path.Combine(folder, DatabaseLocation.SqliteFileName)));
    }
}
