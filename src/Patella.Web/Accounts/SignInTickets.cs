using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Patella.Web.Accounts;

/// <summary>
/// Sign-in cookies, decrypted once per cookie value and kept a few minutes. Every signed-in request sent the same
/// cookie and paid for its decryption (a key derivation, an HMAC and AES) and the ticket's parse: a fifth of a kept
/// <c>/api/today</c>. The cookie is authenticated encryption, so the same text always opens to the same ticket; each
/// request gets its own copy, and the cookie handler still checks its expiry on every request, as before.
/// </summary>
/// <remarks>
/// What keeping changes: a data-protection key revoked by hand would still open the cookies it opened in the last
/// <see cref="KeptFor"/>. Nothing else: sign-out only ever deleted the browser's cookie, and access to a runner's data is
/// decided from the database on every request (<see cref="Data.Accounts.RunnerAccess"/>).
/// </remarks>
public sealed class SignInTickets : IDisposable
{
    /// <summary>How long an opened cookie is kept after it was first opened.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    /// <summary>Most cookies kept at once: one per browser signed in during <see cref="KeptFor"/>.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache opened = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Cookies kept now (for tests).</summary>
    public int Count => opened.Count;

    /// <summary>Makes the sign-in cookie's ticket format keep what it opens here.</summary>
    internal static void Keep(IServiceCollection services)
    {
        services.AddSingleton<SignInTickets>();
        // After AddCookie's own post-configuration, which sets the data-protected format this wraps.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<SignInTickets>((options, tickets) => options.TicketDataFormat = new KeptFormat(options.TicketDataFormat, tickets));
    }

    public void Dispose() => opened.Dispose();

    private AuthenticationTicket? Open(ISecureDataFormat<AuthenticationTicket> format, string protectedText)
    {
        if (opened.TryGetValue(protectedText, out AuthenticationTicket? kept) && kept is not null)
        {
            return Copy(kept);
        }

        var ticket = format.Unprotect(protectedText);
        if (ticket is not null)
        {
            opened.Set(protectedText, Copy(ticket), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });
        }

        return ticket;
    }

    // The handler may renew or replace what it is given; the kept ticket stays as the cookie says.
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);

    private sealed class KeptFormat(ISecureDataFormat<AuthenticationTicket> inner, SignInTickets tickets) : ISecureDataFormat<AuthenticationTicket>
    {
        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

        // A purpose (TLS token binding) is never set by this app; such a cookie is opened as it comes, not kept.
        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) =>
            protectedText is null ? null
            : purpose is null ? tickets.Open(inner, protectedText)
            : inner.Unprotect(protectedText, purpose);
    }
}
