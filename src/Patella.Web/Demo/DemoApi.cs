using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Data;
using Patella.Web.Accounts;

namespace Patella.Web.Demo;

/// <summary>"Try the demo": a form posting to <c>/account/demo</c> signs in as the demo runner, creating it on first use.</summary>
public static class DemoApi
{
    public static IEndpointRouteBuilder MapDemoApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/demo", OpenDemo).ExcludeFromDescription();
        return app;
    }

    /// <param name="form">Unused, but a form parameter makes the endpoint check the form's anti-forgery token.</param>
    public static async Task<RedirectHttpResult> OpenDemo(IFormCollection form, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        var account = DemoRunner.Ensure(db, clock);
        await SignInCookie.SignInAsync(context, account);
        return TypedResults.Redirect("/");
    }
}
