using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Patella.Data;
using Patella.Tests;
using Patella.Web.Tests.Api;
using WebClient = Patella.Web.Tests.Api.WebClient;

namespace Patella.Web.Tests.Scale;

/// <summary>
/// Two instances of the app on one database, as two servers behind a reverse proxy: what one issues (the sign-in
/// cookie, an anti-forgery token) the other accepts, because the data-protection keys live in the database.
/// On SQLite (one file) always, and on PostgreSQL when <c>PATELLA_TEST_POSTGRES</c> names a server.
/// </summary>
public sealed class TwoInstancesTests
{
    public static TheoryData<string> Providers => SharedDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignInOnOne_ReadsTheApiOnTwo(string provider)
    {
        using var pair = InstancePair.On(provider);
        var (database, two, web1, web2) = (pair.Database, pair.Two, pair.Web1, pair.Web2);

        // Both instances meet an empty key ring at the same moment: each may create a key; both must end up usable.
        await Task.WhenAll(web1.Http.GetStringAsync("/signin"), web2.Http.GetStringAsync("/signin"));
        using (var signUp = await web1.SignUp("two@example.org"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        }

        var account = await web2.Get<JsonElement>("/api/account");
        Assert.Equal("two@example.org", account.GetProperty("email").GetString());
        Assert.Equal(0, (await web2.Get<JsonElement>("/api/activities")).GetArrayLength());
        var keys = SharedKeys(database);
        Assert.InRange(keys, 1, 2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FormTokenFromOne_IsAcceptedByTwo(string provider)
    {
        using var pair = InstancePair.On(provider);
        var (web1, web2) = (pair.Web1, pair.Web2);
        (await web1.SignUp("form@example.org")).Dispose();
        var file = SharedTestData.File("fit", "sloatsburg.fit");

        var token = await web1.TokenFrom("/runs");
        using (var tampered = await Upload(web2, file, token[..^4] + "AAAA"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        }

        using (var upload = await Upload(web2, file, token))
        {
            Assert.True(upload.StatusCode == HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, (await web1.Get<JsonElement>("/api/activities")).GetArrayLength());
        var runs = await web1.Http.GetStringAsync("/runs");
        Assert.Contains("1 of 1 stored", runs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WriteOnTwo_ChangesWhatOneAnswers_ThoughOneKeepsItsDay(string provider)
    {
        using var pair = InstancePair.On(provider);
        var (one, web1, web2) = (pair.One, pair.Web1, pair.Web2);
        (await web1.SignUp("kept@example.org")).Dispose();

        // One computes today and keeps it, and the home page's parts.
        var before = await web1.Get<JsonElement>("/api/today");
        Assert.Equal(before.GetRawText(), (await web1.Get<JsonElement>("/api/today")).GetRawText());
        var home = await web1.Http.GetStringAsync("/");
        Assert.DoesNotContain("data-decision=\"refer\"", home, StringComparison.Ordinal);
        Assert.Contains("No runs yet", home, StringComparison.Ordinal);
        Assert.NotEqual("refer", before.GetProperty("decision").GetString());

        // Two stores a swollen knee and a run; one must not answer from what it kept.
        using (var checkIn = await web2.PostForm("/", "/api/checkins", ("painAtRest", "2"), ("stairsDown", "3"), ("swelling", "true")))
        {
            Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        }

        using (var upload = await Upload(web2, SharedTestData.File("gpx", "20171008_run_2067489619.gpx"), await web2.TokenFrom("/runs")))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        var after = await web1.Get<JsonElement>("/api/today");
        Assert.Equal("refer", after.GetProperty("decision").GetString());
        home = await web1.Http.GetStringAsync("/");
        Assert.Contains("data-decision=\"refer\"", home, StringComparison.Ordinal);
        Assert.Contains("1 activities", home, StringComparison.Ordinal);
        Assert.True(one.Services.GetRequiredService<Patella.Web.Hosting.RunnerDayCache>().Count > 0, "instance one keeps what it computed");
    }

    [Fact]
    public async Task KeyCreatedByTwoAfterOneCachedItsRing_StillOpensOnOne()
    {
        using var pair = InstancePair.On(nameof(DatabaseProvider.Sqlite));
        var (database, one, two, cookies, web1, web2) = (pair.Database, pair.One, pair.Two, pair.Cookies, pair.Web1, pair.Web2);
        await web1.Http.GetStringAsync("/signin");
        await web2.Http.GetStringAsync("/signin");

        // Instance two makes a new key, active at once (as when both start on an empty ring at the same moment);
        // instance one has its ring cached without it.
        var keys = two.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        var newKey = keys.CreateNewKey(now, now.AddDays(90));
        (await web2.SignUp("rotated@example.org")).Dispose();
        Assert.Equal(newKey.KeyId, SealingKey(cookies));

        var account = await web1.Get<JsonElement>("/api/account");
        Assert.Equal("rotated@example.org", account.GetProperty("email").GetString());
        Assert.Equal(2, SharedKeys(database));
    }

    [Fact]
    public async Task CookieFromAnotherDatabase_IsRefused()
    {
        using var first = SharedDatabase.Create(nameof(DatabaseProvider.Sqlite));
        using var second = SharedDatabase.Create(nameof(DatabaseProvider.Sqlite));
        using var one = new AppInstance(first);
        using var other = new AppInstance(second);
        var cookies = new CookieContainer();
        using var web1 = one.Browser(cookies);
        using var web2 = other.Browser(cookies);
        (await web1.SignUp("alone@example.org")).Dispose();

        using var response = await web2.Http.GetAsync("/api/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> Upload(WebClient client, string path, string token)
    {
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", Path.GetFileName(path) },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await client.Http.PostAsync("/api/activities/import", content);
    }

    /// <summary>The id of the key that sealed the sign-in cookie: a protected payload is a 4-byte magic header, then the key's GUID.</summary>
    private static Guid SealingKey(CookieContainer cookies)
    {
        var cookie = cookies.GetCookies(new Uri("http://localhost")).Single(c => c.Name == "patella.signin").Value;
        var payload = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(cookie);
        return new Guid(payload.AsSpan(4, 16));
    }

    private static int SharedKeys(SharedDatabase database)
    {
        using var db = PatellaDatabase.Open(database.Location, migrate: false);
        try
        {
            return db.DataProtectionKeys.Count();
        }
        finally
        {
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database).Dispose();
        }
    }
}
