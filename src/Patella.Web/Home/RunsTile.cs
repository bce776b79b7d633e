using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Activities;

namespace Patella.Web.Home;

/// <summary>The home page's runs tile: how many activities the runner has and the latest one.</summary>
public sealed record RunsTile(int Count, StoredActivity? Latest)
{
    public static RunsTile Read(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = db.Activities.AsNoTracking().Where(a => a.RunnerId == runnerId);
        return new RunsTile(runs.Count(), runs.OrderByDescending(a => a.StartUtc).FirstOrDefault());
    }
}
