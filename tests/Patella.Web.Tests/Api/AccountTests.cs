using System.Net;
using System.Net.Http.Json;
using Patella.Data.Accounts;
using Patella.Web.Accounts;

namespace Patella.Web.Tests.Api;

public class AccountTests
{
    [Fact]
    public async Task SignUp_CreatesTheAccountAndSignsIn()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.SignUp("ana@example.org", units: "mi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var me = await client.Get<AccountJson>("/api/account");
        Assert.Equal("ana@example.org", me.Email);
        Assert.Equal("Europe/Oslo", me.TimeZone);
        Assert.Equal("mi", me.Units);
        Assert.Equal(["runner"], me.Roles);
    }

    [Fact]
    public async Task SignUp_AsClinician_HasBothRoles()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.PostForm("/signup", "/account/signup",
            ("email", "physio@example.org"), ("password", "long enough pw"), ("timeZone", "UTC"), ("units", "km"), ("clinician", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["runner", "clinician"], (await client.Get<AccountJson>("/api/account")).Roles);
    }

    [Theory]
    [InlineData("not-an-email", "long enough pw", "/signup?error=email")]
    [InlineData("bo@example.org", "short", "/signup?error=password&email=bo%40example.org")]
    public async Task SignUp_RefusesBadInput_WithTheReason(string email, string password, string location)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.SignUp(email, password);

        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/account")).StatusCode);
    }

    [Fact]
    public async Task SignUp_AfterAShortPassword_TheFormKeepsTheEmail()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        var html = await client.Http.GetStringAsync("/signup?error=password&email=bo%40example.org");

        Assert.Contains("value=\"bo@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_RefusesAnEmailTakenInAnotherCase()
    {
        using var app = new PatellaApp();
        using (var first = app.Browser())
        {
            await first.SignUp("Cy@Example.org");
        }

        using var client = app.Browser();
        using var response = await client.SignUp("cy@example.ORG");

        Assert.Equal("/signup?error=taken&email=cy%40example.ORG", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_SignsIn_AndWithAWrongOne_DoesNot()
    {
        using var app = new PatellaApp();
        using (var signup = app.Browser())
        {
            await signup.SignUp("di@example.org", "the right one");
        }

        using var wrong = app.Browser();
        Assert.Equal("/signin?error=wrong", (await wrong.SignIn("di@example.org", "the wrong one")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.Http.GetAsync("/api/account")).StatusCode);

        using var right = app.Browser();
        Assert.Equal("/", (await right.SignIn("DI@example.org", "the right one")).Headers.Location?.OriginalString);
        Assert.Equal("di@example.org", (await right.Get<AccountJson>("/api/account")).Email);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_IsLockedFor15Minutes_EvenWithTheRightPassword()
    {
        using var app = new PatellaApp();
        using (var signup = app.Browser())
        {
            await signup.SignUp("ed@example.org", "the right one");
        }

        using var client = app.Browser();
        for (var i = 1; i < SignInLockout.MaxFailures; i++)
        {
            Assert.Equal("/signin?error=wrong", (await client.SignIn("ed@example.org", "guess " + i)).Headers.Location?.OriginalString);
        }

        Assert.Equal("/signin?error=locked", (await client.SignIn("ed@example.org", "guess 5")).Headers.Location?.OriginalString);
        Assert.Equal("/signin?error=locked", (await client.SignIn("ed@example.org", "the right one")).Headers.Location?.OriginalString);

        app.Clock.Advance(SignInLockout.Duration - TimeSpan.FromSeconds(1));
        Assert.Equal("/signin?error=locked", (await client.SignIn("ed@example.org", "the right one")).Headers.Location?.OriginalString);

        app.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("/", (await client.SignIn("ed@example.org", "the right one")).Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/account/signup")]
    [InlineData("/account/signin")]
    [InlineData("/account/demo")]
    [InlineData("/account/signout")]
    public async Task Form_WithoutItsAntiforgeryToken_IsRejected(string action)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.TokenFrom("/signup");

        using var response = await client.Http.PostAsync(action, new FormUrlEncodedContent([KeyValuePair.Create("email", "x@example.org"), KeyValuePair.Create("password", "long enough pw")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.WithDatabase(db => db.Accounts.Count()));
    }

    [Fact]
    public async Task Upload_WithoutTheAntiforgeryToken_IsRejected()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("fi@example.org");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Patella.Tests.SharedTestData.File("fit", "sloatsburg.fit"))), "files", "sloatsburg.fit" } };

        using var response = await client.Http.PostAsync("/api/activities/import", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await client.Get<List<Activities.ActivityJson>>("/api/activities"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        await client.SignUp("gu@example.org");

        using var response = await client.PostForm("/", "/account/signout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/account")).StatusCode);
    }

    [Theory]
    [InlineData("/runs")]
    [InlineData("/load")]
    [InlineData("/knee")]
    public async Task Page_WithoutSignIn_RedirectsToSignIn(string page)
    {
        using var app = new PatellaApp();
        using var client = app.Browser();

        using var response = await client.Http.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/signin?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/runs", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    public void ReturnUrl_OnlyPathsOnThisSite(string url, bool local) => Assert.Equal(local, AccountsApi.IsLocal(url));

    [Fact]
    public async Task FirstAccount_TakesOverTheCommandLinesRunner()
    {
        using var app = new PatellaApp();
        app.WithDatabase(db => Data.Runners.RunnerProfile.GetOrCreate(db, Data.Runners.Runner.LocalRunnerId, TimeProvider.System));

        using var client = app.Browser();
        await client.SignUp("ha@example.org");
        using var second = app.Browser();
        await second.SignUp("ib@example.org");

        Assert.Equal(Data.Runners.Runner.LocalRunnerId, (await client.Get<AccountJson>("/api/account")).RunnerId);
        Assert.NotEqual(Data.Runners.Runner.LocalRunnerId, (await second.Get<AccountJson>("/api/account")).RunnerId);
    }
}
