using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Web.Accounts;
using Patella.Web.Hosting;

namespace Patella.Web.Clinic;

/// <summary>Body of <c>POST /api/clinic/join</c>.</summary>
public sealed record JoinRequest(string? Code);

/// <summary>Body of <c>POST /api/clinic/runners/{id}/notes</c>.</summary>
public sealed record NoteRequest(string? Text);

/// <summary>Body of <c>POST /api/clinic/runners/{id}/adjustments</c>; see <see cref="PlanAdjustment"/> for each field's range.</summary>
/// <param name="Kind">Phase, AddExercise, RemoveExercise or Dose.</param>
/// <param name="Phase">1-5 for a phase adjustment.</param>
public sealed record AdjustmentRequest(string? Kind, string? Reason, int? Phase, string? ExerciseId, int? Sets, int? Reps, int? HoldSeconds);

/// <summary>A runner now shared with the clinician.</summary>
public sealed record JoinedJson(long RunnerId, long GrantId, DateTime GrantedUtc);

/// <summary>
/// The clinician's side: join with a runner's code, the list sorted by attention, one runner read-only, notes and plan
/// adjustments, and the exports (<see cref="ClinicExports"/>). Reads go through <see cref="RunnerAccess"/> (404 for a runner not shared); writes need the runner's grant to
/// this clinician to stand (<see cref="Consent.IsSharedWith"/>). HTML forms post to <c>/clinic/…</c> and are answered with
/// a redirect; <c>/api/clinic/…</c> answers JSON.
/// </summary>
public static class ClinicApi
{
    public static IEndpointRouteBuilder MapClinicApi(this IEndpointRouteBuilder app)
    {
        var clinician = new AuthorizeAttribute { Roles = SignInCookie.ClinicianRole };
        var api = app.MapGroup("/api/clinic").RequireAuthorization().WithTags("Clinic");
        api.MapGet("/runners", List).RequireAuthorization(clinician);
        api.MapGet("/runners/{id:long}", Runner);
        api.MapGet("/runners/{id:long}/notes", Notes);
        api.MapGet("/runners/{id:long}/fhir", ClinicExports.Fhir);
        api.MapGet("/runners/{id:long}/runs.csv", ClinicExports.RunsCsv);
        api.MapGet("/runners/{id:long}/checkins.csv", ClinicExports.CheckInsCsv);
        api.MapPost("/join", Join).RequireAuthorization(clinician).RequireRateLimiting(InviteCodeGuessLimit.Policy).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/runners/{id:long}/notes", WriteNote).RequireAuthorization(clinician);
        api.MapPost("/runners/{id:long}/adjustments", Adjust).RequireAuthorization(clinician);

        var forms = app.MapGroup("/clinic").RequireAuthorization(clinician).ExcludeFromDescription();
        forms.MapPost("/join", JoinForm).RequireRateLimiting(InviteCodeGuessLimit.Policy);
        forms.MapPost("/runners/{id:long}/notes", NoteForm);
        forms.MapPost("/runners/{id:long}/adjustments", AdjustForm);
        return app;
    }

    public static Ok<List<ClinicRowJson>> List(HttpContext context, PatellaDb db, RunnerDays days, TimeProvider clock) =>
        TypedResults.Ok(ClinicRowJson.For(db, days, SignedIn.Required(context.User).AccountId, clock));

    public static Results<Ok<ClinicRunnerView>, NotFound> Runner(long id, HttpContext context, PatellaDb db, RunnerDays days, TimeProvider clock) =>
        db.ReadableRunner(SignedIn.Required(context.User).AccountId, id) is { } runner
            ? TypedResults.Ok(ClinicRunnerView.Read(db, days, runner, clock))
            : TypedResults.NotFound();

    /// <summary>The runner's notes, newest first: for the clinician and for the runner themselves.</summary>
    public static Results<Ok<List<NoteJson>>, NotFound> Notes(long id, HttpContext context, PatellaDb db) =>
        db.ReadableRunner(SignedIn.Required(context.User).AccountId, id) is { } runner
            ? TypedResults.Ok(ClinicNotes.NotesOf(db, runner.Id).Select(NoteJson.From).ToList())
            : TypedResults.NotFound();

    public static Results<Ok<JoinedJson>, ValidationProblem> Join(JoinRequest request, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var grant = Consent.Accept(db, SignedIn.Required(context.User).AccountId, request.Code ?? "", clock.GetUtcNow().UtcDateTime);
            return TypedResults.Ok(new JoinedJson(grant.RunnerId, grant.Id, grant.GrantedUtc));
        }
        catch (ClinicException e)
        {
            return Problem("code", e.Message);
        }
    }

    public static Results<Created<NoteJson>, NotFound, ValidationProblem> WriteNote(long id, NoteRequest request, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return ClinicNotes.Write(db, SignedIn.Required(context.User).AccountId, id, request.Text, clock.GetUtcNow().UtcDateTime) is { } note
                ? TypedResults.Created($"/api/clinic/runners/{id}/notes", NoteJson.From(note))
                : TypedResults.NotFound();
        }
        catch (ClinicException e)
        {
            return Problem("text", e.Message);
        }
    }

    public static Results<Created<PlanAdjustment>, NotFound, ValidationProblem> Adjust(long id, AdjustmentRequest request, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        var me = SignedIn.Required(context.User);
        if (!Consent.IsSharedWith(db, me.AccountId, id))
        {
            return TypedResults.NotFound();
        }

        try
        {
            var runner = db.ReadableRunner(me.AccountId, id)!;
            var on = RunnerLoad.SettingsOf(runner).Today(clock);
            var a = PlanAdjustment.Parse(request.Kind, me.Email, on, request.Reason, request.Phase, request.ExerciseId, request.Sets, request.Reps, request.HoldSeconds, ExerciseCatalogue.Default);
            var row = ClinicNotes.Adjust(db, me.AccountId, id, a, clock.GetUtcNow().UtcDateTime);
            return row is null ? TypedResults.NotFound() : TypedResults.Created($"/api/clinic/runners/{id}", row.ToDomain());
        }
        catch (PlanAdjustmentException e)
        {
            return Problem(e.Message.Split(':')[0], e.Message);
        }
    }

    public static RedirectHttpResult JoinForm([FromForm] string? code, HttpContext context, PatellaDb db, TimeProvider clock) =>
        Join(new JoinRequest(code), context, db, clock).Result switch
        {
            Ok<JoinedJson> ok => TypedResults.Redirect($"/clinic/runners/{ok.Value!.RunnerId}"),
            var failed => TypedResults.Redirect("/clinic?error=" + Uri.EscapeDataString(Message(failed))),
        };

    public static RedirectHttpResult NoteForm(long id, [FromForm] string? text, HttpContext context, PatellaDb db, TimeProvider clock) =>
        WriteNote(id, new NoteRequest(text), context, db, clock).Result switch
        {
            Created<NoteJson> => TypedResults.Redirect($"/clinic/runners/{id}?saved=note#notes"),
            NotFound => TypedResults.Redirect("/clinic"),
            var failed => TypedResults.Redirect($"/clinic/runners/{id}?error={Uri.EscapeDataString(Message(failed))}#notes"),
        };

    /// <remarks>Number fields arrive as text: a field left empty is absent (null), not a binding failure.</remarks>
    public static RedirectHttpResult AdjustForm(
        long id, [FromForm] string? kind, [FromForm] string? reason, [FromForm] string? phase, [FromForm] string? exerciseId,
        [FromForm] string? sets, [FromForm] string? reps, [FromForm] string? holdSeconds, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        IResult result;
        try
        {
            var request = new AdjustmentRequest(kind, reason, Whole(phase, nameof(phase)), exerciseId, Whole(sets, nameof(sets)), Whole(reps, nameof(reps)), Whole(holdSeconds, nameof(holdSeconds)));
            result = Adjust(id, request, context, db, clock).Result;
        }
        catch (PlanAdjustmentException e)
        {
            result = Problem("form", e.Message);
        }

        return result switch
        {
            Created<PlanAdjustment> => TypedResults.Redirect($"/clinic/runners/{id}?saved=adjustment#plan"),
            NotFound => TypedResults.Redirect("/clinic"),
            var failed => TypedResults.Redirect($"/clinic/runners/{id}?error={Uri.EscapeDataString(Message(failed))}#adjust"),
        };
    }

    private static int? Whole(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : throw new PlanAdjustmentException($"{field}: '{text}' is not a whole number");

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static string Message(IResult failed) =>
        failed is ValidationProblem v ? string.Join(" ", v.ProblemDetails.Errors.SelectMany(e => e.Value)) : "not saved";
}
