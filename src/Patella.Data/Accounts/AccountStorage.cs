using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Patella.Data.Runners;

namespace Patella.Data.Accounts;

/// <summary>An account that cannot be created as asked; nothing was written.</summary>
public sealed class AccountException(string message) : Exception(message)
{
    public AccountException()
        : this("the account cannot be created")
    {
    }

    public AccountException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>What a new account asks for. The password is already hashed by the caller.</summary>
/// <param name="TimeZone">IANA zone of the new runner (days and weeks are counted in it).</param>
/// <param name="Units">"km" or "mi".</param>
public sealed record NewAccount(string Email, string PasswordHash, string TimeZone, string Units, bool IsClinician = false);

public enum SignInStatus
{
    SignedIn,
    /// <summary>No such email, or the wrong password: the two are not told apart.</summary>
    WrongCredentials,
    LockedOut,
}

/// <param name="Account">The account on <see cref="SignInStatus.SignedIn"/>; else null.</param>
/// <param name="LockedUntilUtc">On <see cref="SignInStatus.LockedOut"/>: when sign-in opens again.</param>
public sealed record SignInOutcome(SignInStatus Result, Account? Account, DateTime? LockedUntilUtc = null);

/// <summary>Creates accounts and signs them in, with the lockout of <see cref="SignInLockout"/>.</summary>
public static class AccountStorage
{
    /// <summary>Longest email accepted (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>
    /// Creates the account and its runner in one save. The first account on a data folder the command line
    /// already used takes over its runner (<see cref="Runner.LocalRunnerId"/>), so <c>patella serve</c> shows
    /// the runs imported with <c>patella import</c>.
    /// </summary>
    /// <exception cref="AccountException">Not an email address, taken, or an unknown zone or unit.</exception>
    public static Account Create(PatellaDb db, NewAccount request, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var email = ValidEmail(request.Email);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _))
        {
            throw new AccountException($"'{request.TimeZone}' is not a time zone this server knows");
        }

        if (request.Units is not ("km" or "mi"))
        {
            throw new AccountException("units are km or mi");
        }

        var key = Account.KeyOf(email);
        if (db.Accounts.AsNoTracking().Any(a => a.EmailKey == key))
        {
            throw new AccountException("an account with this email already exists: sign in instead");
        }

        using var transaction = db.Database.BeginTransaction();
        var local = db.Runners.AsTracking().SingleOrDefault(r => r.Id == Runner.LocalRunnerId && !db.Accounts.Any(a => a.RunnerId == r.Id));
        var runner = local ?? new Runner { Name = email[..email.IndexOf('@', StringComparison.Ordinal)], CreatedUtc = nowUtc };
        runner.TimeZone = request.TimeZone;
        runner.Units = request.Units;
        if (local is null)
        {
            db.Runners.Add(runner);
        }

        db.SaveChanges();
        var account = new Account
        {
            RunnerId = runner.Id,
            Email = email,
            EmailKey = key,
            PasswordHash = request.PasswordHash,
            IsRunner = true,
            IsClinician = request.IsClinician,
            CreatedUtc = nowUtc,
        };
        db.Accounts.Add(account);
        db.SaveChanges();
        transaction.Commit();
        db.ChangeTracker.Clear();
        return account;
    }

    /// <summary>The account with this email (any case), or null.</summary>
    public static Account? FindByEmail(PatellaDb db, string email)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = Account.KeyOf(email ?? "");
        return db.Accounts.AsNoTracking().SingleOrDefault(a => a.EmailKey == key);
    }

    /// <summary>
    /// Checks a sign-in and records it: a success clears the failure count, a failure counts towards the lockout,
    /// and a locked account is refused without looking at the password.
    /// </summary>
    /// <param name="passwordMatches">Given the stored hash, whether the typed password matches it.</param>
    public static SignInOutcome SignIn(PatellaDb db, string email, Func<string, bool> passwordMatches, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(passwordMatches);
        var key = Account.KeyOf(email ?? "");
        var account = db.Accounts.AsTracking().SingleOrDefault(a => a.EmailKey == key);
        if (account is null)
        {
            return new SignInOutcome(SignInStatus.WrongCredentials, null);
        }

        try
        {
            if (SignInLockout.IsLocked(account, nowUtc))
            {
                return new SignInOutcome(SignInStatus.LockedOut, null, account.LockedUntilUtc);
            }

            if (!passwordMatches(account.PasswordHash))
            {
                SignInLockout.RecordFailure(account, nowUtc);
                db.SaveChanges();
                return SignInLockout.IsLocked(account, nowUtc)
                    ? new SignInOutcome(SignInStatus.LockedOut, null, account.LockedUntilUtc)
                    : new SignInOutcome(SignInStatus.WrongCredentials, null);
            }

            SignInLockout.RecordSuccess(account);
            db.SaveChanges();
            return new SignInOutcome(SignInStatus.SignedIn, account);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Replaces the password hash (a rehash after an algorithm upgrade, or a new password).</summary>
    public static void SetPasswordHash(PatellaDb db, long accountId, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Accounts.Where(a => a.Id == accountId).ExecuteUpdate(s => s.SetProperty(a => a.PasswordHash, passwordHash));
    }

    private static string ValidEmail(string? text)
    {
        var email = text?.Trim() ?? "";
        if (email.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new AccountException($"'{text}' is not an email address");
        }

        return email;
    }
}
