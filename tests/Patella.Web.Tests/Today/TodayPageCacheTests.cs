using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Patella.Web.Hosting;
using Patella.Web.Tests.Api;

namespace Patella.Web.Tests.Today;

/// <summary>
/// The Today page is kept as sent while the runner's data is unchanged, only for the same account and anti-forgery
/// cookie: its forms keep working, a write shows at once, and no one else is ever sent it.
/// </summary>
public sealed class TodayPageCacheTests
{
    [Fact]
    public async Task Page_IsKept_ItsFormsWork_AndAWriteShowsAtOnce()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        (await client.OpenDemo()).Dispose();
        await client.Http.GetStringAsync("/");

        var first = await client.Http.GetStringAsync("/");
        var second = await client.Http.GetStringAsync("/");

        // A fresh rendering carries freshly sealed form tokens: the same bytes twice means the page was kept.
        Assert.Equal(first, second);
        Assert.DoesNotContain("aria-pressed=\"true\"", second, StringComparison.Ordinal);
        var exercise = (await client.Get<System.Text.Json.JsonElement>("/api/today")).GetProperty("exercises")[0].GetProperty("id").GetString()!;
        using var tick = await client.PostForm("/", "/today/exercises", ("exercise", exercise), ("done", "true"));
        Assert.Equal(HttpStatusCode.Redirect, tick.StatusCode);
        var after = await client.Http.GetStringAsync("/");
        Assert.Contains("aria-pressed=\"true\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithAQuery_OrOfAnotherAccount_IsRenderedAnew()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        (await client.SignUp("first@example.org")).Dispose();
        var first = await client.Http.GetStringAsync("/");
        Assert.Equal(first, await client.Http.GetStringAsync("/"));
        Assert.NotEqual(first, await client.Http.GetStringAsync("/?saved=2026-03-18"));

        // Same browser, same anti-forgery cookie, another account: never the first one's page.
        (await client.PostForm("/", "/account/signout")).Dispose();
        (await client.SignUp("second@example.org")).Dispose();
        var second = await client.Http.GetStringAsync("/");

        Assert.Contains("second@example.org", second, StringComparison.Ordinal);
        Assert.DoesNotContain("first@example.org", second, StringComparison.Ordinal);
        Assert.True(app.Services.GetRequiredService<RunnerDayCache>().Count > 0);
    }
}
