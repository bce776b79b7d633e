using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Web.Accounts;

namespace Patella.Web.Assessment;

/// <summary>The knee assessment API. The wizard is a later slice; today this reads what the CLI or the demo stored.</summary>
public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessments/latest", Latest).RequireAuthorization().WithTags("Assessment");
        return app;
    }

    /// <param name="runner">Whose (default: the signed-in runner); another runner's answers 404.</param>
    public static Results<Ok<AssessmentJson>, NotFound> Latest(HttpContext context, PatellaDb db, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        return db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is { } owner && AssessmentJson.Latest(db, owner) is { } latest
            ? TypedResults.Ok(latest)
            : TypedResults.NotFound();
    }
}
