using System.Net;
using Patella.Tests;
using Patella.Web.Accounts;
using Patella.Web.Activities;

namespace Patella.Web.Tests.Api;

/// <summary>
/// Runner A's data is readable by A alone, endpoint by endpoint. Another runner's data answers 404 Not Found, the same as
/// data that does not exist, so ids cannot be probed for existence (403 would confirm them).
/// </summary>
public class RunnerAccessTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient a;
    private readonly WebClient b;
    private readonly long runId;
    private readonly long runnerA;

    public RunnerAccessTests()
    {
        a = app.Browser();
        b = app.Browser();
        a.SignUp("a@example.org").GetAwaiter().GetResult().Dispose();
        b.SignUp("b@example.org").GetAwaiter().GetResult().Dispose();
        a.Upload(SharedTestData.File("fit", "sloatsburg.fit")).GetAwaiter().GetResult().Dispose();
        runId = a.Get<List<ActivityJson>>("/api/activities").GetAwaiter().GetResult().Single().Id;
        runnerA = a.Get<AccountJson>("/api/account").GetAwaiter().GetResult().RunnerId;
        app.WithDatabase(db => Demo.DemoRunner.Ensure(db, app.Clock));
    }

    public static TheoryData<string> ApiOfA => ["/api/activities/{run}", "/api/activities/{run}/samples", "/api/activities?runner={runner}", "/api/load?runner={runner}", "/api/assessments/latest?runner={runner}"];

    [Theory]
    [MemberData(nameof(ApiOfA))]
    public async Task RunnerA_ReadsTheirOwn(string template)
    {
        using var response = await a.Http.GetAsync(Url(template));

        // A has no assessment: that endpoint's own 404 is not an access answer, so it is checked in the other test only.
        if (!template.StartsWith("/api/assessments", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(ApiOfA))]
    public async Task RunnerB_CannotReadA_AndGetsNotFound(string template)
    {
        using var response = await b.Http.GetAsync(Url(template));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RunnerB_CannotReadTheDemoRunnersAssessment()
    {
        var demoRunner = app.WithDatabase(db => Data.Accounts.AccountStorage.FindByEmail(db, Demo.DemoRunner.Email)!.RunnerId);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/assessments/latest?runner={demoRunner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Http.GetAsync($"/api/load?runner={demoRunner}")).StatusCode);
    }

    [Fact]
    public async Task RunnerB_SeesNoneOfAsRuns_InTheirListOrPages()
    {
        Assert.Empty(await b.Get<List<ActivityJson>>("/api/activities"));
        using var page = await b.Http.GetAsync($"/runs/{runId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("a@example.org", await b.Http.GetStringAsync("/runs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_GetsUnauthorized()
    {
        using var anonymous = app.Browser();
        foreach (var template in ApiOfA)
        {
            using var response = await anonymous.Http.GetAsync(Url(template));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Url(string template) =>
        template.Replace("{run}", runId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{runner}", runnerA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
