using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Patella.Web.Hosting;

namespace Patella.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (a free port) over a fresh data folder, and Debian's Chromium driven by
/// Playwright. A browser needs a socket, so this is not the TestServer. Missing Chromium fails the tests, loudly.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? app;
    private IPlaywright? playwright;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "patella-browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>Where screenshots go: the test output folder, kept as CI artifacts.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the browser tests need Debian's Chromium. Install it with " +
                "'apt-get update && apt-get install -y chromium' (scripts/test.sh does this when run as root).");
        }

        Directory.CreateDirectory(Screenshots);
        app = PatellaWebApp.Create(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], DataFolder);
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page that records console errors and failed requests.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPage(int width = 1200, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (context, page, errors);
    }

    /// <summary>Signs up a runner on the sign-up page and waits for their Today page ("Hello NAME", NAME before the @).</summary>
    public static async Task SignUp(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(email);
        await page.GotoAsync("/signup");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello " + email[..email.IndexOf('@', StringComparison.Ordinal)]);
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
