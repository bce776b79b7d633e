using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Data;
using Patella.Data.Activities;

namespace Patella.Cli.Assessment;

/// <summary>The facts from a runner's own imported runs that the knee assessment turns into contributing factors.</summary>
public static class RunEvidence
{
    /// <summary>
    /// Evidence from the runner's activities up to <paramref name="today"/>, days and ISO weeks counted in
    /// <paramref name="zone"/>, through the load engine (<see cref="EvidenceFromRuns"/>); null when the
    /// runner has no runs (the assessment then uses the answers alone).
    /// </summary>
    public static TrainingEvidence? For(PatellaDb db, long runnerId, DateOnly today, TimeZoneInfo zone, IReadOnlyList<Shoe>? shoes = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zone);
        var activities = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runnerId)
            .AsEnumerable()
            .Select(a => a.ToDomain())
            .ToList();
        if (activities.Count == 0)
        {
            return null;
        }

        var picture = LoadEngine.PictureOn(today, activities, shoes ?? [], new LoadSettings(zone));
        return EvidenceFromRuns.From(picture, activities, zone);
    }
}
