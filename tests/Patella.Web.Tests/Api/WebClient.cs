using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Patella.Web.Tests.Api;

/// <summary>An HTTP client that behaves like a browser on the forms: it reads the anti-forgery token from the page first.</summary>
public sealed partial class WebClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http { get; } = http;

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public async Task<string> TokenFrom(string page)
    {
        var html = await Http.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no anti-forgery token on {page}");
    }

    /// <summary>Posts a form the way the page does (token included), returning the response (a redirect on success).</summary>
    public async Task<HttpResponseMessage> PostForm(string page, string action, params (string Name, string Value)[] fields)
    {
        var token = await TokenFrom(page);
        var content = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]);
        return await Http.PostAsync(action, content);
    }

    public Task<HttpResponseMessage> SignUp(string email, string password = "correct horse battery", string units = "km", string zone = "Europe/Oslo") =>
        PostForm("/signup", "/account/signup", ("email", email), ("password", password), ("timeZone", zone), ("units", units));

    public Task<HttpResponseMessage> SignIn(string email, string password) =>
        PostForm("/signin", "/account/signin", ("email", email), ("password", password));

    public Task<HttpResponseMessage> OpenDemo() => PostForm("/", "/account/demo");

    /// <summary>Uploads files to <c>POST /api/activities/import</c> with the runs page's token.</summary>
    public async Task<HttpResponseMessage> Upload(params string[] paths)
    {
        var token = await TokenFrom("/runs");
        using var content = new MultipartFormDataContent();
        foreach (var path in paths)
        {
            content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", Path.GetFileName(path));
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await Http.PostAsync("/api/activities/import", content);
    }

    public async Task<T> Get<T>(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
