using System.Net;
using System.Text.Json;
using Patella.Web.Tests.Api;

namespace Patella.Web.Tests.Today;

/// <summary>The plan API, the clearance form, the click track and the demo's two weeks of rehab.</summary>
public class PlanAndDemoTests
{
    [Fact]
    public async Task Demo_IsInPhase2_WithTwoWeeksOfCheckIns_AndNoCheckInToday()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();

        var plan = await client.Get<JsonElement>("/api/plan");
        var today = await client.Get<JsonElement>("/api/today");

        Assert.Equal(2, plan.GetProperty("phaseNumber").GetInt32());
        Assert.Equal("assessment", plan.GetProperty("startSource").GetString());
        Assert.Contains(plan.GetProperty("changes").EnumerateArray(), c => c.GetProperty("ruleId").GetString() == "R-REHAB-PHASE-1-EXIT");
        var criterion = Assert.Single(plan.GetProperty("criteria").EnumerateArray());
        Assert.False(criterion.GetProperty("met").GetBoolean());
        Assert.Equal("PainFreeExercise", today.GetProperty("phase").GetString());
        Assert.NotEqual("run", today.GetProperty("decision").GetString());
        Assert.NotEmpty(today.GetProperty("exercises").EnumerateArray());
        var dates = app.WithDatabase(db => db.CheckIns.Select(c => c.Date).ToList());
        Assert.Equal(14, dates.Count);
        Assert.Equal(new DateOnly(2026, 3, 17), dates.Max());
        Assert.Equal(2, app.WithDatabase(db => db.KujalaScores.Count()));

        var home = await client.Http.GetStringAsync("/");
        Assert.Contains("Phase 2 of 4: pain-free exercise", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stored", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_KneePage_ShowsPlanClearanceCadenceAndKujala()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.OpenDemo();

        var html = await client.Http.GetStringAsync("/knee");

        foreach (var id in new[] { "id=\"plan\"", "id=\"clearance\"", "id=\"cadence\"", "data-kujala=", "data-metronome", "R-REHAB-PHASE-2-EXIT", "/knee/click-track.wav" })
        {
            Assert.Contains(id, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClickTrack_IsAWavAtTheMetronomeBeat_AndNeedsABaseline()
    {
        using var app = new PatellaApp();
        using var demo = app.Browser();
        await demo.OpenDemo();
        using var fresh = app.Browser();
        await fresh.SignUp("gil@example.org");

        using var wav = await demo.Http.GetAsync("/knee/click-track.wav?minutes=1");
        var bytes = await wav.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, wav.StatusCode);
        Assert.Equal("audio/wav", wav.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(Core.Gait.ClickTrack.SizeInBytes(TimeSpan.FromMinutes(1), Core.Gait.ClickTrack.DefaultSampleRate), bytes.Length);
        Assert.Equal(HttpStatusCode.NotFound, (await fresh.Http.GetAsync("/knee/click-track.wav")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await demo.Http.GetAsync("/knee/click-track.wav?minutes=31")).StatusCode);
    }

    [Fact]
    public async Task ClearanceForm_RecordsATest_AndRefusesAResultTheNumbersContradict()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("hal@example.org");

        using var stairs = await client.PostForm("/knee", "/knee/clearance", ("test", "stair-descent"), ("result", "pass"), ("date", "2026-03-17"));
        using var symmetry = await client.PostForm("/knee", "/knee/clearance", ("test", "strength-symmetry"), ("result", "pass"), ("involved", "70"), ("uninvolved", "100"));

        Assert.Equal("/knee?recorded=stair-descent#clearance", stairs.Headers.Location?.OriginalString);
        Assert.Equal("/knee?clearanceError=result#clearance", symmetry.Headers.Location?.OriginalString);
        var tests = (await client.Get<JsonElement>("/api/plan")).GetProperty("clearance").GetProperty("tests").EnumerateArray().ToList();
        var recorded = Assert.Single(tests, t => t.GetProperty("latest").ValueKind != JsonValueKind.Null);
        Assert.Equal("2026-03-17", recorded.GetProperty("latest").GetProperty("date").GetString());
        Assert.Equal(1, app.WithDatabase(db => db.ClearanceRecords.Count()));
    }

    [Fact]
    public async Task Wizard_ThreeSteps_StoresTheAssessment_RedFlagsShownFirst()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("ida@example.org");

        using var step1 = await client.PostForm("/knee/assess", "/knee/assess", ("step", "1"), ("answers", ""), ("swelling", "constant"), ("givingWay", "yes"), ("canBearWeight", "yes"));
        var step2 = await step1.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, step1.StatusCode);
        Assert.Contains("Step 2 of 3", step2, StringComparison.Ordinal);
        Assert.Contains("See a clinician", step2, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", step2, StringComparison.Ordinal);
        var answers = System.Text.RegularExpressions.Regex.Match(step2, "name=\"answers\" value=\"([^\"]*)\"").Groups[1].Value;
        answers = WebUtility.HtmlDecode(answers);
        using var bad = await client.PostForm("/knee/assess", "/knee/assess", ("step", "2"), ("answers", answers), ("weeksSinceOnset", "5000"));
        Assert.Contains("How many weeks ago did it start?: Question &#x27;weeksSinceOnset&#x27;: 5000 is out of range", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDatabase(db => db.Assessments.Count()));

        using var step3 = await client.PostForm("/knee/assess", "/knee/assess", ("step", "2"), ("answers", answers), ("painLocation", "aroundKneecap"), ("weeksSinceOnset", "3"));
        var html3 = await step3.Content.ReadAsStringAsync();
        answers = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html3, "name=\"answers\" value=\"([^\"]*)\"").Groups[1].Value);
        using var done = await client.PostForm("/knee/assess", "/knee/assess", ("step", "3"), ("answers", answers), ("ageYears", "40"));

        Assert.Equal("/knee?assessed=true#assessment", done.Headers.Location?.OriginalString);
        var latest = await client.Get<Assessment.AssessmentJson>("/api/assessments/latest");
        Assert.True(latest.Result.ReferralNeeded);
        Assert.Equal("refer", (await client.Get<JsonElement>("/api/today")).GetProperty("decision").GetString());
    }
}
