using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Patella.Data.Accounts;

namespace Patella.Web.Accounts;

/// <summary>The sign-in cookie: what it holds, how long it lives, and how the API answers without one.</summary>
internal static class SignInCookie
{
    public const string RunnerIdClaim = "patella:runner";

    public const string RunnerRole = "runner";

    public const string ClinicianRole = "clinician";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "patella.signin";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/signin";
        options.AccessDeniedPath = "/signin";
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.SlidingExpiration = true;

        // The JSON API answers 401/403; only pages redirect to the sign-in page.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>Signs the account in for this browser.</summary>
    public static Task SignInAsync(HttpContext context, Account account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Email),
            new(RunnerIdClaim, account.RunnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        if (account.IsRunner)
        {
            claims.Add(new Claim(ClaimTypes.Role, RunnerRole));
        }

        if (account.IsClinician)
        {
            claims.Add(new Claim(ClaimTypes.Role, ClinicianRole));
        }

        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
