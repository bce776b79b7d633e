using Microsoft.EntityFrameworkCore;
using Patella.Core.Activities;
using Patella.Core.Gait;
using Patella.Data.Activities;
using Patella.Data.Load;
using Patella.Data.Runners;

namespace Patella.Data.Gait;

/// <summary>
/// The runner's cadence plan on a day, read once for <c>patella cadence</c> and the web's knee page. Without a start
/// the baseline is the <see cref="GaitRules.BaselineWeeks"/> weeks ending on the day and progress compares the last
/// <see cref="GaitRules.RecentWeeks"/> weeks with the <see cref="GaitRules.BaselineWeeks"/> before them. With a start
/// (the day retraining began) the baseline is the <see cref="GaitRules.BaselineWeeks"/> weeks before it, so the target
/// stays put while the runner's cadence moves, and progress compares start..day with them. Core decides the rest
/// (<see cref="CadenceBaseline"/>, <see cref="CadenceProgress"/>, <see cref="CadencePlan.Of"/>); this reads the runs.
/// </summary>
public static class CadenceReading
{
    /// <summary>The plan on <paramref name="today"/> (a local date in the runner's zone).</summary>
    /// <param name="since">The local date retraining began, at most <paramref name="today"/>; null for the default recent window.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="since"/> is after <paramref name="today"/>.</exception>
    public static CadencePlan PlanOn(PatellaDb db, Runner runner, DateOnly today, DateOnly? since = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(runner);
        if (since > today)
        {
            throw new ArgumentOutOfRangeException(nameof(since), since, "The start of retraining cannot be after the day read.");
        }

        var settings = RunnerLoad.SettingsOf(runner);
        var start = since ?? RecentStart(today);
        var runs = RunsBetween(db, runner.Id, start.AddDays(-7 * GaitRules.BaselineWeeks), today);
        var baselineEnd = since is { } d ? d.AddDays(-1) : today;
        var baseline = CadenceBaseline.From(runs, baselineEnd, settings.TimeZone, settings.Unit);
        var progress = CadenceProgress.Since(start, runs, today, settings.TimeZone, settings.Unit);
        return CadencePlan.Of(baseline, progress, startGiven: since is not null);
    }

    // The default recent window: the last GaitRules.RecentWeeks weeks, the day included.
    private static DateOnly RecentStart(DateOnly today) => today.AddDays(-(7 * GaitRules.RecentWeeks) + 1);

    // Runs are read whole from a day before the first local date to a day after the last: local dates run up to 14 h
    // either side of UTC, and Core picks the ones that fall inside each window in the runner's zone.
    private static List<Activity> RunsBetween(PatellaDb db, long runnerId, DateOnly first, DateOnly last)
    {
        var from = first.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = last.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return [.. db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runnerId && a.StartUtc >= from && a.StartUtc < to)
            .AsEnumerable()
            .Select(a => a.ToDomain())];
    }
}
