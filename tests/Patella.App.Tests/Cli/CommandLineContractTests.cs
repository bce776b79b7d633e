namespace Patella.App.Tests.Cli;

public sealed class CommandLineContractTests
{
    [Fact]
    public void UnknownCommand_ExitsWithUsageCode2()
    {
        using var cli = new CliRun();
        var (code, output, error) = cli.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Fact]
    public void ImportWithoutPath_ExitsWithUsageCode2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("import").ExitCode);
    }

    [Fact]
    public void Settings_DefaultsToKilometresAndStoresChanges()
    {
        using var cli = new CliRun();
        var (code, json, _) = cli.RunJson("settings", "--timezone", "Europe/Oslo", "--units", "mi", "--name", "Kari");
        Assert.Equal(0, code);
        Assert.Equal("Europe/Oslo", json.GetProperty("timeZone").GetString());

        var (again, stored, _) = cli.RunJson("settings");
        Assert.Equal(0, again);
        Assert.Equal("mi", stored.GetProperty("units").GetString());
        Assert.Equal("Kari", stored.GetProperty("name").GetString());
    }

    [Fact]
    public void Settings_NamesTheDatabaseInUseWithoutItsPassword()
    {
        using var cli = new CliRun();
        var database = cli.RunJson("settings").Json.GetProperty("database").GetString()!;
        Assert.StartsWith(cli.Database.Provider == Patella.Data.DatabaseProvider.PostgreSql ? "PostgreSQL" : "SQLite", database, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", database, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Settings_UnknownTimeZone_IsBadInputAndChangesNothing()
    {
        using var cli = new CliRun();
        cli.Run("settings", "--timezone", "Europe/Oslo");
        var (code, _, error) = cli.Run("settings", "--timezone", "Mars/Olympus_Mons");
        Assert.Equal(1, code);
        Assert.Contains("Mars/Olympus_Mons", error, StringComparison.Ordinal);
        Assert.Equal("Europe/Oslo", cli.RunJson("settings").Json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Settings_UnitsOutsideKmOrMi_IsUsageError()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("settings", "--units", "furlongs").ExitCode);
    }

    [Fact]
    public void Activities_OnEmptyData_ReturnsEmptyJsonList()
    {
        using var cli = new CliRun();
        var (code, json, _) = cli.RunJson("activities");
        Assert.Equal(0, code);
        Assert.Equal(0, json.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void Activities_BadDate_IsBadInputNamingTheOption()
    {
        using var cli = new CliRun();
        var (code, _, error) = cli.Run("activities", "--from", "yesterday");
        Assert.Equal(1, code);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingPath_IsBadInputNamingThePath()
    {
        using var cli = new CliRun();
        var missing = Path.Combine(cli.DataFolder, "nope.fit");
        var (code, json, _) = cli.RunJson("import", missing);
        Assert.Equal(1, code);
        Assert.Equal(1, json.GetProperty("failed").GetInt32());
        Assert.Contains("no such file", json.GetProperty("files")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RandomBytes_FailsCleanlyAndStoresNothing()
    {
        using var cli = new CliRun();
        var junk = Path.Combine(cli.DataFolder, "junk.fit");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(junk, bytes);

        var (code, json, error) = cli.RunJson("import", junk);

        Assert.Equal(1, code);
        Assert.Equal(0, json.GetProperty("activitiesImported").GetInt32());
        Assert.Contains("junk.fit", error, StringComparison.Ordinal);
        Assert.Equal(0, cli.RunJson("activities").Json.GetProperty("activities").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "shoes", "add", "Pegasus", "--start-km", "12,5" }, "--start-km: '12,5' is not a number")]
    [InlineData(new[] { "load", "plan", "--target-km", "forty" }, "--target-km: 'forty' is not a number")]
    [InlineData(new[] { "cadence", "--minutes", "ten" }, "--minutes: 'ten' is not a number")]
    [InlineData(new[] { "clearance", "record", "strength-symmetry", "pass", "--involved", "1e400" }, "--involved: '1e400' is not a number")]
    public void AnyNumberOption_NotANumber_IsBadInputInWords(string[] args, string message)
    {
        using var cli = new CliRun();
        var (code, output, error) = cli.Run(args);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("patella: " + message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("expected type", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberOption_WithoutItsValue_StaysAUsageError()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("checkin", "--pain-rest").ExitCode);
    }
}
