using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Gait;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Gait;

/// <summary>Runs with a known step rate and pace, written the short way for gait tests.</summary>
internal static class GaitTestData
{
    private static long _nextId = 1;

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Speed of a pace given as seconds per kilometre.</summary>
    public static Speed Pace(double secondsPerKm) => Speed.FromMetresPerSecond(1000.0 / secondsPerKm);

    /// <summary>
    /// A continuous run at 07:00 UTC: <paramref name="minutes"/> at <paramref name="secondsPerKm"/> and <paramref name="spm"/>,
    /// all its moving time in the 5-spm band holding <paramref name="spm"/>, its average exactly <paramref name="spm"/>.
    /// </summary>
    public static Activity Run(string date, double secondsPerKm, double spm, double minutes = 40, Sport sport = Sport.Running)
    {
        var moving = TimeSpan.FromMinutes(minutes);
        var speed = Pace(secondsPerKm);
        return Activity(date, sport, speed, moving, Distance.FromMetres(speed.MetresPerSecond * moving.TotalSeconds), Cadence.FromStepsPerMinute(spm),
            [new CadenceBand(Band(spm), moving)]);
    }

    /// <summary>
    /// A run/walk session: <paramref name="runMinutes"/> running at <paramref name="secondsPerKm"/> in the band of
    /// <paramref name="runSpm"/>, <paramref name="walkMinutes"/> walking at 1.4 m/s (Patella's assumed walking speed) in
    /// the band of <paramref name="walkSpm"/>. Its average speed and cadence mix both, as a watch's would.
    /// </summary>
    public static Activity RunWalk(string date, double secondsPerKm, int runSpm, double runMinutes, double walkMinutes, int walkSpm = 120)
    {
        var run = TimeSpan.FromMinutes(runMinutes);
        var walk = TimeSpan.FromMinutes(walkMinutes);
        var metres = (Pace(secondsPerKm).MetresPerSecond * run.TotalSeconds) + (GaitRules.AssumedWalkingMetresPerSecond * walk.TotalSeconds);
        var moving = run + walk;
        var average = ((runSpm * runMinutes) + (walkSpm * walkMinutes)) / (runMinutes + walkMinutes);
        return Activity(date, Sport.Running, Speed.FromMetresPerSecond(metres / moving.TotalSeconds), moving, Distance.FromMetres(metres),
            Cadence.FromStepsPerMinute(average), [new CadenceBand(Band(walkSpm), walk), new CadenceBand(Band(runSpm), run)]);
    }

    /// <summary>A run with no step rate at all (no sensor).</summary>
    public static Activity RunWithoutCadence(string date, double secondsPerKm) =>
        Run(date, secondsPerKm, 170) with
        {
            Metrics = Run(date, secondsPerKm, 170).Metrics with { AverageCadence = null, CadenceDistribution = [] },
        };

    /// <summary>Runs every <paramref name="everyDays"/> days from <paramref name="first"/>, one per step rate given.</summary>
    public static IEnumerable<Activity> Series(string first, int everyDays, double secondsPerKm, params double[] spm)
    {
        var day = Date(first);
        foreach (var s in spm)
        {
            yield return Run(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), secondsPerKm, s);
            day = day.AddDays(everyDays);
        }
    }

    private static int Band(double spm) => (int)Math.Floor(spm / StepCadence.BandWidthStepsPerMinute) * StepCadence.BandWidthStepsPerMinute;

    private static Activity Activity(string date, Sport sport, Speed speed, TimeSpan moving, Distance distance, Cadence average, IReadOnlyList<CadenceBand> bands) =>
        new()
        {
            Id = Interlocked.Increment(ref _nextId),
            Sport = sport,
            StartUtc = DateTime.Parse(date + "T07:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            Metrics = new ActivityMetrics
            {
                Distance = distance,
                MovingTime = moving,
                ElapsedTime = moving,
                DownhillDistance = Distance.Zero,
                AverageSpeed = speed,
                AverageCadence = average,
                CadenceDistribution = bands,
            },
        };
}
