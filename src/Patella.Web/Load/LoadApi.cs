using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Load;
using Patella.Data.Runners;
using Patella.Web.Accounts;
using Patella.Web.Hosting;

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
    public static Results<Ok<LoadJson>, NotFound> Get(HttpContext context, PatellaDb db, RunnerDays days, TimeProvider clock, DateOnly? on = null, long? runner = null)
    {
        var me = SignedIn.Required(context.User);
        if (db.ReadableRunner(me.AccountId, runner ?? me.RunnerId) is not { } owner)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(Read(days, owner, on, clock));
    }

    /// <summary>The load JSON on a day (default the runner's today), kept while the runner's data is unchanged.</summary>
    /// <param name="runner">As read by this request (its data stamp is the cache key).</param>
    public static LoadJson Read(RunnerDays days, Runner runner, DateOnly? on, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(runner);
        var day = on ?? RunnerLoad.SettingsOf(runner).Today(clock);
        return days.Get(runner, day, d => LoadJson.From(d.Load, day, runner.Units));
    }

    /// <summary>The load JSON on a day (default the runner's today), read now (after a write in the same request).</summary>
    public static LoadJson Read(PatellaDb db, Runner runner, DateOnly? on, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var day = on ?? RunnerLoad.SettingsOf(runner).Today(clock);
        return LoadJson.From(RunnerLoad.Read(db, runner, day), day, runner.Units);
    }
}
