using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Assessment;

/// <summary>
/// Turns the load engine's picture of a runner's own runs into the facts the assessment weighs.
/// "Recent" is the four weeks before the assessment: the seeds describe pain that follows a
/// training change within weeks, and the 30-day window is Frandsen 2025's for single-run spikes.
/// </summary>
public static class EvidenceFromRuns
{
    /// <summary>How far back a training change still counts as recent: 4 finished weeks (28 days).</summary>
    public const int RecentWeeks = 4;

    /// <summary>Days over which cadence and speed are averaged for the cadence factor.</summary>
    public const int CadenceWindowDays = 28;

    /// <summary>
    /// The evidence on <see cref="LoadPicture.Day"/>: the largest week-over-week distance rise and
    /// downhill rise among the recent weeks, the largest single-run spike of the last 30 days (else the
    /// latest run of the last 30 days against its reference), the shoe of the latest run, cadence at speed over the last
    /// 28 days, and rest days in the last 14. Null when there is no running at all.
    /// </summary>
    public static TrainingEvidence? From(LoadPicture picture, IReadOnlyList<Activity> activities, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(zone);
        var runs = activities
            .Where(a => a.Sport.IsRunning() && LocalDay(a, zone) <= picture.Day)
            .OrderBy(a => a.StartUtc)
            .ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        return new TrainingEvidence
        {
            WeeklyDistance = LargestWeeklyRise(picture),
            RunSpike = LargestRecentSpike(picture, runs, zone),
            Downhill = LargestDownhillRise(picture),
            Shoe = ShoeOfLatestRun(picture, runs[^1]),
            Cadence = CadenceOverRecentRuns(picture.Day, runs, zone),
            RestDaysInLast14Days = 14 - picture.Days.Count(d => d.Date > picture.Day.AddDays(-14) && d.Date <= picture.Day && d.Runs > 0),
            RestDaysCountedTo = picture.Day,
        };
    }

    private static WeeklyDistanceChange? LargestWeeklyRise(LoadPicture picture)
    {
        WeeklyDistanceChange? best = null;
        var weeks = picture.Weeks;
        for (var i = Math.Max(1, weeks.Count - RecentWeeks - 1); i < weeks.Count; i++)
        {
            var change = new WeeklyDistanceChange(weeks[i].WeekStart, weeks[i].Distance, weeks[i - 1].Distance);
            if (best is null || (change.ChangePercent ?? double.MinValue) > (best.ChangePercent ?? double.MinValue))
            {
                best = change;
            }
        }

        return best;
    }

    private static DownhillChange? LargestDownhillRise(LoadPicture picture)
    {
        DownhillChange? best = null;
        var weeks = picture.Weeks;
        for (var i = Math.Max(1, weeks.Count - RecentWeeks - 1); i < weeks.Count; i++)
        {
            var change = new DownhillChange(weeks[i].WeekStart, weeks[i].DownhillDistance, weeks[i - 1].DownhillDistance, weeks[i].DescentMetres, weeks[i - 1].DescentMetres);
            if (best is null || (change.DownhillChangePercent ?? double.MinValue) > (best.DownhillChangePercent ?? double.MinValue))
            {
                best = change;
            }
        }

        return best;
    }

    private static SingleRunSpike? LargestRecentSpike(LoadPicture picture, List<Activity> runs, TimeZoneInfo zone)
    {
        var recent = picture.Spikes
            .Where(s => s.Date > picture.Day.AddDays(-30) && s.Increase is not null)
            .MaxBy(s => s.Increase!.Value);
        if (recent is not null)
        {
            return new SingleRunSpike(recent.Date, recent.Run, recent.LongestPrevious30Days);
        }

        var latest = runs[^1];
        var day = LocalDay(latest, zone);
        if (day <= picture.Day.AddDays(-30))
        {
            return null; // no run in the last 30 days: nothing recent to weigh
        }

        var longestBefore = runs
            .Where(r => LocalDay(r, zone) < day && LocalDay(r, zone) >= day.AddDays(-30))
            .Select(r => r.Metrics.Distance)
            .DefaultIfEmpty(Distance.Zero)
            .Max();
        return new SingleRunSpike(day, latest.Metrics.Distance, longestBefore);
    }

    private static ShoeWear? ShoeOfLatestRun(LoadPicture picture, Activity latest)
    {
        var shoes = picture.Shoes.Shoes.Where(s => s.State != ShoeState.Retired).ToList();
        var named = latest.Gear is { } gear ? shoes.FirstOrDefault(s => string.Equals(s.Name, gear, StringComparison.OrdinalIgnoreCase)) : null;
        var shoe = named ?? shoes.Where(s => s.LastRun is not null).MaxBy(s => s.LastRun);
        return shoe is null ? null : new ShoeWear(shoe.Name, shoe.Distance);
    }

    private static CadenceAtSpeed? CadenceOverRecentRuns(DateOnly day, List<Activity> runs, TimeZoneInfo zone)
    {
        var from = day.AddDays(-(CadenceWindowDays - 1));
        var seconds = 0.0;
        var cadenceSeconds = 0.0;
        var weightedCadence = 0.0;
        var metres = 0.0;
        foreach (var run in runs.Where(r => LocalDay(r, zone) >= from))
        {
            var moving = run.Metrics.MovingTime.TotalSeconds;
            seconds += moving;
            metres += run.Metrics.Distance.Metres;
            if (run.Metrics.AverageCadence is { } cadence)
            {
                cadenceSeconds += moving;
                weightedCadence += cadence.StepsPerMinute * moving;
            }
        }

        return cadenceSeconds > 0 && seconds > 0
            ? new CadenceAtSpeed(from, day, Cadence.FromStepsPerMinute(weightedCadence / cadenceSeconds), Speed.FromMetresPerSecond(metres / seconds))
            : null;
    }

    private static DateOnly LocalDay(Activity activity, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(activity.StartUtc, zone));
}
