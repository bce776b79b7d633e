using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Import;
using Patella.Web.Accounts;

namespace Patella.Web.Activities;

/// <summary>
/// <c>/api/activities</c>: list, one, its samples, import and delete. Every read goes through <see cref="RunnerAccess"/>:
/// another runner's activity answers 404, the same as one that does not exist. Deleting is the runner's own only: a
/// clinician's grant reads, it never deletes (404 too).
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
        api.MapDelete("/{id:long}", Delete);
        api.MapPost("/import", Import)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
        app.MapPost("/runs/import", ImportForm)
            .RequireAuthorization()
            .ExcludeFromDescription()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes);
        app.MapPost("/runs/{id:long}/delete", DeleteForm).RequireAuthorization().ExcludeFromDescription();
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

    /// <summary>Deletes one of the signed-in runner's own activities, and its original file when nothing else came from it.</summary>
    public static Results<NoContent, NotFound> Delete(long id, HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        return ActivityDeletion.Delete(db, me.RunnerId, id) is null ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    /// <summary>
    /// The run page's "Delete this run" form: deletes only with the "yes, delete it" box ticked (the confirm step works
    /// without JavaScript), then back to the runs with a line naming what went.
    /// </summary>
    /// <param name="confirm">"yes" when the box is ticked; anything else deletes nothing.</param>
    public static Results<RedirectHttpResult, NotFound> DeleteForm(long id, [FromForm] string? confirm, HttpContext context, PatellaDb db)
    {
        var me = SignedIn.Required(context.User);
        if (confirm != "yes")
        {
            return TypedResults.Redirect($"/runs/{id}?error=confirm#delete");
        }

        if (ActivityDeletion.Delete(db, me.RunnerId, id) is not { } deleted)
        {
            return TypedResults.NotFound();
        }

        var runner = db.Runners.AsNoTracking().Single(r => r.Id == me.RunnerId);
        return TypedResults.Redirect("/runs?deleted=" + Uri.EscapeDataString(Describe(deleted, runner)));
    }

    /// <summary>"Morning Run, Sun 2017-10-08 09:12, 14.00 km, and its file sloatsburg.fit" for the runs page's status line.</summary>
    private static string Describe(DeletedActivity deleted, Data.Runners.Runner runner)
    {
        var what = $"{deleted.Name ?? deleted.Sport.ToString()}, {RunFormat.LocalStart(deleted.StartUtc, Data.Runners.RunnerProfile.TimeZoneOf(runner))}, {RunFormat.Distance(deleted.DistanceMetres, runner.Units)}";
        return deleted.SourceName is not { } source ? what
            : deleted.FileDeleted ? $"{what}, and its file {source}"
            : $"{what} (its file {source} stays for the other activities in it)";
    }
}
