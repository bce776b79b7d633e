using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Patella.Data.Clinic;
using Patella.Tests;
using Patella.Web.Activities;
using Patella.Web.Clinic;

namespace Patella.Web.Tests.Api;

/// <summary>
/// Deleting a run: <c>DELETE /api/activities/{id}</c> and the run page's form. Only the runner deletes their own runs; for
/// another runner and for a clinician who may read the run it answers 404, as for a run that does not exist.
/// </summary>
public sealed class ActivityDeletionApiTests : IDisposable
{
    private static readonly string Sloatsburg = SharedTestData.File("fit", "sloatsburg.fit");
    private readonly PatellaApp app = new();
    private readonly WebClient runner;
    private readonly long runId;
    private readonly long runnerId;

    public ActivityDeletionApiTests()
    {
        runner = app.Browser();
        runner.SignUp("ana@example.org").GetAwaiter().GetResult().Dispose();
        runner.Upload(Sloatsburg).GetAwaiter().GetResult().Dispose();
        runId = runner.Get<List<ActivityJson>>("/api/activities").GetAwaiter().GetResult().Single().Id;
        runnerId = runner.Get<Accounts.AccountJson>("/api/account").GetAwaiter().GetResult().RunnerId;
    }

    public void Dispose()
    {
        runner.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Delete_OwnRun_IsNoContent_AndTheSameFileImportsAgain()
    {
        var stamp = StateVersion();

        using var response = await runner.Http.DeleteAsync($"/api/activities/{runId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await runner.Get<List<ActivityJson>>("/api/activities"));
        Assert.NotEqual(stamp, StateVersion());
        Assert.Equal(0, app.WithDatabase(db => db.ActivityFiles.Count()));
        using var again = await runner.Upload(Sloatsburg);
        Assert.Equal("imported", Assert.Single((await again.Content.ReadFromJsonAsync<Data.Activities.ImportSummary>(WebClient.Json))!.Files).Outcome);
    }

    [Fact]
    public async Task Delete_AnotherRunnersRun_IsNotFound_AndKeepsIt()
    {
        using var other = app.Browser();
        await other.SignUp("bo@example.org");

        using var response = await other.Http.DeleteAsync($"/api/activities/{runId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await runner.Get<List<ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task Delete_ClinicianWithAGrant_IsNotFound_AndKeepsIt()
    {
        using var clinician = await JoinedClinician();
        Assert.Equal(runId, (await clinician.Get<ActivityJson>($"/api/activities/{runId}")).Id);

        using var response = await clinician.Http.DeleteAsync($"/api/activities/{runId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await runner.Get<List<ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task RunPage_ShowsTheDeleteFormToTheRunnerOnly_NotToTheClinician()
    {
        using var clinician = await JoinedClinician();

        var own = await runner.Http.GetStringAsync($"/runs/{runId}");
        var read = await clinician.Http.GetStringAsync($"/runs/{runId}");

        Assert.Contains($"action=\"/runs/{runId}/delete\"", own, StringComparison.Ordinal);
        Assert.Matches("<label for=\"delete-confirm\"[^>]*>.*Yes, delete it</label>", own);
        Assert.DoesNotContain("/delete\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete this run", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteForm_WithoutTheBoxTicked_DeletesNothingAndSaysWhy()
    {
        using var response = await runner.PostForm($"/runs/{runId}", $"/runs/{runId}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/runs/{runId}?error=confirm#delete", response.Headers.Location?.OriginalString);
        Assert.Single(await runner.Get<List<ActivityJson>>("/api/activities"));
        Assert.Contains("nothing was deleted", await runner.Http.GetStringAsync($"/runs/{runId}?error=confirm"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteForm_Ticked_GoesBackToTheRunsWithALineNamingWhatWent()
    {
        using var response = await runner.PostForm($"/runs/{runId}", $"/runs/{runId}/delete", ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/runs?deleted=", location, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await runner.Http.GetStringAsync(location));
        // The FIT start is 2019-06-15 09:42 UTC; the runner signed up in Europe/Oslo.
        Assert.Contains("Deleted: Running, Sat 2019-06-15 11:42, 14.00 km, and its file sloatsburg.fit.", page, StringComparison.Ordinal);
        Assert.Contains("0 activities", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("confirm", "yes")]);

        using var response = await runner.Http.PostAsync($"/runs/{runId}/delete", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await runner.Get<List<ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task DeleteForm_AnotherRunnersRun_IsNotFound()
    {
        using var other = app.Browser();
        await other.SignUp("cy@example.org");

        using var response = await other.PostForm("/runs", $"/runs/{runId}/delete", ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await runner.Get<List<ActivityJson>>("/api/activities"));
    }

    /// <summary>A clinician the runner gave access to (an invite code, used).</summary>
    private async Task<WebClient> JoinedClinician()
    {
        var clinician = app.Browser();
        ClinicAccessTests.SignUpClinician(clinician, "physio@example.org");
        using var made = await runner.Http.PostAsync("/api/settings/invites", null);
        var invite = (await made.Content.ReadFromJsonAsync<InviteCode>(WebClient.Json))!;
        using var joined = await clinician.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(invite.Code));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        return clinician;
    }

    private long StateVersion() => app.WithDatabase(db => db.Runners.AsNoTracking().Where(r => r.Id == runnerId).Select(r => r.StateVersion).Single());
}
