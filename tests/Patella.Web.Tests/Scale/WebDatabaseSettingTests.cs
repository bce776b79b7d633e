using Microsoft.Extensions.Configuration;
using Patella.Data;
using Patella.Web.Hosting;

namespace Patella.Web.Tests.Scale;

/// <summary>The web app reads the database setting by the CLI's precedence: --db, PATELLA_DB, ConnectionStrings:Patella, data folder.</summary>
public sealed class WebDatabaseSettingTests
{
    [Theory]
    [InlineData("a.db", "b.db", "Data Source=c.db", "--db")]
    [InlineData(null, "b.db", "Data Source=c.db", "PATELLA_DB")]
    [InlineData(null, "", "Data Source=c.db", "ConnectionStrings:Patella")]
    [InlineData(null, null, null, "--data")]
    public void FromConfiguration_TakesTheFirstSettingThatIsSet(string? db, string? patellaDb, string? connectionString, string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.CommandLineKey] = db,
            [DatabaseSettings.EnvironmentSetting] = patellaDb,
            [DatabaseSettings.ConnectionStringSetting] = connectionString,
            [PatellaWebApp.DataFolderKey] = "folder",
        }).Build();

        Assert.Equal(setting, DatabaseServices.FromConfiguration(configuration).Setting);
    }

    [Fact]
    public void Create_WithUnreachableServer_FailsWithTheSettingNamed()
    {
        var error = Assert.Throws<DatabaseSettingException>(() => PatellaWebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--ConnectionStrings:Patella", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=secret;Timeout=2"]));

        Assert.StartsWith("ConnectionStrings:Patella: could not open PostgreSQL Host=127.0.0.1;Port=1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
