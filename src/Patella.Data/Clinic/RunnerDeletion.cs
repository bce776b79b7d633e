using Microsoft.EntityFrameworkCore;

namespace Patella.Data.Clinic;

/// <summary>
/// "Delete my account and all data": the runner row goes, and with it every row that references it (every runner_id
/// column is <c>ON DELETE CASCADE</c> in the SQL scripts, the account, its grants, invites, notes and adjustments about
/// the runner included), in one transaction. Notes and adjustments the account wrote as a clinician on other runners stay
/// on those runners' records, without the account link.
/// </summary>
public static class RunnerDeletion
{
    /// <summary>Deletes the account's runner and everything of it. False when there is no such account (nothing changed).</summary>
    public static bool DeleteAccount(PatellaDb db, long accountId)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var transaction = db.Database.BeginTransaction();
        var runnerId = db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => (long?)a.RunnerId).SingleOrDefault();
        if (runnerId is null)
        {
            return false;
        }

        db.Runners.Where(r => r.Id == runnerId).ExecuteDelete();
        transaction.Commit();
        db.ChangeTracker.Clear();
        return true;
    }
}
