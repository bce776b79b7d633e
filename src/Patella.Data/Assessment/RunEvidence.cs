using Patella.Core.Assessment;
using Patella.Data.Load;
using Patella.Data.Runners;

namespace Patella.Data.Assessment;

/// <summary>The facts from a runner's own imported runs that the knee assessment turns into contributing factors.</summary>
public static class RunEvidence
{
    /// <summary>
    /// Evidence from the runner's activities and shoes up to <paramref name="today"/> (the runner's zone),
    /// through the load engine (<see cref="EvidenceFromRuns"/>); null when the runner has no runs, and the
    /// assessment then uses the answers alone.
    /// </summary>
    /// <param name="read">The runner's load when the caller already read it (for <paramref name="today"/> or a later day): no second read.</param>
    public static TrainingEvidence? For(PatellaDb db, Runner runner, DateOnly today, RunnerLoad? read = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(runner);
        return On(read is not null && today <= read.Day ? read : RunnerLoad.Read(db, runner, today), today);
    }

    /// <summary>The same evidence from a load already read for <paramref name="day"/> or a later day.</summary>
    public static TrainingEvidence? On(RunnerLoad load, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (load.Day != day)
        {
            load = load.AsOf(day);
        }

        return load.Activities.Count == 0 ? null : EvidenceFromRuns.From(load.PictureOn(day), load.Activities, load.Settings.TimeZone);
    }
}
