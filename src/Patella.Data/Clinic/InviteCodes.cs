using System.Security.Cryptography;
using System.Text;

namespace Patella.Data.Clinic;

/// <summary>
/// Invite codes: 12 characters of Crockford's base-32 (no I, L, O, U: nothing to misread), 60 random bits from the OS
/// generator, shown as three groups of four ("7K3M-Q9XZ-2B4T"). Single use and short-lived, so 60 bits are far beyond guessing.
/// </summary>
public static class InviteCodes
{
    /// <summary>Characters of a code, grouping dashes left out.</summary>
    public const int Length = 12;

    /// <summary>How long a code can be used after it is made (the brief: about a week).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A fresh code, grouped for reading.</summary>
    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    /// <summary>The code as typed, made comparable: upper case, dashes and spaces dropped, O read as 0 and I or L as 1.</summary>
    public static string Normalise(string? typed)
    {
        var builder = new StringBuilder(Length);
        foreach (var c in (typed ?? "").ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            builder.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        return builder.ToString();
    }

    /// <summary>What is stored: lower-case hex SHA-256 of the normalised code.</summary>
    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Normalise(code))));
}
