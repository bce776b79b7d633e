using System.Net;
using System.Text.Json;
using Patella.Web.Hosting;

namespace Patella.Web.Tests.Api;

public class HostingTests
{
    [Fact]
    public async Task OpenApiDocument_ListsTheApi()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var document = JsonDocument.Parse(await client.Http.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/activities", paths);
        Assert.Contains("/api/activities/{id}", paths);
        Assert.Contains("/api/activities/{id}/samples", paths);
        Assert.Contains("/api/activities/import", paths);
        Assert.Contains("/api/load", paths);
        Assert.Contains("/api/account", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/account/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/runs/9999")]
    [InlineData("/clinic/runners/9999/report")]
    [InlineData("/no-such-page")]
    public async Task APageThatIsNotThere_AnswersA404PageInWords(string path)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        (await client.SignUp("lost@example.org")).Dispose();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("not yours to see", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiAndFormPosts_StillAnswerProblemDocuments()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        (await client.SignUp("api@example.org")).Dispose();

        using var missing = await client.Http.GetAsync("/api/activities/9999");
        using var stale = await client.Http.PostAsync("/account/signin", new FormUrlEncodedContent([KeyValuePair.Create("email", "x")]));

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (stale.StatusCode, stale.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/activities")]
    [InlineData("/app.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/app.css", "text/css")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/lib/chart.umd.js", "text/javascript")]
    public async Task StaticFiles_AreServedFromTheAssembly(string path, string type)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task FreshInstall_HomePageOffersAnAccountOrTheDemo()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        var html = await client.Http.GetStringAsync("/");

        Assert.Contains("href=\"/signup\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/demo\"", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, Data.DatabaseLocation.SqliteFileName)), "the schema is created at start");
    }
}
