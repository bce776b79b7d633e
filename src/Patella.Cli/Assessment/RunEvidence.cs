using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Data;

namespace Patella.Cli.Assessment;

/// <summary>The facts from a runner's own imported runs that the knee assessment turns into contributing factors.</summary>
public static class RunEvidence
{
    /// <summary>
    /// Evidence from the runner's activities up to <paramref name="today"/>, days and ISO weeks counted in
    /// <paramref name="zone"/>; null when the runner has no activities (the assessment then uses the answers alone).
    /// </summary>
    public static TrainingEvidence? For(PatellaDb db, long runnerId, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zone);
        if (!db.Activities.AsNoTracking().Any(a => a.RunnerId == runnerId))
        {
            return null;
        }

        // Integrator: fill this from the load engine (merged in parallel) rather than recomputing load here:
        // WeeklyDistance = this ISO week vs the last (in `zone`, up to `today`), RunSpike = the latest run vs
        // the longest of the 30 days before it, Downhill = weekly downhill distance and descent, Shoe = the
        // shoe in use and its distance, Cadence = average spm at average speed over recent runs, and
        // RestDaysInLast14Days / RestDaysCountedTo = `today`. Until then the assessment uses the answers alone.
        return null;
    }
}
