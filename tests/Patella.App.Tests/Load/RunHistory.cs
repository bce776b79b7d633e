using System.Globalization;
using Patella.Core.Activities;
using Patella.App.Tests.Cli;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.App.Tests.Load;

/// <summary>
/// Stored activities written straight into a CLI data folder (the decoders are not needed to test load):
/// one row per run, 6 min/km, starting 07:00 UTC (09:00 in Oslo in summer) unless told.
/// </summary>
internal static class RunHistory
{
    public static void Add(CliRun cli, params Row[] rows)
    {
        using var db = cli.Database.Open();
        RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        foreach (var r in rows)
        {
            db.Activities.Add(new StoredActivity
            {
                RunnerId = Runner.LocalRunnerId,
                Sport = r.Sport,
                Name = "test run",
                StartUtc = DateTime.Parse(r.StartUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                DistanceMetres = r.Km * 1000,
                MovingTimeSeconds = r.Km * 360,
                ElapsedTimeSeconds = r.Km * 360,
                ElevationGainMetres = r.DescentMetres,
                ElevationLossMetres = r.DescentMetres,
                DownhillDistanceMetres = 0,
                AverageSpeedMetresPerSecond = 1000.0 / 360,
                Gear = r.Gear,
            });
        }

        db.SaveChanges();
    }

    /// <summary>A run at 07:00 UTC on a date.</summary>
    public static Row On(string date, double km, string? gear = null, double descentMetres = 0, Sport sport = Sport.Running) =>
        new(date + "T07:00:00Z", km, gear, descentMetres, sport);

    /// <summary>
    /// The runner a physio would worry about on Wednesday 2024-06-12: ten steady weeks of 30 km (Tue 8, Thu 8, Sun 14, from
    /// Monday 2024-03-25) in "Nike Pegasus 40", then the week of 2024-06-03 at 45 km (Tue 10, Thu 10, Sun 25): a 50% jump, and
    /// a 25 km Sunday against a 14 km longest run (+78.6%: a moderate spike).
    /// </summary>
    public static Row[] JumpSpikeAndShoe()
    {
        var rows = new List<Row>();
        var monday = new DateOnly(2024, 3, 25);
        for (var week = 0; week < 10; week++, monday = monday.AddDays(7))
        {
            rows.Add(On(Iso(monday.AddDays(1)), 8, "Nike Pegasus 40"));
            rows.Add(On(Iso(monday.AddDays(3)), 8, "Nike Pegasus 40"));
            rows.Add(On(Iso(monday.AddDays(6)), 14, "Nike Pegasus 40"));
        }

        rows.Add(On("2024-06-04", 10, "Nike Pegasus 40"));
        rows.Add(On("2024-06-06", 10, "Nike Pegasus 40"));
        rows.Add(On("2024-06-09", 25, "Nike Pegasus 40"));
        return [.. rows];
    }

    /// <summary>Noon in Oslo on the picture's Wednesday.</summary>
    public static FixedClock Wednesday => FixedClock.At("2024-06-12T10:00:00Z");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record Row(string StartUtc, double Km, string? Gear, double DescentMetres, Sport Sport);
}
