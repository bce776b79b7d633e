using Microsoft.EntityFrameworkCore;
using Patella.Data.Accounts;
using Patella.Data.Runners;

namespace Patella.Data.Clinic;

/// <summary>A clinic action refused: the message says what and why; nothing was written.</summary>
public sealed class ClinicException(string message) : Exception(message)
{
    public ClinicException()
        : this("the clinic action was refused")
    {
    }

    public ClinicException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>A code as the runner sees it once.</summary>
public sealed record InviteCode(string Code, DateTime ExpiresUtc);

/// <summary>An invite code not used yet and not expired: a clinician could still join with it.</summary>
public sealed record OpenInvite(long Id, DateTime CreatedUtc, DateTime ExpiresUtc);

/// <summary>Who has (or had) access to a runner's data.</summary>
/// <param name="RevokedUtc">Null while access stands.</param>
public sealed record AccessGrant(long Id, string ClinicianEmail, DateTime GrantedUtc, DateTime? RevokedUtc);

/// <summary>
/// The runner's consent: an invite code, a clinician using it, and the runner taking access back. What a grant opens is
/// decided in one place, <see cref="RunnerAccess.ReadableRunnerIds"/>; this class only writes and lists the grants.
/// </summary>
public static class Consent
{
    /// <summary>A new single-use code for the runner, valid for <see cref="InviteCodes.Lifetime"/>.</summary>
    public static InviteCode CreateInvite(PatellaDb db, long runnerId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = InviteCodes.New();
        var expires = nowUtc + InviteCodes.Lifetime;
        db.ClinicInvites.Add(new ClinicInvite { RunnerId = runnerId, CodeSha256 = InviteCodes.Hash(code), CreatedUtc = nowUtc, ExpiresUtc = expires });
        db.SaveChanges();
        db.ChangeTracker.Clear();
        return new InviteCode(code, expires);
    }

    /// <summary>
    /// A clinician uses a runner's code: the code is spent and the account reads the runner's data until the runner
    /// revokes. Using a second code of a runner already shared spends it and returns the standing grant.
    /// </summary>
    /// <exception cref="ClinicException">The account is not a clinician; the code is unknown, used or expired; or it is the account's own runner's code.</exception>
    public static ClinicGrant Accept(PatellaDb db, long clinicianAccountId, string code, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var account = db.Accounts.AsNoTracking().SingleOrDefault(a => a.Id == clinicianAccountId);
        if (account is not { IsClinician: true })
        {
            throw new ClinicException("only a clinician account can use an invite code");
        }

        var hash = InviteCodes.Hash(code);
        using var transaction = db.Database.BeginTransaction();
        var invite = db.ClinicInvites.AsTracking().SingleOrDefault(i => i.CodeSha256 == hash)
            ?? throw new ClinicException("code: no such invite code (check it, or ask the runner for a new one)");
        if (invite.UsedUtc is not null)
        {
            throw new ClinicException("code: this invite code was used already; ask the runner for a new one");
        }

        if (invite.ExpiresUtc <= nowUtc)
        {
            throw new ClinicException("code: this invite code has expired; ask the runner for a new one");
        }

        if (invite.RunnerId == account.RunnerId)
        {
            throw new ClinicException("code: this is your own invite code; give it to your clinician");
        }

        invite.UsedUtc = nowUtc;
        var grant = db.ClinicGrants.AsTracking().SingleOrDefault(g => g.RunnerId == invite.RunnerId && g.ClinicianAccountId == clinicianAccountId && g.RevokedUtc == null);
        if (grant is null)
        {
            grant = new ClinicGrant { RunnerId = invite.RunnerId, ClinicianAccountId = clinicianAccountId, InviteId = invite.Id, GrantedUtc = nowUtc };
            db.ClinicGrants.Add(grant);
        }

        db.SaveChanges();
        transaction.Commit();
        db.ChangeTracker.Clear();
        return grant;
    }

    /// <summary>Every grant of the runner, standing ones first, newest first.</summary>
    public static IReadOnlyList<AccessGrant> GrantsOf(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.ClinicGrants.AsNoTracking()
            .Where(g => g.RunnerId == runnerId)
            .Join(db.Accounts.AsNoTracking(), g => g.ClinicianAccountId, a => a.Id, (g, a) => new AccessGrant(g.Id, a.Email, g.GrantedUtc, g.RevokedUtc))
            .AsEnumerable()
            .OrderBy(g => g.RevokedUtc is null ? 0 : 1).ThenByDescending(g => g.GrantedUtc)];
    }

    /// <summary>The runner's codes a clinician could still use at <paramref name="nowUtc"/>, newest first.</summary>
    public static IReadOnlyList<OpenInvite> OpenInvitesOf(PatellaDb db, long runnerId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.ClinicInvites.AsNoTracking()
            .Where(i => i.RunnerId == runnerId && i.UsedUtc == null && i.ExpiresUtc > nowUtc)
            .OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id)
            .Select(i => new OpenInvite(i.Id, i.CreatedUtc, i.ExpiresUtc))];
    }

    /// <summary>
    /// The runner withdraws a code nobody has used: it expires now (the row stays, as every code the runner made does).
    /// False when the runner has no such open code (used, expired, another runner's: nothing changed).
    /// </summary>
    public static bool CancelInvite(PatellaDb db, long runnerId, long inviteId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ClinicInvites.Where(i => i.Id == inviteId && i.RunnerId == runnerId && i.UsedUtc == null && i.ExpiresUtc > nowUtc)
            .ExecuteUpdate(s => s.SetProperty(i => i.ExpiresUtc, nowUtc)) == 1;
    }

    /// <summary>The runner takes access back, from now. False when the runner has no such standing grant (nothing changed).</summary>
    public static bool Revoke(PatellaDb db, long runnerId, long grantId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ClinicGrants.Where(g => g.Id == grantId && g.RunnerId == runnerId && g.RevokedUtc == null)
            .ExecuteUpdate(s => s.SetProperty(g => g.RevokedUtc, nowUtc)) == 1;
    }

    /// <summary>True while the runner's grant to this clinician stands: what writing a note or an adjustment needs.</summary>
    public static bool IsSharedWith(PatellaDb db, long clinicianAccountId, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GrantedRunnerIds(clinicianAccountId).Any(id => id == runnerId);
    }

    /// <summary>The runners who share their data with the clinician now, by name.</summary>
    public static IReadOnlyList<Runner> RunnersSharedWith(PatellaDb db, long clinicianAccountId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = db.GrantedRunnerIds(clinicianAccountId);
        return [.. db.Runners.AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Name).ThenBy(r => r.Id)];
    }
}
