using System.Globalization;
using BenchmarkDotNet.Attributes;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Benchmarks.Load;

/// <summary>
/// The load picture for a runner with 10 years of daily runs (3,650 runs plus weekly cross-training), in a
/// zone with DST. Target (issue #3): the whole picture under 50 ms; adding one activity cheaper than rebuilding.
/// </summary>
[MemoryDiagnoser]
public class LoadPictureBenchmarks
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly LoadSettings _settings = new(Zone);
    private List<Activity> _activities = [];
    private LoadHistory _history = null!;
    private Activity _newRun = null!;
    private Shoe[] _shoes = [];
    private DateOnly _day;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var first = new DateTime(2015, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3650; i++)
        {
            var km = 5 + (random.NextDouble() * 15);
            _activities.Add(Activity(i + 1, first.AddDays(i), Sport.Running, km, "Shoe " + (i / 250).ToString(CultureInfo.InvariantCulture)));
            if (i % 7 == 3)
            {
                _activities.Add(Activity(100_000 + i, first.AddDays(i).AddHours(10), Sport.Cycling, 30, null));
            }
        }

        _shoes = [.. Enumerable.Range(0, 15).Select(s => new Shoe("Shoe " + s.ToString(CultureInfo.InvariantCulture)) { Retired = s < 14 ? DateOnly.FromDateTime(first.AddDays((s + 1) * 250)) : null })];
        _day = DateOnly.FromDateTime(first.AddDays(3650));
        _history = LoadHistory.Build(_activities, _settings);
        _newRun = Activity(999_999, first.AddDays(3650).AddHours(2), Sport.Running, 12, "Shoe 14");
    }

    [Benchmark(Baseline = true, Description = "Picture from 3,650 activities (build + picture)")]
    public LoadPicture PictureFromActivities() => LoadEngine.PictureOn(_day, _activities, _shoes, _settings);

    [Benchmark(Description = "Picture from a built history")]
    public LoadPicture PictureFromHistory() => LoadEngine.PictureOn(_day, _history, _shoes);

    [Benchmark(Description = "One activity added, then the picture")]
    public LoadPicture AddOneActivity() => LoadEngine.PictureOn(_day, _history.With(_newRun), _shoes);

    private static Activity Activity(long id, DateTime start, Sport sport, double km, string? gear) => new()
    {
        Id = id,
        Sport = sport,
        StartUtc = start,
        Gear = gear,
        Metrics = new ActivityMetrics
        {
            Distance = Distance.FromKilometres(km),
            MovingTime = TimeSpan.FromMinutes(km * 5.5),
            ElapsedTime = TimeSpan.FromMinutes(km * 5.8),
            ElevationLossMetres = km * 8,
            DownhillDistance = Distance.FromKilometres(km * 0.2),
            AverageSpeed = Speed.FromMetresPerSecond(3),
        },
    };
}
