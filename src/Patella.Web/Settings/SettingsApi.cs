using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Web.Accounts;
using Patella.Web.Load;

namespace Patella.Web.Settings;

/// <summary>The runner's settings: units, zone, shoes (each with its mileage, as the load page shows it) and who has access.</summary>
/// <param name="Invites">Codes made and not used yet that a clinician could still join with (cancel them with DELETE /api/settings/invites/{id}).</param>
public sealed record SettingsJson(string Name, string Units, string TimeZone, IReadOnlyList<ShoeJson> Shoes, IReadOnlyList<AccessGrant> Clinicians, IReadOnlyList<OpenInvite> Invites);

/// <summary>Body of <c>PUT /api/settings</c>: either may be left out.</summary>
/// <param name="Units">km or mi.</param>
/// <param name="TimeZone">An IANA zone id this server knows.</param>
public sealed record SettingsChange(string? Units, string? TimeZone);

/// <summary>Body of <c>POST /api/settings/shoes</c>.</summary>
/// <param name="StartKilometres">Distance already on the shoe, km, 0 or more.</param>
public sealed record ShoeRequest(string? Name, double? StartKilometres);

/// <summary>Body of <c>POST /api/settings/delete-account</c>: the password, typed again.</summary>
public sealed record DeleteRequest(string? Password);

/// <summary>
/// <c>/settings</c>'s forms and <c>/api/settings</c>: the signed-in runner's own settings only (writing stays the runner's).
/// Invite codes and revoking go through <see cref="Consent"/>, the export through <see cref="RunnerExport"/>, deletion
/// through <see cref="RunnerDeletion"/>.
/// </summary>
public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/settings").RequireAuthorization().WithTags("Settings");
        api.MapGet("/", Get);
        api.MapPut("/", Change);
        api.MapPost("/shoes", AddShoe);
        api.MapPost("/shoes/{name}/retire", RetireShoe);
        api.MapPost("/invites", Invite);
        api.MapDelete("/invites/{inviteId:long}", CancelInvite);
        api.MapDelete("/clinicians/{grantId:long}", Revoke);
        api.MapPost("/delete-account", DeleteAccount);
        app.MapGet("/api/export", Export).RequireAuthorization().WithTags("Settings");

        var forms = app.MapGroup("/settings").RequireAuthorization().ExcludeFromDescription();
        forms.MapPost("/profile", (HttpContext c, PatellaDb db, [FromForm] string? units, [FromForm] string? timeZone) =>
            Back(Change(new SettingsChange(units, timeZone), c, db).Result, "profile"));
        forms.MapPost("/shoes", (HttpContext c, PatellaDb db, TimeProvider clock, [FromForm] string? name, [FromForm] string? startKilometres) =>
            double.TryParse(string.IsNullOrWhiteSpace(startKilometres) ? "0" : startKilometres, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var km)
                ? Back(AddShoe(new ShoeRequest(name, km), c, db, clock).Result, "shoe")
                : TypedResults.Redirect("/settings?error=" + Uri.EscapeDataString($"startKilometres: '{startKilometres}' is not a number")));
        forms.MapPost("/shoes/retire", (HttpContext c, PatellaDb db, TimeProvider clock, [FromForm] string? name) =>
            Back(RetireShoe(name ?? "", c, db, clock).Result, "retired"));
        forms.MapPost("/invites", (HttpContext c, PatellaDb db, TimeProvider clock, IFormCollection form) =>
            new RazorComponentResult<InviteCreatedPage>(new { Invite = Invite(c, db, clock).Value, Zone = ZoneOf(c, db) }));
        forms.MapPost("/invites/{inviteId:long}/cancel", (long inviteId, HttpContext c, PatellaDb db, TimeProvider clock, IFormCollection form) =>
            Back(CancelInvite(inviteId, c, db, clock).Result, "code cancelled", "no such unused code to cancel"));
        forms.MapPost("/clinicians/{grantId:long}/revoke", (long grantId, HttpContext c, PatellaDb db, TimeProvider clock, IFormCollection form) =>
            Back(Revoke(grantId, c, db, clock).Result, "revoked"));
        forms.MapPost("/delete-account", DeleteForm);
        return app;
    }

    public static Ok<SettingsJson> Get(HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        var runner = db.Runners.AsNoTracking().Single(r => r.Id == me.RunnerId);
        var load = LoadApi.Read(db, runner, null, clock);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new SettingsJson(runner.Name, runner.Units, runner.TimeZone, load.Shoes, Consent.GrantsOf(db, runner.Id), Consent.OpenInvitesOf(db, runner.Id, now)));
    }

    public static Results<NoContent, ValidationProblem> Change(SettingsChange change, HttpContext context, PatellaDb db)
    {
        ArgumentNullException.ThrowIfNull(change);
        var me = SignedIn.Required(context.User);
        if (change.Units is { } u && u is not ("km" or "mi"))
        {
            return Problem("units", "units are km or mi");
        }

        if (change.TimeZone is { } z && !TimeZones.Ids.Contains(z))
        {
            return Problem("timeZone", $"'{z}' is not a time zone this server knows");
        }

        var runner = db.Runners.AsTracking().Single(r => r.Id == me.RunnerId);
        runner.Units = change.Units ?? runner.Units;
        runner.TimeZone = change.TimeZone ?? runner.TimeZone;
        db.SaveChanges();
        return TypedResults.NoContent();
    }

    public static Results<Created<ShoeJson>, ValidationProblem> AddShoe(ShoeRequest request, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        var me = SignedIn.Required(context.User);
        var runner = db.Runners.AsNoTracking().Single(r => r.Id == me.RunnerId);
        var settings = RunnerLoad.SettingsOf(runner);
        try
        {
            var shoe = ShoeStorage.Add(db, runner.Id, new NewShoe(request.Name ?? "") { StartKilometres = request.StartKilometres ?? 0 }, settings.Today(clock), clock.GetUtcNow().UtcDateTime);
            var added = LoadApi.Read(db, runner, null, clock).Shoes.Single(s => s.Name == shoe.Name);
            return TypedResults.Created("/api/settings", added);
        }
        catch (ShoeChangeException e)
        {
            return Problem("name", e.Message);
        }
    }

    public static Results<NoContent, ValidationProblem> RetireShoe(string name, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        var runner = db.Runners.AsNoTracking().Single(r => r.Id == me.RunnerId);
        try
        {
            ShoeStorage.Retire(db, runner.Id, name, RunnerLoad.SettingsOf(runner).Today(clock), clock.GetUtcNow().UtcDateTime);
            return TypedResults.NoContent();
        }
        catch (ShoeChangeException e)
        {
            return Problem("name", e.Message);
        }
    }

    /// <summary>A new single-use invite code for a clinician, valid 7 days; shown once.</summary>
    /// <summary>The signed-in runner's time zone (UTC when their row cannot be read).</summary>
    private static TimeZoneInfo ZoneOf(HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        return db.ReadableRunner(me.AccountId, me.RunnerId) is { } runner ? Data.Runners.RunnerProfile.TimeZoneOf(runner) : TimeZoneInfo.Utc;
    }

    public static Ok<InviteCode> Invite(HttpContext context, PatellaDb db, TimeProvider clock) =>
        TypedResults.Ok(Consent.CreateInvite(db, SignedIn.Required(context.User).RunnerId, clock.GetUtcNow().UtcDateTime));

    /// <summary>Withdraws one of the signed-in runner's unused codes; 404 when there is no such open code.</summary>
    public static Results<NoContent, NotFound> CancelInvite(long inviteId, HttpContext context, PatellaDb db, TimeProvider clock) =>
        Consent.CancelInvite(db, SignedIn.Required(context.User).RunnerId, inviteId, clock.GetUtcNow().UtcDateTime) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static Results<NoContent, NotFound> Revoke(long grantId, HttpContext context, PatellaDb db, TimeProvider clock) =>
        Consent.Revoke(db, SignedIn.Required(context.User).RunnerId, grantId, clock.GetUtcNow().UtcDateTime) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Everything of the signed-in runner as a zip (see <see cref="RunnerExport"/>), with runs and check-ins as CSV too (<see cref="CsvExport"/>).</summary>
    public static FileStreamHttpResult Export(HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);

        // A temporary file, not memory: original files can add up to hundreds of megabytes. Deleted when the response closes.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var now = clock.GetUtcNow().UtcDateTime;
        RunnerExport.Write(db, me.RunnerId, file, now);
        CsvExport.AddTo(file, db, me.RunnerId);
        file.Position = 0;
        return TypedResults.File(file, "application/zip", $"patella-export-{now:yyyy-MM-dd}.zip");
    }

    public static async Task<Results<NoContent, ValidationProblem>> DeleteAccount(DeleteRequest request, HttpContext context, PatellaDb db)
    {
        ArgumentNullException.ThrowIfNull(request);
        var me = SignedIn.Required(context.User);
        var hash = db.Accounts.AsNoTracking().Where(a => a.Id == me.AccountId).Select(a => a.PasswordHash).Single();
        if (!Passwords.Matches(hash, request.Password ?? ""))
        {
            return Problem("password", "that is not your password: nothing was deleted");
        }

        RunnerDeletion.DeleteAccount(db, me.AccountId);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static async Task<RedirectHttpResult> DeleteForm([FromForm] string? password, HttpContext context, PatellaDb db) =>
        (await DeleteAccount(new DeleteRequest(password), context, db)).Result is NoContent
            ? TypedResults.Redirect("/?deleted=1")
            : TypedResults.Redirect("/settings?error=password#delete");

    private static RedirectHttpResult Back(IResult result, string saved, string notFound = "no such access to revoke") => result switch
    {
        ValidationProblem v => TypedResults.Redirect("/settings?error=" + Uri.EscapeDataString(string.Join(" ", v.ProblemDetails.Errors.SelectMany(e => e.Value)))),
        NotFound => TypedResults.Redirect("/settings?error=" + Uri.EscapeDataString(notFound)),
        _ => TypedResults.Redirect("/settings?saved=" + saved),
    };

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
