using System.Globalization;
using Patella.App.Tests.Load;
using Patella.Core.Activities;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.App.Tests.Gait;

/// <summary>
/// Stored runs with a step rate written straight into a CLI data folder, at 07:00 UTC: continuous runs (all their moving
/// time in one 5-spm band) and run/walk sessions (running and walking bands, walking at 1.4 m/s).
/// </summary>
internal static class CadenceHistory
{
    /// <summary>Noon in UTC on Sunday 2025-06-22; the runner's zone is UTC.</summary>
    public static FixedClock Sunday => FixedClock.At("2025-06-22T12:00:00Z");

    public static void Add(Patella.App.Tests.Cli.CliRun cli, IEnumerable<StoredActivity> rows)
    {
        using var db = cli.Database.Open();
        RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Sunday);
        db.Activities.AddRange(rows);
        db.SaveChanges();
    }

    /// <summary>A continuous 40-minute run at <paramref name="secondsPerKm"/> and <paramref name="spm"/>.</summary>
    public static StoredActivity Run(DateOnly date, double secondsPerKm, double spm)
    {
        const double seconds = 40 * 60;
        var speed = 1000.0 / secondsPerKm;
        return Row(date, speed * seconds, seconds, spm, string.Create(CultureInfo.InvariantCulture, $"{Band(spm)}:{seconds}"));
    }

    /// <summary>A run/walk session: 15 min running at <paramref name="secondsPerKm"/> and <paramref name="runSpm"/>, 15 min walking at 120 spm.</summary>
    public static StoredActivity RunWalk(DateOnly date, double secondsPerKm, int runSpm)
    {
        const double half = 15 * 60;
        var metres = (1000.0 / secondsPerKm * half) + (1.4 * half);
        return Row(date, metres, 2 * half, (runSpm + 120) / 2.0, string.Create(CultureInfo.InvariantCulture, $"120:{half};{Band(runSpm)}:{half}"));
    }

    /// <summary>One run every <paramref name="everyDays"/> days from <paramref name="first"/>, cycling through the step rates.</summary>
    public static IEnumerable<StoredActivity> Series(string first, string last, int everyDays, double secondsPerKm, params double[] spm)
    {
        var day = DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; day <= end; i++, day = day.AddDays(everyDays))
        {
            yield return Run(day, secondsPerKm, spm[i % spm.Length]);
        }
    }

    private static int Band(double spm) => (int)Math.Floor(spm / 5) * 5;

    private static StoredActivity Row(DateOnly date, double metres, double seconds, double spm, string bands) => new()
    {
        RunnerId = Runner.LocalRunnerId,
        Sport = Sport.Running,
        Name = "test run",
        StartUtc = date.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc),
        DistanceMetres = metres,
        MovingTimeSeconds = seconds,
        ElapsedTimeSeconds = seconds,
        AverageSpeedMetresPerSecond = metres / seconds,
        AverageCadenceStepsPerMinute = spm,
        CadenceDistribution = bands,
    };
}
