using Patella.Core.Activities;
using Patella.Data.Activities;

namespace Patella.Web.Demo;

/// <summary>
/// Twelve weeks of a runner building toward a half marathon, ending on a given day: three or four runs a week
/// (easy Tuesday, hills Thursday, easy Friday from week 6, long run at the weekend), with a mileage jump and a long
/// run spike in week 8 (long run 13 → 19 km, the week 31 → 43 km) and a hilly block around it, the pattern of seed
/// A's runner. Deterministic: the same day gives the same runs.
/// </summary>
internal static class DemoRuns
{
    /// <summary>The shoe every demo run is done in (its gear name).</summary>
    public const string Shoe = "Daily trainer";

    // Week by week (1-12): easy run km, hill run km, optional Friday km, long run km, hill descent metres.
    private static readonly (double Easy, double Hills, double Friday, double Long, double Descent)[] Plan =
    [
        (6, 6, 0, 8, 120), (6, 7, 0, 9, 130), (7, 7, 0, 10, 140), (7, 8, 0, 11, 150),
        (6, 6, 0, 9, 120), (8, 8, 5, 12, 180), (8, 8, 5, 13, 260), (10, 9, 5, 19, 420),
        (8, 8, 5, 13, 300), (8, 8, 6, 14, 200), (8, 9, 6, 16, 180), (7, 7, 5, 12, 140),
    ];

    /// <summary>The runs of the twelve weeks up to <paramref name="today"/> (none after it), in the runner's zone.</summary>
    public static IEnumerable<StoredActivity> Through(DateOnly today, TimeZoneInfo zone, long runnerId)
    {
        var firstMonday = Core.Load.LoadSeries.WeekStart(today).AddDays(-7 * (Plan.Length - 1));
        var random = new Random(today.DayNumber);
        for (var week = 0; week < Plan.Length; week++)
        {
            var p = Plan[week];
            var monday = firstMonday.AddDays(7 * week);
            var runs = new List<(int Day, string Name, double Km, double PaceSecondsPerKm, double Descent)>
            {
                (1, "Easy run", p.Easy, 345, p.Easy * 6),
                (3, "Hill repeats", p.Hills, 320, p.Descent),
                (6, "Long run", p.Long, 360, week == 7 ? 380 : p.Long * 8),
            };
            if (p.Friday > 0)
            {
                runs.Add((4, "Easy run", p.Friday, 350, p.Friday * 5));
            }

            foreach (var (day, name, km, pace, descent) in runs)
            {
                var date = monday.AddDays(day);
                if (date > today)
                {
                    continue;
                }

                yield return Run(date, name, km, pace * (0.97 + (0.06 * random.NextDouble())), descent, zone, runnerId, random);
            }
        }
    }

    private static StoredActivity Run(DateOnly date, string name, double km, double paceSecondsPerKm, double descent, TimeZoneInfo zone, long runnerId, Random random)
    {
        var local = date.ToDateTime(new TimeOnly(7, random.Next(0, 45)));
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        var metres = km * 1000;
        var moving = metres / 1000 * paceSecondsPerKm;
        var hilly = name == "Hill repeats" || descent > 300;
        return new StoredActivity
        {
            RunnerId = runnerId,
            Sport = Sport.Running,
            SportName = "running",
            Name = name,
            Device = "Patella demo",
            StartUtc = startUtc,
            UtcOffsetMinutes = (int)zone.GetUtcOffset(startUtc).TotalMinutes,
            DistanceMetres = metres,
            MovingTimeSeconds = Math.Round(moving),
            ElapsedTimeSeconds = Math.Round(moving + 60 + random.Next(0, 120)),
            ElevationGainMetres = Math.Round(descent * 1.02),
            ElevationLossMetres = Math.Round(descent),

            // Hills: about a third of the descent is on grades steeper than -3% (a 6% grade drops 60 m per km).
            DownhillDistanceMetres = Math.Round(hilly ? descent / 0.06 * 0.9 : descent / 0.06 * 0.2),
            AverageSpeedMetresPerSecond = metres / moving,
            AverageCadenceStepsPerMinute = Math.Round(164 + (4 * random.NextDouble()), 1),
            AverageHeartRateBpm = Math.Round(name == "Hill repeats" ? 158 : 142 + (6 * random.NextDouble())),
            MaxHeartRateBpm = name == "Hill repeats" ? 178 : 160,
            DistanceFromPositions = true,
            Gear = Shoe,
        };
    }
}
