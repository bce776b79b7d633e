using Microsoft.EntityFrameworkCore;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.Data.Accounts;

/// <summary>
/// The one place that decides whose data a signed-in account may read. Every web endpoint reaches a
/// runner's rows through these queries and nothing else, so a rule changes here once: today an account
/// reads its own runner only. Clinician access plugs in at <see cref="ReadableRunnerIds"/> (runners who
/// invited this account and have not revoked), and every endpoint follows.
/// </summary>
public static class RunnerAccess
{
    /// <summary>Ids of the runners whose data <paramref name="accountId"/> may read, as a subquery.</summary>
    public static IQueryable<long> ReadableRunnerIds(this PatellaDb db, long accountId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.RunnerId);
    }

    /// <summary>The runner if the account may read it, else null (the caller answers 404: no hint it exists).</summary>
    public static Runner? ReadableRunner(this PatellaDb db, long accountId, long runnerId)
    {
        var readable = db.ReadableRunnerIds(accountId);
        return db.Runners.AsNoTracking().SingleOrDefault(r => r.Id == runnerId && readable.Contains(r.Id));
    }

    /// <summary>Every activity of every runner the account may read.</summary>
    public static IQueryable<StoredActivity> ReadableActivities(this PatellaDb db, long accountId)
    {
        var readable = db.ReadableRunnerIds(accountId);
        return db.Activities.AsNoTracking().Where(a => readable.Contains(a.RunnerId));
    }

    /// <summary>Every stored original file of every runner the account may read.</summary>
    public static IQueryable<StoredActivityFile> ReadableActivityFiles(this PatellaDb db, long accountId)
    {
        var readable = db.ReadableRunnerIds(accountId);
        return db.ActivityFiles.AsNoTracking().Where(f => readable.Contains(f.RunnerId));
    }
}
