using System.Net;
using Patella.Core.Assessment;
using Patella.Web.Accounts;
using Patella.Web.Activities;
using Patella.Web.Assessment;
using Patella.Web.Load;

namespace Patella.Web.Tests.Api;

public class LoadAndDemoTests
{
    [Fact]
    public async Task Demo_SignsInAsTheDemoRunner_WithTwelveWeeksOfRunsAndAPfpsAssessment()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.OpenDemo();

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var me = await client.Get<AccountJson>("/api/account");
        Assert.Equal(Demo.DemoRunner.Email, me.Email);
        Assert.NotEqual(Data.Runners.Runner.LocalRunnerId, me.RunnerId);
        var runs = await client.Get<List<ActivityJson>>("/api/activities");
        Assert.InRange(runs.Count, 36, 48);
        var today = DateOnly.FromDateTime(PatellaApp.Start.UtcDateTime);
        Assert.All(runs, r => Assert.InRange(r.LocalDate, today.AddDays(-7 * 12), today));
        Assert.All(runs, r => Assert.InRange(r.PaceSecondsPerKilometre!.Value, 290, 390));

        var assessment = await client.Get<AssessmentJson>("/api/assessments/latest");
        Assert.Equal(KneeCondition.Pfps, assessment.Result.LikelyCondition);
        Assert.Empty(assessment.Result.RedFlags);
        Assert.Contains(assessment.Result.Factors, f => f.RuleId == "R-FACTOR-RUN-SPIKE" && f.Source != FactorSource.Answers);
    }

    [Fact]
    public async Task Demo_IsCreatedOnce()
    {
        using var app = new PatellaApp();
        using var first = app.Browser();
        using var second = app.Browser();

        await first.OpenDemo();
        await second.OpenDemo();

        Assert.Equal((await first.Get<AccountJson>("/api/account")).RunnerId, (await second.Get<AccountJson>("/api/account")).RunnerId);
        Assert.Equal(1, app.WithDatabase(db => db.Accounts.Count()));
        Assert.Equal((await first.Get<List<ActivityJson>>("/api/activities")).Count, app.WithDatabase(db => db.Activities.Count()));
    }

    [Fact]
    public async Task Load_OfTheDemo_Has16Weeks_TheSpikeWeekOverItsGuide_AndRuleIds()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();

        var load = await client.Get<LoadJson>("/api/load");

        Assert.Equal(LoadJson.WeeksShown, load.Weeks.Count);
        Assert.Equal(DateOnly.FromDateTime(PatellaApp.Start.UtcDateTime), load.Day);
        Assert.Equal("Europe/Oslo", load.TimeZone);
        Assert.Equal(0, load.Weeks[0].DistanceMetres);
        var spike = load.Weeks[^5];
        Assert.True(spike.OverGuide, "week 8 of the demo jumps from 31 to 43 km");
        Assert.InRange(spike.DistanceMetres, 42_000, 44_000);
        Assert.True(spike.DownhillDistanceMetres > load.Weeks[^8].DownhillDistanceMetres);
        Assert.NotNull(load.Weeks[^1].EwmaRatio);
        Assert.Null(load.Weeks[4].EwmaRatio);
        Assert.Contains("R-LOAD", load.RatioRuleId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(load.RatioCaveat));
        var shoe = Assert.Single(load.Shoes);
        Assert.Equal(Demo.DemoRuns.Shoe, shoe.Name);
        Assert.True(shoe.DistanceMetres > 420_000 + 300_000);
        Assert.All(load.Warnings, w => Assert.StartsWith("R-", w.RuleId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_OnAnEarlierDay_IgnoresLaterRuns()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();

        var load = await client.Get<LoadJson>("/api/load?on=2026-01-10");

        Assert.Equal(new DateOnly(2026, 1, 10), load.Day);
        Assert.True(load.Weeks.Sum(w => w.DistanceMetres) < (await client.Get<LoadJson>("/api/load")).Weeks.Sum(w => w.DistanceMetres));
    }

    [Fact]
    public async Task Load_WithABadDate_IsABadRequest()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("ana@example.org");

        using var response = await client.Http.GetAsync("/api/load?on=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Load_OfANewRunner_IsEmptyButWhole()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("bo@example.org");

        var load = await client.Get<LoadJson>("/api/load");

        Assert.Equal(LoadJson.WeeksShown, load.Weeks.Count);
        Assert.All(load.Weeks, w => Assert.Equal(0, w.DistanceMetres));
        Assert.Empty(load.Warnings);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/runs")]
    [InlineData("/load")]
    [InlineData("/knee")]
    public async Task DemoPages_Render(string page)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();

        using var response = await client.Http.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No assessment yet", html, StringComparison.Ordinal);
    }
}
