using System.Globalization;
using System.Security.Claims;

namespace Patella.Web.Accounts;

/// <summary>Who is asking, read from the sign-in cookie's claims.</summary>
/// <param name="AccountId">The account; data access is decided on it (<see cref="Data.Accounts.RunnerAccess"/>).</param>
/// <param name="RunnerId">The account's own runner: what pages and API show when no other runner is named.</param>
public sealed record SignedIn(long AccountId, long RunnerId, string Email, bool IsClinician)
{
    /// <summary>The signed-in person, or null for an anonymous request.</summary>
    public static SignedIn? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.Integer, CultureInfo.InvariantCulture, out var account)
            || !long.TryParse(user.FindFirstValue(SignInCookie.RunnerIdClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var runner))
        {
            return null;
        }

        return new SignedIn(account, runner, user.FindFirstValue(ClaimTypes.Name) ?? "", user.IsInRole(SignInCookie.ClinicianRole));
    }

    /// <summary>The signed-in person of an endpoint that requires authorization.</summary>
    /// <exception cref="InvalidOperationException">The endpoint let an anonymous request through.</exception>
    public static SignedIn Required(ClaimsPrincipal user) =>
        From(user) ?? throw new InvalidOperationException("this endpoint requires a signed-in account");
}
