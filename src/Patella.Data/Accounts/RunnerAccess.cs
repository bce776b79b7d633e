using Microsoft.EntityFrameworkCore;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.Data.Accounts;

/// <summary>
/// The one place that decides whose data a signed-in account may read. Every web endpoint reaches a
/// runner's rows through these queries and nothing else, so a rule changes here once: an account reads its
/// own runner, and a clinician account also the runners who granted it access and have not revoked
/// (<see cref="Clinic.Consent"/>). Every endpoint follows.
/// </summary>
public static class RunnerAccess
{
    /// <summary>Ids of the runners whose data <paramref name="accountId"/> may read, as a subquery.</summary>
    public static IQueryable<long> ReadableRunnerIds(this PatellaDb db, long accountId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.RunnerId);
        return own.Concat(db.GrantedRunnerIds(accountId));
    }

    /// <summary>
    /// Runner ids that granted the account access and have not revoked, while the account is a clinician (a role taken
    /// away closes every grant at once). A subquery.
    /// </summary>
    public static IQueryable<long> GrantedRunnerIds(this PatellaDb db, long clinicianAccountId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ClinicGrants.AsNoTracking()
            .Where(g => g.ClinicianAccountId == clinicianAccountId && g.RevokedUtc == null && db.Accounts.Any(a => a.Id == clinicianAccountId && a.IsClinician))
            .Select(g => g.RunnerId);
    }

    /// <summary>The runner if the account may read it, else null (the caller answers 404: no hint it exists).</summary>
    /// <remarks>
    /// Every request starts here, so it is one prepared statement on SQLite (<see cref="ReadableRunnerStatement"/>) and
    /// one compiled query on PostgreSQL (EF skips building and looking up the expression; Npgsql pools the connection
    /// under it, so a statement cannot be kept): the rule of <see cref="ReadableRunnerIds"/> and
    /// <see cref="GrantedRunnerIds"/> written out once more, the account's own runner or a standing grant to a clinician
    /// account. A test holds them to the same answers.
    /// </remarks>
    public static Runner? ReadableRunner(this PatellaDb db, long accountId, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ReadableRunnerStatement.Of(db) is { } statement
            ? statement.Read(db, accountId, runnerId)
            : (db.IsSqlite ? ReadableOnSqlite : ReadableOnPostgres)(db, accountId, runnerId);
    }

    // A compiled query keeps the SQL of the first provider it ran on: one per provider (db copy and the tests use both).
    // SQLite uses it only on a context whose connection is not open (see ReadableRunnerStatement).
    private static readonly Func<PatellaDb, long, long, Runner?> ReadableOnSqlite = CompileReadable();
    private static readonly Func<PatellaDb, long, long, Runner?> ReadableOnPostgres = CompileReadable();

    private static Func<PatellaDb, long, long, Runner?> CompileReadable() => EF.CompileQuery(
        (PatellaDb db, long accountId, long runnerId) => db.Runners.AsNoTracking().SingleOrDefault(r => r.Id == runnerId
            && (db.Accounts.Any(a => a.Id == accountId && a.RunnerId == r.Id)
                || db.ClinicGrants.Any(g => g.ClinicianAccountId == accountId && g.RunnerId == r.Id && g.RevokedUtc == null
                    && db.Accounts.Any(a => a.Id == accountId && a.IsClinician)))));

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
