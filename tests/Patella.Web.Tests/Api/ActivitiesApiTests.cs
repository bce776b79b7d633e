using System.Net;
using System.Net.Http.Json;
using Patella.Data.Activities;
using Patella.Tests;
using Patella.Web.Activities;

namespace Patella.Web.Tests.Api;

public class ActivitiesApiTests
{
    private static readonly string Sloatsburg = SharedTestData.File("fit", "sloatsburg.fit");

    [Fact]
    public async Task Import_RealFitFile_IsListedWithItsMetrics()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("ana@example.org");

        using var response = await client.Upload(Sloatsburg);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<ImportSummary>(WebClient.Json))!;
        Assert.Equal((1, 1, 0), (summary.FilesImported, summary.ActivitiesImported, summary.Failed));
        Assert.Equal("imported", Assert.Single(summary.Files).Outcome);

        var run = Assert.Single(await client.Get<List<ActivityJson>>("/api/activities"));
        Assert.Equal("Running", run.Sport);
        Assert.InRange(run.DistanceMetres, 13_900, 14_100);
        Assert.True(run.HasSamples);
        Assert.NotNull(run.PaceSecondsPerKilometre);
        Assert.Equal(run, await client.Get<ActivityJson>($"/api/activities/{run.Id}"));
    }

    [Fact]
    public async Task Import_TheSameFileTwice_IsANoOp()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("bo@example.org");
        await client.Upload(Sloatsburg);

        using var again = await client.Upload(Sloatsburg);

        var summary = (await again.Content.ReadFromJsonAsync<ImportSummary>(WebClient.Json))!;
        Assert.Equal("already-there", Assert.Single(summary.Files).Outcome);
        Assert.Single(await client.Get<List<ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task Import_ABrokenFile_SaysWhyPerFile_AndKeepsTheGoodOne()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("cy@example.org");

        using var response = await client.Upload(Sloatsburg, SharedTestData.File("fit", "empty.fit"));

        var summary = (await response.Content.ReadFromJsonAsync<ImportSummary>(WebClient.Json))!;
        Assert.Equal(2, summary.Files.Count);
        var failed = Assert.Single(summary.Files, f => f.Outcome == "failed");
        Assert.Equal("empty.fit", failed.SourceName);
        Assert.False(string.IsNullOrWhiteSpace(failed.Detail));
        Assert.Single(await client.Get<List<ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task Samples_FollowTheDistance_WithPaceElevationAndStepCadence()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("di@example.org");
        await client.Upload(Sloatsburg);
        var run = Assert.Single(await client.Get<List<ActivityJson>>("/api/activities"));

        var samples = await client.Get<ActivitySamplesJson>($"/api/activities/{run.Id}/samples");

        var n = samples.DistanceMetres.Count;
        Assert.InRange(n, 100, ActivitySamples.MaxPoints + 1);
        Assert.All(new[] { samples.PaceSecondsPerKilometre.Count, samples.ElevationMetres.Count, samples.CadenceStepsPerMinute.Count, samples.ElapsedSeconds.Count }, c => Assert.Equal(n, c));
        Assert.True(samples.DistanceMetres.Zip(samples.DistanceMetres.Skip(1)).All(p => p.First <= p.Second), "distance never goes back");
        Assert.InRange(samples.DistanceMetres[^1], run.DistanceMetres * 0.98, run.DistanceMetres * 1.02);
        Assert.Contains(samples.ElevationMetres, e => e is not null);

        // FIT cadence is strides/min: the chart shows steps, around the run's average.
        var cadence = samples.CadenceStepsPerMinute.Where(c => c is > 0).Select(c => c!.Value).Order().ToList();
        Assert.InRange(cadence[cadence.Count / 2], run.AverageCadenceStepsPerMinute!.Value - 10, run.AverageCadenceStepsPerMinute.Value + 10);
        var pace = samples.PaceSecondsPerKilometre.Where(p => p is not null).Select(p => p!.Value).Order().ToList();
        Assert.InRange(pace[pace.Count / 2], run.PaceSecondsPerKilometre!.Value * 0.8, run.PaceSecondsPerKilometre.Value * 1.2);
    }

    [Fact]
    public async Task Import_WithNoFile_IsAValidationProblem()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("ed@example.org");
        var token = await client.TokenFrom("/runs");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        using var response = await client.Http.PostAsync("/api/activities/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RunsPage_ListsTheRunInTheRunnersUnits()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("fi@example.org", units: "mi");
        await client.Upload(Sloatsburg);

        var html = await client.Http.GetStringAsync("/runs");

        Assert.Contains("1 activities", html, StringComparison.Ordinal);
        Assert.Matches(@"8\.7\d mi", html);
        Assert.Contains(" /mi", html, StringComparison.Ordinal);
    }
}
