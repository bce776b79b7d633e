using Microsoft.EntityFrameworkCore;
using Patella.Core.Gait;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Load;
using Patella.Data.Runners;

namespace Patella.Web.Rehab;

/// <summary>
/// The runner's cadence plan on a day, read the way <c>patella cadence</c> reads it without <c>--since</c>: baseline
/// over the <see cref="GaitRules.BaselineWeeks"/> weeks before the last <see cref="GaitRules.RecentWeeks"/>, progress
/// over those recent weeks. Core decides the target, the step and the metronome (<see cref="CadencePlan.Of"/>).
/// </summary>
public static class CadenceReading
{
    public static CadencePlan PlanOn(PatellaDb db, Runner runner, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(runner);
        var settings = RunnerLoad.SettingsOf(runner);
        var start = today.AddDays(-(7 * GaitRules.RecentWeeks) + 1);

        // Read a day wider on both sides than the windows: local dates run up to 14 h either side of UTC.
        var from = start.AddDays(-(7 * GaitRules.BaselineWeeks) - 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = today.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var runs = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runner.Id && a.StartUtc >= from && a.StartUtc < to)
            .AsEnumerable()
            .Select(a => a.ToDomain())
            .ToList();
        var baseline = CadenceBaseline.From(runs, today, settings.TimeZone, settings.Unit);
        var progress = CadenceProgress.Since(start, runs, today, settings.TimeZone, settings.Unit);
        return CadencePlan.Of(baseline, progress, startGiven: false);
    }
}
