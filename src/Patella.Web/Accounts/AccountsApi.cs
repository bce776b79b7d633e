using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Patella.Data;
using Patella.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Patella.Web.Accounts;

/// <summary>The signed-in account, for scripts and the pages' JavaScript.</summary>
public sealed record AccountJson(long AccountId, long RunnerId, string Email, IReadOnlyList<string> Roles, string TimeZone, string Units);

/// <summary>
/// Sign up, sign in, sign out (HTML forms posting here, each with its anti-forgery token; they answer with a
/// redirect) and <c>GET /api/account</c>. Failures go back to the form with an error code the page explains.
/// </summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/account").ExcludeFromDescription();
        forms.MapPost("/signup", SignUp);
        forms.MapPost("/signin", SignIn);
        forms.MapPost("/signout", SignOut);
        app.MapGet("/api/account", Me).RequireAuthorization().WithTags("Accounts");
        return app;
    }

    // The form comes back with the address typed, so only the field at fault is typed again (never the password).
    private static string KeepEmail(string? email) => string.IsNullOrWhiteSpace(email) ? "" : "&email=" + Uri.EscapeDataString(email.Trim());

    /// <param name="timeZone">IANA id; the page fills it from the browser.</param>
    /// <param name="units">km or mi.</param>
    public static async Task<RedirectHttpResult> SignUp(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? timeZone, [FromForm] string? units, [FromForm] bool? clinician,
        HttpContext context, PatellaDb db, TimeProvider clock)
    {
        if (!Passwords.IsAcceptable(password))
        {
            return TypedResults.Redirect("/signup?error=password" + KeepEmail(email));
        }

        Account account;
        try
        {
            var request = new NewAccount(email ?? "", Passwords.Hash(password!), timeZone ?? "UTC", units ?? "km", clinician == true);
            account = AccountStorage.Create(db, request, clock.GetUtcNow().UtcDateTime);
        }
        catch (AccountException e)
        {
            var code = e.Message.Contains("already exists", StringComparison.Ordinal) ? "taken"
                : e.Message.Contains("time zone", StringComparison.Ordinal) ? "zone"
                : "email";
            return TypedResults.Redirect($"/signup?error={code}" + (code == "email" ? "" : KeepEmail(email)));
        }

        await SignInCookie.SignInAsync(context, account);
        return TypedResults.Redirect("/");
    }

    public static async Task<RedirectHttpResult> SignIn(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        password ??= "";
        if (AccountStorage.FindByEmail(db, email ?? "") is null)
        {
            Passwords.SpendDecoyTime(password);
        }

        var outcome = AccountStorage.SignIn(db, email ?? "", hash => Passwords.Matches(hash, password), clock.GetUtcNow().UtcDateTime);
        switch (outcome.Result)
        {
            case SignInStatus.SignedIn:
                await SignInCookie.SignInAsync(context, outcome.Account!);
                return TypedResults.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
            case SignInStatus.LockedOut:
                return TypedResults.Redirect("/signin?error=locked");
            default:
                return TypedResults.Redirect("/signin?error=wrong");
        }
    }

    /// <param name="form">Unused, but a form parameter makes the endpoint check the form's anti-forgery token.</param>
    public static async Task<RedirectHttpResult> SignOut(IFormCollection form, HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/");
    }

    public static Results<Ok<AccountJson>, NotFound> Me(HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        var account = db.Accounts.AsNoTracking().SingleOrDefault(a => a.Id == me.AccountId);
        var runner = db.ReadableRunner(me.AccountId, me.RunnerId);
        if (account is null || runner is null)
        {
            return TypedResults.NotFound();
        }

        List<string> roles = [.. account.IsRunner ? [SignInCookie.RunnerRole] : Array.Empty<string>(), .. account.IsClinician ? [SignInCookie.ClinicianRole] : Array.Empty<string>()];
        return TypedResults.Ok(new AccountJson(account.Id, runner.Id, account.Email, roles, runner.TimeZone, runner.Units));
    }

    /// <summary>Only a path on this site: "/runs", not "//evil.example" or "https://…" (an open redirect).</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
