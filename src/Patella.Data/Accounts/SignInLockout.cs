namespace Patella.Data.Accounts;

/// <summary>
/// Lockout after repeated failed sign-ins, against password guessing: after <see cref="MaxFailures"/>
/// consecutive failures the account refuses every sign-in, the right password included, for
/// <see cref="Duration"/>. The numbers are ASP.NET Core Identity's defaults (5 attempts, 5 minutes)
/// with a longer lock, as issue #5 asks (15 minutes).
/// </summary>
public static class SignInLockout
{
    /// <summary>Consecutive failures that lock the account.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked account refuses sign-in.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    /// <summary>True while the account is locked at <paramref name="nowUtc"/>.</summary>
    public static bool IsLocked(Account account, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.LockedUntilUtc is { } until && until > nowUtc;
    }

    /// <summary>Counts a failure; the <see cref="MaxFailures"/>th locks the account and restarts the count.</summary>
    public static void RecordFailure(Account account, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.FailedSignIns++;
        if (account.FailedSignIns >= MaxFailures)
        {
            account.LockedUntilUtc = nowUtc + Duration;
            account.FailedSignIns = 0;
        }
    }

    /// <summary>A successful sign-in clears the count and any expired lock.</summary>
    public static void RecordSuccess(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        account.FailedSignIns = 0;
        account.LockedUntilUtc = null;
    }
}
