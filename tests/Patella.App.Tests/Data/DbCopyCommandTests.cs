using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Assessment;
using Patella.App.Tests.Cli;
using Patella.Data;
using Patella.Tests;

namespace Patella.App.Tests.Data;

/// <summary>Issue #6: a laptop install moves into a clinic's database without loss (on the PostgreSQL pass, SQLite → PostgreSQL).</summary>
public sealed class DbCopyCommandTests
{
    [Fact]
    public void Copy_LaptopIntoEmptyDatabase_KeepsEveryRowAndChecksIt()
    {
        using var laptop = new CliRun(DatabaseProvider.Sqlite);
        laptop.Run("settings", "--timezone", "Europe/Oslo", "--name", "Kari");
        Assert.Equal(0, laptop.Run("import", SharedTestData.File("fit", "sloatsburg.fit"), SharedTestData.File("tcx", "20181021_run_3106033902.tcx"), SharedTestData.File("gpx", "20171008_run_2067489619.gpx")).ExitCode);
        laptop.Run("shoes", "add", "Pegasus", "--start-km", "120", "--default");
        laptop.Run("assess", "--answers", AnswerFiles.Write(laptop, "seed.json", AnswerFiles.SeedRunner));
        using var clinic = new CliRun();

        var (code, json, error) = clinic.RunJson("db", "copy", "--from", laptop.DataFolder, "--to", Target(clinic));

        Assert.True(code == 0, error);
        Assert.True(json.GetProperty("verified").GetBoolean());
        Assert.All(json.GetProperty("tables").EnumerateArray(), t => Assert.Equal(t.GetProperty("sourceRows").GetInt32(), t.GetProperty("targetRows").GetInt32()));
        using var db = clinic.Database.Open();
        Assert.Equal(3, db.Activities.Count());
        Assert.Equal("Kari", db.Runners.Single().Name);
        Assert.Equal(1, db.Assessments.Count());

        // The copy is a working install: its activities list and a new runner's id do not collide with the copied ones.
        Assert.Equal(3, clinic.RunJson("activities").Json.GetProperty("activities").GetArrayLength());
        db.Runners.Add(new Patella.Data.Runners.Runner { Name = "Second", TimeZone = "UTC", CreatedUtc = DateTime.UtcNow });
        db.SaveChanges();
        Assert.Equal(2, db.Runners.Count());
    }

    [Fact]
    public void Copy_IntoDatabaseWithData_IsRefusedAndChangesNothing()
    {
        using var laptop = new CliRun(DatabaseProvider.Sqlite);
        laptop.Run("import", SharedTestData.File("gpx", "20171008_run_2067489619.gpx"));
        using var clinic = new CliRun();
        clinic.Run("import", SharedTestData.File("fit", "sloatsburg.fit"));

        var (code, _, error) = clinic.Run("db", "copy", "--from", laptop.DataFolder, "--to", Target(clinic));

        Assert.Equal(1, code);
        Assert.Contains("empty", error, StringComparison.Ordinal);
        using var db = clinic.Database.Open();
        Assert.Equal(1, db.Activities.AsNoTracking().Count());
    }

    [Fact]
    public void Copy_FromMissingFolder_IsBadInput()
    {
        using var clinic = new CliRun();
        var (code, _, error) = clinic.Run("db", "copy", "--from", Path.Combine(clinic.DataFolder, "nothing-here"), "--to", Target(clinic));
        Assert.Equal(1, code);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    private static string Target(CliRun clinic) => clinic.Database.PatellaDbVariable ?? Path.Combine(clinic.DataFolder, DatabaseLocation.SqliteFileName);
}
