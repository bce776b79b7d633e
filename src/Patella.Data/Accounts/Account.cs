namespace Patella.Data.Accounts;

/// <summary>
/// A person who signs in to the web app: an email, a password hash (ASP.NET Core's PasswordHasher
/// format, made and checked by the web app; Data never sees a password), roles, and the lockout
/// state. Linked to exactly one <see cref="Runners.Runner"/> row: the runner's data is theirs.
/// </summary>
public sealed class Account
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>As the person typed it, trimmed.</summary>
    public required string Email { get; set; }

    /// <summary><see cref="Email"/> trimmed and upper-cased (invariant): unique, so sign-in ignores case on every database.</summary>
    public required string EmailKey { get; set; }

    public required string PasswordHash { get; set; }

    public bool IsRunner { get; set; }

    public bool IsClinician { get; set; }

    /// <summary>Consecutive failed sign-ins since the last success or lockout, 0 to <see cref="SignInLockout.MaxFailures"/> − 1.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in is refused until this instant (UTC), even with the right password; null when not locked.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The key an email is unique by.</summary>
    public static string KeyOf(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToUpperInvariant();
    }
}
