using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Patella.Data.Rehab;
using Patella.Web.Tests.Api;

namespace Patella.Web.Tests.Today;

/// <summary>Issue #5's Today API and forms: the decision with its rule ids, the check-in that changes it, who may read it.</summary>
public class TodayApiTests
{
    [Fact]
    public async Task Today_OfANewRunner_HasADecisionAndReasonsWithRuleIds()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("ana@example.org");

        var today = await client.Get<JsonElement>("/api/today");

        Assert.Equal("2026-03-18", today.GetProperty("day").GetString());
        Assert.Contains(today.GetProperty("decision").GetString(), new[] { "run", "run-reduced", "cross-train", "rest", "refer" });
        var reasons = today.GetProperty("reasons").EnumerateArray().ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.StartsWith("R-", r.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, today.GetProperty("exercises").ValueKind);
        Assert.True(today.TryGetProperty("prescription", out _));
    }

    [Fact]
    public async Task CheckIn_WithSwelling_TurnsTodayIntoRefer_AtOnce()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("bo@example.org");
        Assert.NotEqual("refer", (await client.Get<JsonElement>("/api/today")).GetProperty("decision").GetString());

        using var response = await client.PostForm("/", "/api/checkins", ("painAtRest", "2"), ("stairsDown", "3"), ("swelling", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Api.WebClient.Json);
        Assert.Equal("refer", body.GetProperty("today").GetProperty("decision").GetString());
        Assert.Contains(body.GetProperty("today").GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.Contains("SWELLING", StringComparison.Ordinal));
        Assert.Equal("refer", (await client.Get<JsonElement>("/api/today")).GetProperty("decision").GetString());
        Assert.Contains("data-decision=\"refer\"", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInForm_StoresAndRedirectsToTheDecision_ASecondOneReplacesIt()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("cy@example.org");

        using var first = await client.PostForm("/", "/today/checkin", ("painAtRest", "4"), ("stairsDown", "5"), ("rateWellbeing", "true"), ("fatigue", "7"), ("stress", "6"), ("note", "long day"));
        using var second = await client.PostForm("/", "/today/checkin", ("painAtRest", "1"), ("stairsDown", "2"));

        Assert.Equal("/?saved=2026-03-18#decision", first.Headers.Location?.OriginalString);
        Assert.Equal("/?saved=2026-03-18#decision", second.Headers.Location?.OriginalString);
        var stored = Assert.Single(app.WithDatabase(db => db.CheckIns.ToList()));
        Assert.Equal((1, 2, null), (stored.PainAtRest, stored.StairsDownPain, stored.Fatigue));
        var page = await client.Http.GetStringAsync("/?saved=2026-03-18");
        Assert.Contains("Check-in for 2026-03-18 stored", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stored", page, StringComparison.Ordinal);
        Assert.Contains("Not stored. Pain at rest and walking: a whole number from 0 to 10.", await client.Http.GetStringAsync("/?error=painAtRest"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("painAtRest", "11")]
    [InlineData("painAtRest", "")]
    [InlineData("stairsDown", "two")]
    [InlineData("date", "2026-03-19")]
    [InlineData("runMinutes", "-5")]
    public async Task CheckIn_WithABadField_IsRefusedNamingIt_AndStoresNothing(string field, string value)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("di@example.org");
        (string, string)[] fields = [("painAtRest", "1"), ("stairsDown", "1"), ("ran", "true"), ("painDuring", "1")];

        using var response = await client.PostForm("/", "/api/checkins", [.. fields.Where(f => f.Item1 != field), (field, value)]);
        using var form = await client.PostForm("/", "/today/checkin", [.. fields.Where(f => f.Item1 != field), (field, value)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Api.WebClient.Json);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal($"/?error={field}#checkin", form.Headers.Location?.OriginalString);
        Assert.Equal(0, app.WithDatabase(db => db.CheckIns.Count()));
    }

    [Fact]
    public async Task ExerciseTick_IsStored_AndUntickedAgain()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();
        var exercise = (await client.Get<JsonElement>("/api/today")).GetProperty("exercises")[0].GetProperty("id").GetString()!;

        using var tick = await client.PostForm("/", "/today/exercises", ("exercise", exercise), ("done", "true"));

        Assert.Equal($"/#exercise-{exercise}", tick.Headers.Location?.OriginalString);
        Assert.Equal([exercise], app.WithDatabase(db => db.ExerciseTicks.Select(t => t.ExerciseId).ToList()));
        Assert.Contains("aria-pressed=\"true\"", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);
        await client.PostForm("/", "/today/exercises", ("exercise", exercise), ("done", "false"));
        Assert.Equal(0, app.WithDatabase(db => db.ExerciseTicks.Count()));
    }

    [Fact]
    public async Task AnotherRunner_CannotReadThisRunnersTodayOrPlan()
    {
        using var app = new PatellaApp();
        using var demo = app.Browser();
        await demo.OpenDemo();
        var demoRunner = (await demo.Get<Accounts.AccountJson>("/api/account")).RunnerId;
        using var other = app.Browser();
        await other.SignUp("eve@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/today?runner={demoRunner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/plan?runner={demoRunner}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await demo.Http.GetAsync($"/api/today?runner={demoRunner}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Browser().Http.GetAsync("/api/today")).StatusCode);
    }

    [Theory]
    [InlineData("/api/checkins")]
    [InlineData("/today/checkin")]
    [InlineData("/today/exercises")]
    [InlineData("/knee/clearance")]
    [InlineData("/knee/assess")]
    [InlineData("/knee/kujala")]
    public async Task Form_WithoutItsAntiforgeryToken_IsRejected_AndStoresNothing(string action)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("fay@example.org");
        KeyValuePair<string, string>[] fields =
        [
            new("painAtRest", "1"), new("swelling", "true"), new("exercise", "clamshell"), new("done", "true"), new("test", "stair-descent"),
            new("result", "pass"), new("step", "3"),
        ];

        using var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.WithDatabase(db => db.CheckIns.Count() + db.ExerciseTicks.Count() + db.ClearanceRecords.Count() + db.Assessments.Count() + db.KujalaScores.Count()));
    }
}
