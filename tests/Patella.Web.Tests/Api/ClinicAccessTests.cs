using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Patella.Data.Clinic;
using Patella.Tests;
using Patella.Web.Accounts;
using Patella.Web.Activities;
using Patella.Web.Clinic;

namespace Patella.Web.Tests.Api;

/// <summary>
/// Clinician access, endpoint by endpoint: a clinician reads a runner only with the runner's standing consent; without it,
/// or after the runner revokes, every endpoint and page answers 404 as for data that does not exist. Another runner never reads.
/// </summary>
public class ClinicAccessTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient a;
    private readonly WebClient b;
    private readonly WebClient clinician;
    private readonly WebClient otherClinician;
    private readonly long runId;
    private readonly long runnerA;

    public ClinicAccessTests()
    {
        a = app.Browser();
        b = app.Browser();
        clinician = app.Browser();
        otherClinician = app.Browser();
        a.SignUp("a@example.org").GetAwaiter().GetResult().Dispose();
        b.SignUp("b@example.org").GetAwaiter().GetResult().Dispose();
        SignUpClinician(clinician, "physio@example.org");
        SignUpClinician(otherClinician, "other-physio@example.org");
        a.Upload(SharedTestData.File("fit", "sloatsburg.fit")).GetAwaiter().GetResult().Dispose();
        runId = a.Get<List<ActivityJson>>("/api/activities").GetAwaiter().GetResult().Single().Id;
        runnerA = a.Get<AccountJson>("/api/account").GetAwaiter().GetResult().RunnerId;
    }

    /// <summary>Every endpoint and page that reads runner A's data.</summary>
    public static TheoryData<string> ReadsOfA =>
    [
        "/api/activities/{run}", "/api/activities/{run}/samples", "/api/activities?runner={runner}", "/api/load?runner={runner}",
        "/api/clinic/runners/{runner}", "/api/clinic/runners/{runner}/notes",
        "/api/clinic/runners/{runner}/fhir", "/api/clinic/runners/{runner}/runs.csv", "/api/clinic/runners/{runner}/checkins.csv",
        "/runs/{run}", "/clinic/runners/{runner}", "/clinic/runners/{runner}/report",
        "/runs?runner={runner}", "/load?runner={runner}", "/knee?runner={runner}",
    ];

    [Theory]
    [MemberData(nameof(ReadsOfA))]
    public async Task Clinician_WithoutConsent_GetsNotFound(string template)
    {
        await Join(clinician);

        Assert.Equal(HttpStatusCode.NotFound, await Status(otherClinician, template));
    }

    [Theory]
    [MemberData(nameof(ReadsOfA))]
    public async Task Clinician_WithConsent_Reads(string template)
    {
        await Join(clinician);

        Assert.Equal(HttpStatusCode.OK, await Status(clinician, template));
    }

    [Theory]
    [MemberData(nameof(ReadsOfA))]
    public async Task Clinician_AfterRevoke_GetsNotFound(string template)
    {
        var grantId = await Join(clinician);
        using (var revoked = await a.Http.DeleteAsync($"/api/settings/clinicians/{grantId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await Status(clinician, template));
    }

    [Theory]
    [MemberData(nameof(ReadsOfA))]
    public async Task AnotherRunner_NeverReads_EvenWhenAShares(string template)
    {
        await Join(clinician);

        var status = await Status(b, template);

        // The clinician pages need the clinician role: a runner is sent to sign in; everything else is 404.
        Assert.Equal(template.StartsWith("/clinic/runners/{runner}", StringComparison.Ordinal) && !template.EndsWith("/report", StringComparison.Ordinal)
            ? HttpStatusCode.Redirect : HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Writes_NeedTheClinicianRoleAndAStandingGrant()
    {
        var grantId = await Join(clinician);
        var note = new NoteRequest("Easy week, please.");

        Assert.Equal(HttpStatusCode.Created, await Post(clinician, $"/api/clinic/runners/{runnerA}/notes", note));
        Assert.Equal(HttpStatusCode.Forbidden, await Post(b, $"/api/clinic/runners/{runnerA}/notes", note));
        Assert.Equal(HttpStatusCode.NotFound, await Post(otherClinician, $"/api/clinic/runners/{runnerA}/notes", note));
        Assert.Equal(HttpStatusCode.Created, await Post(clinician, $"/api/clinic/runners/{runnerA}/adjustments", new AdjustmentRequest("RemoveExercise", "sore", null, "plank", null, null, null)));
        Assert.Equal(HttpStatusCode.BadRequest, await Post(clinician, $"/api/clinic/runners/{runnerA}/adjustments", new AdjustmentRequest("Dose", "", null, "plank", 3, 10, null)));

        await a.Http.DeleteAsync($"/api/settings/clinicians/{grantId}");

        Assert.Equal(HttpStatusCode.NotFound, await Post(clinician, $"/api/clinic/runners/{runnerA}/notes", note));
        var notes = await a.Get<List<NoteJson>>($"/api/clinic/runners/{runnerA}/notes");
        Assert.Equal(("physio@example.org", "Easy week, please."), (Assert.Single(notes).Author, notes[0].Text));
    }

    [Fact]
    public async Task Assessment_OfASharingRunner_IsReadable_UntilRevoked()
    {
        var demo = app.WithDatabase(db => Demo.DemoRunner.Ensure(db, app.Clock));
        var invite = app.WithDatabase(db => Consent.CreateInvite(db, demo.RunnerId, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(HttpStatusCode.OK, await Post(clinician, "/api/clinic/join", new JoinRequest(invite.Code)));
        var url = $"/api/assessments/latest?runner={demo.RunnerId}";

        Assert.Equal(HttpStatusCode.OK, (await clinician.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClinician.Http.GetAsync(url)).StatusCode);
        var grant = app.WithDatabase(db => Consent.GrantsOf(db, demo.RunnerId).Single().Id);
        app.WithDatabase(db => Consent.Revoke(db, demo.RunnerId, grant, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task RunnerPages_ForTheirClinician_AreTheRunnersViews_WithoutTheirForms()
    {
        await Join(clinician);

        foreach (var (path, form) in new[] { ("/runs", "action=\"/runs/import\""), ("/knee", "action=\"/knee/clearance\""), ("/load", null) })
        {
            var own = await a.Http.GetStringAsync(path);
            var shared = await clinician.Http.GetStringAsync($"{path}?runner={runnerA}");

            Assert.DoesNotContain("class=\"viewing\"", own, StringComparison.Ordinal);
            Assert.Contains("<strong>a</strong>", shared, StringComparison.Ordinal);
            Assert.Contains("as they see it (read-only)", shared, StringComparison.Ordinal);
            if (form is not null)
            {
                Assert.Contains(form, own, StringComparison.Ordinal);
                Assert.DoesNotContain(form, shared, StringComparison.Ordinal);
            }
        }

        var runs = await clinician.Http.GetStringAsync($"/runs?runner={runnerA}");
        Assert.Contains($"href=\"/runs/{runId}\"", runs, StringComparison.Ordinal);
        Assert.Contains($"href=\"/runs?runner={runnerA}\"", await clinician.Http.GetStringAsync($"/runs/{runId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Take the knee assessment", await clinician.Http.GetStringAsync($"/knee?runner={runnerA}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_IsTheRunnersOwnToo()
    {
        using var own = await a.Http.GetAsync("/report");
        using var byId = await a.Http.GetAsync($"/clinic/runners/{runnerA}/report");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (own.StatusCode, byId.StatusCode));
        Assert.Contains("a: course of rehab", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<nav", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicList_IsForClinicians_AndShowsOnlySharedRunners()
    {
        Assert.Empty(await clinician.Get<List<ClinicRowJson>>("/api/clinic/runners"));
        await Join(clinician);

        var row = Assert.Single(await clinician.Get<List<ClinicRowJson>>("/api/clinic/runners"));

        Assert.Equal(runnerA, row.RunnerId);
        Assert.Contains(row.Reasons, r => r.RuleId == Core.Clinic.Attention.MissedCheckIns.Id);
        Assert.Empty(await otherClinician.Get<List<ClinicRowJson>>("/api/clinic/runners"));
        using var forRunner = await a.Http.GetAsync("/api/clinic/runners");
        Assert.Equal(HttpStatusCode.Forbidden, forRunner.StatusCode);
    }

    [Fact]
    public async Task Join_RefusesAUsedCode_WithAProblem()
    {
        var code = (await (await a.Http.PostAsync("/api/settings/invites", null)).Content.ReadFromJsonAsync<InviteCode>(WebClient.Json))!.Code;
        Assert.Equal(HttpStatusCode.OK, await Post(clinician, "/api/clinic/join", new JoinRequest(code)));

        using var again = await otherClinician.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(code));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("used already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_GetsUnauthorized_OnTheClinicAndSettingsApi()
    {
        using var anonymous = app.Browser();
        foreach (var url in new[] { "/api/clinic/runners", $"/api/clinic/runners/{runnerA}", "/api/settings", "/api/export" })
        {
            using var response = await anonymous.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
        clinician.Dispose();
        otherClinician.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static void SignUpClinician(WebClient client, string email) =>
        client.PostForm("/signup", "/account/signup", ("email", email), ("password", "correct horse battery"), ("timeZone", "Europe/Oslo"), ("units", "km"), ("clinician", "true"))
            .GetAwaiter().GetResult().Dispose();

    /// <summary>A makes a code, the clinician uses it; the grant's id.</summary>
    private async Task<long> Join(WebClient who)
    {
        using var made = await a.Http.PostAsync("/api/settings/invites", null);
        var invite = (await made.Content.ReadFromJsonAsync<InviteCode>(WebClient.Json))!;
        using var joined = await who.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(invite.Code));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        return (await joined.Content.ReadFromJsonAsync<JoinedJson>(WebClient.Json))!.GrantId;
    }

    private async Task<HttpStatusCode> Status(WebClient who, string template)
    {
        using var response = await who.Http.GetAsync(template
            .Replace("{run}", runId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{runner}", runnerA.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> Post<T>(WebClient who, string url, T body)
    {
        using var response = await who.Http.PostAsJsonAsync(url, body, WebClient.Json);
        return response.StatusCode;
    }
}
