using Microsoft.AspNetCore.Identity;
using Patella.Data.Accounts;

namespace Patella.Web.Accounts;

/// <summary>Password hashing with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, per-password salt, versioned format).</summary>
internal static class Passwords
{
    /// <summary>Shortest password accepted (NIST SP 800-63B: at least 8 characters, no composition rules).</summary>
    public const int MinLength = 8;

    /// <summary>Longest password accepted, so hashing cost stays bounded.</summary>
    public const int MaxLength = 128;

    private static readonly PasswordHasher<Account> Hasher = new();

    // Hashed once so a sign-in for an unknown email costs the same as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public static bool IsAcceptable(string? password) => password is { Length: >= MinLength and <= MaxLength };

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Matches(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Spends the time a real check would, for an email with no account.</summary>
    public static void SpendDecoyTime(string password) => _ = Matches(DecoyHash.Value, password);
}
