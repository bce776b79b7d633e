using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Import;
using Patella.Web.Accounts;

namespace Patella.Web.Activities;

/// <summary>
/// <c>/api/activities</c>: list, one, its samples, and import. Every read goes through <see cref="RunnerAccess"/>:
/// another runner's activity answers 404, the same as one that does not exist.
/// </summary>
public static class ActivitiesApi
{
    /// <summary>Largest upload accepted in one request (a whole Strava export zip), bytes: 512 MiB.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/activities").RequireAuthorization().WithTags("Activities");
        api.MapGet("/", List);
        api.MapGet("/{id:long}", Get);
        api.MapGet("/{id:long}/samples", Samples);
        api.MapPost("/import", Import)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
        app.MapPost("/runs/import", ImportForm)
            .RequireAuthorization()
            .ExcludeFromDescription()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
        return app;
    }

    /// <summary>The runner's activities, newest first.</summary>
    /// <param name="runner">Whose (default: the signed-in runner); must be readable by the account.</param>
    public static Results<Ok<List<ActivityJson>>, NotFound> List(HttpContext context, PatellaDb db, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is not { } owner)
        {
            return TypedResults.NotFound();
        }

        var zone = Data.Runners.RunnerProfile.TimeZoneOf(owner);
        var rows = db.ReadableActivities(me.AccountId).Where(a => a.RunnerId == owner.Id).OrderByDescending(a => a.StartUtc).ToList();
        return TypedResults.Ok(rows.Select(a => ActivityJson.From(a, zone)).ToList());
    }

    public static Results<Ok<ActivityJson>, NotFound> Get(long id, HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        var row = db.ReadableActivities(me.AccountId).SingleOrDefault(a => a.Id == id);
        var owner = row is null ? null : db.Runners.AsNoTracking().Single(r => r.Id == row.RunnerId);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(ActivityJson.From(row, owner!));
    }

    public static Results<Ok<ActivitySamplesJson>, NotFound, ProblemHttpResult> Samples(long id, HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        var row = db.ReadableActivities(me.AccountId).Where(a => a.Id == id).Select(a => new { a.FileId, a.IndexInFile, a.RunnerId }).SingleOrDefault();
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        var file = db.ReadableActivityFiles(me.AccountId).Where(f => f.Id == row.FileId).Select(f => new { f.StoredGzip, f.Format }).SingleOrDefault();
        if (file is null)
        {
            return TypedResults.Problem("This activity was stored without its original file, so it has no samples.", statusCode: StatusCodes.Status404NotFound, title: "No samples");
        }

        var units = db.Runners.AsNoTracking().Where(r => r.Id == row.RunnerId).Select(r => r.Units).Single();
        try
        {
            return TypedResults.Ok(ActivitySamples.Series(id, units, ActivitySamples.Decode(file.StoredGzip, file.Format, row.IndexInFile)));
        }
        catch (ActivityFileException e)
        {
            return TypedResults.Problem($"The stored file no longer decodes: {e.Message}", statusCode: StatusCodes.Status422UnprocessableEntity, title: "Stored file unreadable");
        }
    }

    /// <summary>Imports uploaded files (FIT, GPX, TCX, each possibly .gz, or a zip such as a Strava export) for the signed-in runner.</summary>
    public static async Task<Results<Ok<ImportSummary>, ValidationProblem>> Import(IFormFileCollection files, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        if (files.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Choose at least one file."] });
        }

        return TypedResults.Ok(await Uploads.ImportAsync(db, me.RunnerId, files, clock, context.RequestAborted));
    }

    /// <summary>The runs page's form without JavaScript: the same import, answered with a page of results.</summary>
    public static async Task<IResult> ImportForm(IFormFileCollection files, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var me = SignedIn.Required(context.User);
        var summary = await Uploads.ImportAsync(db, me.RunnerId, files, clock, context.RequestAborted);
        return new RazorComponentResult<ImportResultPage>(new { Summary = summary });
    }
}
