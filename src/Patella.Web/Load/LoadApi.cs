using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Load;
using Patella.Data.Runners;
using Patella.Web.Accounts;

namespace Patella.Web.Load;

/// <summary><c>GET /api/load?on=DATE</c>: the load picture for the signed-in runner (or a runner the account may read).</summary>
public static class LoadApi
{
    public static IEndpointRouteBuilder MapLoadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/load", Get).RequireAuthorization().WithTags("Load");
        return app;
    }

    /// <param name="on">The runner's local date (YYYY-MM-DD); default today in their zone.</param>
    /// <param name="runner">Whose load (default: the signed-in runner); another runner's answers 404.</param>
    public static Results<Ok<LoadJson>, NotFound> Get(HttpContext context, PatellaDb db, TimeProvider clock, DateOnly? on = null, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is not { } owner)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(Read(db, owner, on, clock));
    }

    /// <summary>The load JSON on a day (default the runner's today). The page and the API share it.</summary>
    public static LoadJson Read(PatellaDb db, Runner runner, DateOnly? on, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var day = on ?? RunnerLoad.SettingsOf(runner).Today(clock);
        return LoadJson.From(RunnerLoad.Read(db, runner, day), day, runner.Units);
    }
}
