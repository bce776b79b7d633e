using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Web.Accounts;
using Patella.Web.Hosting;

namespace Patella.Web.Today;

/// <summary>
/// The signed-in runner's Today page (<c>GET /</c> without a query), kept as the HTML last sent while the runner's data
/// stamp and day are the same (see <see cref="RunnerDayCache"/>): every write to the runner's rows (a check-in, a tick,
/// a clinician's note, a run, a setting) changes the stamp, so the next visit renders anew. Rendering the page was
/// most of its cost once its parts were kept. The page holds anti-forgery tokens, which are bound to the browser's
/// anti-forgery cookie and the account, so a kept page is only ever sent again to the same account with the same
/// cookie; a response that sets a cookie is never kept.
/// </summary>
public static class TodayPageCache
{
    /// <summary>The headers the page's rendering sets besides the body, replayed with it.</summary>
    private static readonly string[] Replayed = [HeaderNames.ContentType, HeaderNames.CacheControl, HeaderNames.Pragma, "blazor-enhanced-nav"];

    public static IApplicationBuilder UseTodayPageCache(this IApplicationBuilder app) => app.Use(Serve);

    private static async Task Serve(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var cookieName = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        if (!HttpMethods.IsGet(request.Method) || request.Path != "/" || request.QueryString.HasValue
            || SignedIn.From(context.User) is not { } me || request.Cookies[cookieName] is not { } antiforgeryCookie
            || context.RequestServices.GetRequiredService<PatellaDb>().ReadableRunner(me.AccountId, me.RunnerId) is not { } runner)
        {
            await next(context);
            return;
        }

        var cache = context.RequestServices.GetRequiredService<RunnerDayCache>();
        var day = TodayApi.TodayOf(runner, context.RequestServices.GetRequiredService<TimeProvider>());
        var viewer = $"{me.AccountId}:{antiforgeryCookie}";
        if (cache.TryGet<KeptPage>(runner.Id, runner.StateVersion, day, out var kept) && kept.Viewer == viewer)
        {
            foreach (var (name, value) in kept.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentLength = kept.Html.Length;
            await context.Response.Body.WriteAsync(kept.Html, context.RequestAborted);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            var headers = Replayed.Where(response.Headers.ContainsKey).Select(name => (name, response.Headers[name].ToString())).ToArray();
            cache.Set(runner.Id, runner.StateVersion, day, new KeptPage(viewer, buffer.ToArray(), headers));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>The page as sent, to whom (account and anti-forgery cookie), with the headers its rendering set.</summary>
    private sealed record KeptPage(string Viewer, byte[] Html, (string Name, string Value)[] Headers);
}
