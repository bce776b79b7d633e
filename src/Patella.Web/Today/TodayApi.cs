using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Patella.Core.Rehab;
using Patella.Core.Today;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Data.Runners;
using Patella.Web.Accounts;
using Patella.Web.Hosting;

namespace Patella.Web.Today;

/// <summary>What <c>POST /api/checkins</c> answers: the stored check-in and the decision it leads to today.</summary>
/// <param name="Replaced">True when it replaced an earlier check-in for the same date.</param>
public sealed record CheckInJson(DateOnly Date, bool Replaced, CheckIn CheckIn, TodayDecision Today);

/// <summary>
/// The runner's day: <c>GET /api/today?on=DATE</c> (as <c>patella today --json</c>), <c>GET /api/plan?on=DATE</c> (as
/// <c>patella plan --json</c>), <c>POST /api/checkins</c>, and the Today page's forms (check-in, exercise ticks), which
/// post form fields with their anti-forgery token and answer with a redirect. The decision and the plan come from
/// <see cref="RunnerRehab"/>, exactly as in the CLI; nothing is decided here.
/// </summary>
public static class TodayApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapTodayApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Today");
        api.MapGet("/today", Get).Produces<TodayDecision>(StatusCodes.Status200OK, "application/json");
        api.MapGet("/plan", Plan);
        api.MapPost("/checkins", PostCheckIn);
        var forms = app.MapGroup("/today").RequireAuthorization().ExcludeFromDescription();
        forms.MapPost("/checkin", SubmitCheckIn);
        forms.MapPost("/exercises", TickExercise);
        return app;
    }

    /// <param name="on">The runner's local date (YYYY-MM-DD); default today in their zone.</param>
    /// <param name="runner">Whose day (default: the signed-in runner); another runner's answers 404.</param>
    /// <remarks>
    /// The answer is <see cref="TodayDecision"/> as JSON, serialised once and kept while the runner's data is unchanged:
    /// writing the ten-kilobyte document was the largest part of a request once the decision itself was kept.
    /// </remarks>
    public static Results<FileContentHttpResult, NotFound> Get(HttpContext context, PatellaDb db, RunnerDays days, TimeProvider clock, IOptions<JsonOptions> json, DateOnly? on = null, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is not { } owner)
        {
            return TypedResults.NotFound();
        }

        var document = days.Get(owner, on ?? TodayOf(owner, clock), d => new TodayDocument(JsonSerializer.SerializeToUtf8Bytes(d.Decision, json.Value.SerializerOptions)));
        return TypedResults.File(document.Utf8, "application/json; charset=utf-8");
    }

    /// <summary>Today's decision as the UTF-8 JSON <c>GET /api/today</c> answers.</summary>
    private sealed record TodayDocument(byte[] Utf8);

    /// <summary>The rehab plan on a day: <see cref="RehabPlan"/> as it is, plus <c>startSource</c> (stored, assessment, firstCheckIn, today).</summary>
    public static Results<Ok<JsonObject>, NotFound> Plan(HttpContext context, PatellaDb db, RunnerDays days, TimeProvider clock, DateOnly? on = null, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is not { } owner)
        {
            return TypedResults.NotFound();
        }

        var day = on ?? TodayOf(owner, clock);
        var (plan, start) = days.Get(owner, day, d => (d.Plan.Plan, d.Rehab.StartSource));
        var document = JsonSerializer.SerializeToNode(plan, Json)!.AsObject();
        document["startSource"] = JsonNamingPolicy.CamelCase.ConvertName(start.ToString());
        return TypedResults.Ok(document);
    }

    /// <summary>Stores the signed-in runner's check-in (form fields, see <see cref="CheckInForm"/>; a second one for a date replaces the first).</summary>
    public static Results<Ok<CheckInJson>, ValidationProblem, NotFound> PostCheckIn(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        var today = TodayOf(runner, clock);
        var (checkIn, field, reason) = CheckInForm.Read(form, today);
        if (checkIn is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field!] = [CheckInForm.Message(field!, reason!)] });
        }

        var replaced = RehabStorage.Save(db, runner.Id, checkIn, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new CheckInJson(checkIn.Date, replaced, checkIn, RunnerRehab.Decide(db, runner, today)));
    }

    /// <summary>The Today page's check-in form: stored, then back to the page, which shows the new decision.</summary>
    public static RedirectHttpResult SubmitCheckIn(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            return TypedResults.Redirect("/");
        }

        var (checkIn, field, _) = CheckInForm.Read(form, TodayOf(runner, clock));
        if (checkIn is null)
        {
            return TypedResults.Redirect($"/?error={Uri.EscapeDataString(field!)}#checkin");
        }

        RehabStorage.Save(db, runner.Id, checkIn, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Redirect($"/?saved={checkIn.Date:yyyy-MM-dd}#decision");
    }

    /// <summary>Ticks or unticks one of today's exercises (fields <c>exercise</c>, <c>done</c> true/false).</summary>
    public static RedirectHttpResult TickExercise(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        var id = form["exercise"].ToString();
        if (db.ReadableRunner(me.AccountId, me.RunnerId) is not { } runner || ExerciseCatalogue.Default.Find(id) is null)
        {
            return TypedResults.Redirect("/?error=exercise#exercises");
        }

        var done = string.Equals(form["done"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        ExerciseTicks.Set(db, runner.Id, TodayOf(runner, clock), id, done, clock.GetUtcNow().UtcDateTime);
        return TypedResults.Redirect($"/#exercise-{id}");
    }

    /// <summary>The runner's local date now.</summary>
    public static DateOnly TodayOf(Runner runner, TimeProvider clock) => RunnerLoad.SettingsOf(runner).Today(clock);
}
