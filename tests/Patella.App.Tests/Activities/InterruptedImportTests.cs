using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Cli;
using Patella.Cli;
using Patella.Data;
using Patella.Tests;

namespace Patella.App.Tests.Activities;

public sealed class InterruptedImportTests
{
    [Fact]
    public async Task Import_KilledMidway_LeavesOnlyWholeActivitiesAndARerunCompletesIt()
    {
        using var reference = new CliRun();
        var corpus = SharedTestData.Activities;
        reference.Run("import", corpus);
        var expected = reference.RunJson("activities").Json.GetProperty("activities").GetArrayLength();
        Assert.True(expected > 50, $"the corpus should give many activities, got {expected}");

        using var interrupted = new CliRun();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (interrupted.Database.PatellaDbVariable is { } connection)
        {
            startInfo.Environment["PATELLA_DB"] = connection;
        }

        foreach (var arg in new[] { "exec", typeof(PatellaCli).Assembly.Location, "--data", interrupted.DataFolder, "import", corpus })
        {
            startInfo.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(startInfo)!)
        {
            // Kill once the first activities are stored: wherever that lands, the invariants below must hold.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && StoredActivities(interrupted) < 5)
            {
                await Task.Delay(50);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        using (var db = interrupted.Database.Open())
        {
            Assert.False(db.ActivityFiles.Any(f => !f.Activities.Any()), "a file row without its activities");
            Assert.False(db.Activities.Any(a => a.FileId == null), "an activity without its file");
        }

        var (code, _, error) = interrupted.Run("import", corpus);
        Assert.True(code is 0 or 1, error);
        Assert.Equal(expected, interrupted.RunJson("activities").Json.GetProperty("activities").GetArrayLength());
    }

    private static int StoredActivities(CliRun run)
    {
        if (run.Database.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(run.DataFolder, DatabaseLocation.SqliteFileName)))
        {
            return 0;
        }

        try
        {
            using var db = run.Database.Open(migrate: false);
            return db.Activities.AsNoTracking().Count();
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            return 0; // schema not there yet
        }
    }
}
