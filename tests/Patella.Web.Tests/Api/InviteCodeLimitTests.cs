using System.Net;
using System.Net.Http.Json;
using Patella.Data.Clinic;
using Patella.Web.Clinic;

namespace Patella.Web.Tests.Api;

/// <summary>
/// Invite-code guesses are limited per account: <see cref="InviteCodeGuessLimit.PermitLimit"/> tries in the window, then
/// 429 on the API and the message on the clinic page; another account keeps its own budget. The window is 15 minutes,
/// so every try here falls inside one.
/// </summary>
public class InviteCodeLimitTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient runner;
    private readonly WebClient guesser;
    private readonly WebClient other;

    public InviteCodeLimitTests()
    {
        runner = app.Browser();
        guesser = app.Browser();
        other = app.Browser();
        runner.SignUp("runner@example.org").GetAwaiter().GetResult().Dispose();
        ClinicAccessTests.SignUpClinician(guesser, "guesser@example.org");
        ClinicAccessTests.SignUpClinician(other, "other@example.org");
    }

    [Fact]
    public async Task Join_EleventhWrongCodeInTheWindow_Gets429_AndAnotherAccountIsNotAffected()
    {
        for (var i = 0; i < InviteCodeGuessLimit.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await Join(guesser, WrongCode(i)));
        }

        using var limited = await guesser.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(WrongCode(99)));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many invite codes tried", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "says when to try again");

        // The other clinician's wrong code is judged as usual, and their right one works.
        Assert.Equal(HttpStatusCode.BadRequest, await Join(other, WrongCode(0)));
        Assert.Equal(HttpStatusCode.OK, await Join(other, await NewCode()));

        // Even a right code waits for the window: the limit counts tries, not failures.
        Assert.Equal(HttpStatusCode.TooManyRequests, await Join(guesser, await NewCode()));
    }

    [Fact]
    public async Task JoinForm_OverTheLimit_ComesBackToTheClinicPageWithTheMessage()
    {
        for (var i = 0; i < InviteCodeGuessLimit.PermitLimit - 1; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await Join(guesser, WrongCode(i)));
        }

        // The form and the API share one budget: this is the tenth try, still judged; the eleventh is refused.
        using (var tenth = await guesser.PostForm("/clinic", "/clinic/join", ("code", WrongCode(50))))
        {
            Assert.Equal(HttpStatusCode.Redirect, tenth.StatusCode);
            Assert.DoesNotContain("Too%20many", tenth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var eleventh = await guesser.PostForm("/clinic", "/clinic/join", ("code", await NewCode()));

        Assert.Equal(HttpStatusCode.Redirect, eleventh.StatusCode);
        var page = await guesser.Http.GetStringAsync(eleventh.Headers.Location);
        Assert.Contains("Too many invite codes tried", page, StringComparison.Ordinal);
        Assert.Empty(await guesser.Get<List<ClinicRowJson>>("/api/clinic/runners"));
    }

    /// <summary>A well-formed code that was never issued (the try must reach the code check, not fail on its shape).</summary>
    private static string WrongCode(int i) => $"AAAA-BBBB-{i:D4}";

    private async Task<string> NewCode()
    {
        using var made = await runner.Http.PostAsync("/api/settings/invites", null);
        return (await made.Content.ReadFromJsonAsync<InviteCode>(WebClient.Json))!.Code;
    }

    private static async Task<HttpStatusCode> Join(WebClient who, string code)
    {
        using var response = await who.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(code), WebClient.Json);
        return response.StatusCode;
    }

    public void Dispose()
    {
        runner.Dispose();
        guesser.Dispose();
        other.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }
}
