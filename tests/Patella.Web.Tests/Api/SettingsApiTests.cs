using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Patella.Tests;
using Patella.Web.Accounts;
using Patella.Web.Load;
using Patella.Web.Settings;

namespace Patella.Web.Tests.Api;

public class SettingsApiTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient a;
    private readonly WebClient b;

    public SettingsApiTests()
    {
        a = app.Browser();
        b = app.Browser();
        a.SignUp("a@example.org").GetAwaiter().GetResult().Dispose();
        b.SignUp("b@example.org").GetAwaiter().GetResult().Dispose();
    }

    [Theory]
    [InlineData("mi", "America/New_York", HttpStatusCode.NoContent)]
    [InlineData("furlongs", null, HttpStatusCode.BadRequest)]
    [InlineData(null, "Mars/Olympus_Mons", HttpStatusCode.BadRequest)]
    public async Task Put_ChangesUnitsAndZone_OrSaysWhyNot(string? units, string? zone, HttpStatusCode expected)
    {
        using var response = await a.Http.PutAsJsonAsync("/api/settings", new SettingsChange(units, zone));

        Assert.Equal(expected, response.StatusCode);
        var account = await a.Get<AccountJson>("/api/account");
        Assert.Equal(expected == HttpStatusCode.NoContent ? (units, zone) : ("km", "Europe/Oslo"), (account.Units, account.TimeZone));
    }

    [Fact]
    public async Task OpenInviteCodes_AreListed_AndCancelled_ByTheirRunnerOnly()
    {
        using (var made = await a.Http.PostAsync("/api/settings/invites", null))
        {
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        }

        var invite = Assert.Single((await a.Get<SettingsJson>("/api/settings")).Invites);
        Assert.Contains($"data-invite=\"{invite.Id}\"", await a.Http.GetStringAsync("/settings"), StringComparison.Ordinal);

        using (var byB = await b.Http.DeleteAsync($"/api/settings/invites/{invite.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, byB.StatusCode);
        }

        using var cancelled = await a.PostForm("/settings", $"/settings/invites/{invite.Id}/cancel");

        Assert.Equal("/settings?saved=code cancelled", Uri.UnescapeDataString(cancelled.Headers.Location!.OriginalString));
        Assert.Empty((await a.Get<SettingsJson>("/api/settings")).Invites);
        using var again = await a.Http.DeleteAsync($"/api/settings/invites/{invite.Id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Shoes_AddedAndRetired_AppearOnTheLoadPage()
    {
        using (var added = await a.Http.PostAsJsonAsync("/api/settings/shoes", new ShoeRequest("Road shoe", 120)))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var shoe = Assert.Single((await a.Get<LoadJson>("/api/load")).Shoes);
        Assert.Equal(("Road shoe", 120_000.0), (shoe.Name, shoe.DistanceMetres));
        using (var retired = await a.Http.PostAsync("/api/settings/shoes/Road%20shoe/retire", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        }

        Assert.Equal("Retired", Assert.Single((await a.Get<LoadJson>("/api/load")).Shoes).State);
        Assert.Empty((await b.Get<LoadJson>("/api/load")).Shoes);
        using var duplicate = await a.Http.PostAsJsonAsync("/api/settings/shoes", new ShoeRequest("road SHOE", 0));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    [Fact]
    public async Task Export_IsAZipOfTheSignedInRunnersData_WithTheOriginalFile()
    {
        (await a.Upload(SharedTestData.File("fit", "sloatsburg.fit"))).Dispose();

        using var response = await a.Http.GetAsync("/api/export");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("manifest.json", names);
        Assert.Contains("data/activities.json", names);
        Assert.Single(names, n => n.StartsWith("originals/", StringComparison.Ordinal) && n.EndsWith("sloatsburg.fit", StringComparison.Ordinal));
        using var other = new ZipArchive(await b.Http.GetStreamAsync("/api/export"), ZipArchiveMode.Read);
        Assert.DoesNotContain(other.Entries, e => e.FullName.StartsWith("originals/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAccount_NeedsThePassword_ThenRemovesEverythingAndSignsOut()
    {
        (await a.Upload(SharedTestData.File("fit", "sloatsburg.fit"))).Dispose();
        var runner = (await a.Get<AccountJson>("/api/account")).RunnerId;

        using (var wrong = await a.Http.PostAsJsonAsync("/api/settings/delete-account", new DeleteRequest("not my password")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        Assert.Equal(1, app.WithDatabase(db => db.Activities.Count(x => x.RunnerId == runner)));
        using (var right = await a.Http.PostAsJsonAsync("/api/settings/delete-account", new DeleteRequest("correct horse battery")))
        {
            Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        }

        using var after = await a.Http.GetAsync("/api/account");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal((0, 0, 0), app.WithDatabase(db => (db.Activities.Count(x => x.RunnerId == runner), db.ActivityFiles.Count(x => x.RunnerId == runner), db.Runners.Count(r => r.Id == runner))));
        Assert.Equal("b@example.org", (await b.Get<AccountJson>("/api/account")).Email);
    }

    [Fact]
    public async Task SettingsPage_ShowsEverySection()
    {
        var html = await a.Http.GetStringAsync("/settings");

        foreach (var heading in new[] { "Units and time zone", "Shoes", "Clinicians", "Export all my data", "Delete my account and all data" })
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }
}
