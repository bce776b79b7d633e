using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Load;

/// <summary>Activities and histories written the short way for load tests.</summary>
internal static class LoadTestData
{
    private static long _nextId = 1;

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A run starting at <paramref name="startUtc"/> (ISO, UTC), 6 min/km unless told.</summary>
    public static Activity Run(
        string startUtc,
        double km,
        double descentMetres = 0,
        double downhillKm = 0,
        Sport sport = Sport.Running,
        string? gear = null,
        int? rpe = null,
        double? minutes = null,
        long? id = null) =>
        new()
        {
            Id = id ?? Interlocked.Increment(ref _nextId),
            Sport = sport,
            StartUtc = DateTime.Parse(startUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            Gear = gear,
            PerceivedExertion = rpe,
            Metrics = new ActivityMetrics
            {
                Distance = Distance.FromKilometres(km),
                MovingTime = TimeSpan.FromMinutes(minutes ?? km * 6),
                ElapsedTime = TimeSpan.FromMinutes(minutes ?? km * 6),
                ElevationLossMetres = descentMetres,
                ElevationGainMetres = descentMetres,
                DownhillDistance = Distance.FromKilometres(downhillKm),
                AverageSpeed = Speed.FromMetresPerSecond(km > 0 ? 1000.0 / 360 : 0),
            },
        };

    /// <summary>A run at 07:00 UTC on a date.</summary>
    public static Activity RunOn(string date, double km, double descentMetres = 0, string? gear = null) =>
        Run(date + "T07:00:00Z", km, descentMetres, gear: gear);

    /// <summary>Runs on consecutive days from <paramref name="firstDate"/>, one per distance; 0 means rest.</summary>
    public static IEnumerable<Activity> Daily(string firstDate, params double[] km)
    {
        var day = Date(firstDate);
        foreach (var k in km)
        {
            if (k > 0)
            {
                yield return RunOn(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k);
            }

            day = day.AddDays(1);
        }
    }

    public static LoadHistory History(IEnumerable<Activity> activities, LoadSettings? settings = null) =>
        LoadHistory.Build(activities, settings ?? LoadSettings.Utc);

    public static Distance Km(double km) => Distance.FromKilometres(km);
}
