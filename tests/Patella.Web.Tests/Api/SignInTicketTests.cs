using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Patella.Web.Accounts;

namespace Patella.Web.Tests.Api;

/// <summary>Sign-in cookies opened once and kept (<see cref="SignInTickets"/>): kept or not, a cookie means what it says.</summary>
public class SignInTicketTests
{
    [Fact]
    public async Task TheSameCookie_IsOpenedOnce_AndStillSignsIn()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        var tickets = app.Services.GetRequiredService<SignInTickets>();
        var cookie = await SignUp(client, "kept@example.org");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("kept@example.org", (await Account(app, cookie)).Email);
        }

        Assert.Equal(1, tickets.Count);
    }

    [Fact]
    public async Task AKeptCookie_PastItsExpiry_NoLongerSignsIn()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        var cookie = await SignUp(client, "expiring@example.org");
        Assert.Equal(HttpStatusCode.OK, await Status(app, cookie));

        app.Clock.Advance(TimeSpan.FromDays(15));

        Assert.Equal(HttpStatusCode.Unauthorized, await Status(app, cookie));
    }

    [Fact]
    public async Task AChangedCookie_IsRefused_AndNotKept()
    {
        using var app = new PatellaApp();
        using var client = app.Browser();
        var tickets = app.Services.GetRequiredService<SignInTickets>();
        var cookie = await SignUp(client, "tampered@example.org");
        Assert.Equal(HttpStatusCode.OK, await Status(app, cookie));
        var value = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var changed = "patella.signin=" + value[..^3] + (value[^3] == 'A' ? 'B' : 'A') + value[^2..];

        Assert.Equal(HttpStatusCode.Unauthorized, await Status(app, changed));
        Assert.Equal(1, tickets.Count);
    }

    /// <summary>Signs up and answers the sign-in cookie as a Cookie header ("patella.signin=...").</summary>
    private static async Task<string> SignUp(WebClient client, string email)
    {
        using var response = await client.SignUp(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("patella.signin=", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> Status(PatellaApp app, string cookie)
    {
        using var response = await Send(app, cookie);
        return response.StatusCode;
    }

    private static async Task<AccountJson> Account(PatellaApp app, string cookie)
    {
        using var response = await Send(app, cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AccountJson>(WebClient.Json))!;
    }

    /// <summary>GET /api/account with exactly this Cookie header, from a client that keeps no cookies.</summary>
    private static async Task<HttpResponseMessage> Send(PatellaApp app, string cookie)
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }
}
