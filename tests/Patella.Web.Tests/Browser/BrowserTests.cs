using Microsoft.Playwright;
using Patella.Tests;

namespace Patella.Web.Tests.Browser;

/// <summary>Issue #5's flows in a real browser: sign up, upload, see the run and its charts, the load page, the demo.</summary>
public class BrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task SignUp_UploadAFitFile_SeeTheRunAndItsCharts_ThenTheLoadPage()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        await LiveApp.Shot(page, "01-first-visit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await page.GetByLabel("Email").FillAsync("runner@example.org");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await LiveApp.Shot(page, "02-sign-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello runner");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Runs", Exact = true }).ClickAsync();
        await page.GetByLabel("FIT, GPX or TCX files").SetInputFilesAsync(SharedTestData.File("fit", "sloatsburg.fit"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-results] li.imported")).ToContainTextAsync("sloatsburg.fit: imported (1)");
        await Assertions.Expect(page.Locator("#list-heading")).ToHaveTextAsync("1 activities");
        await LiveApp.Shot(page, "03-runs-after-upload");

        await page.Locator("table.runs a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-run-charts]")).ToHaveAttributeAsync("data-drawn", "true");
        foreach (var chart in new[] { "pace-chart", "elevation-chart", "cadence-chart" })
        {
            Assert.True(await Drawn(page, chart), $"{chart} has something drawn on it");
        }

        await LiveApp.Shot(page, "04-run");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Load", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-load-charts]")).ToHaveAttributeAsync("data-drawn", "true");
        Assert.True(await Drawn(page, "weekly-chart"));
        await LiveApp.Shot(page, "05-load");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task DropAGpxFile_OnTheDropZone_ImportsIt()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await LiveApp.SignUp(page, "dropper@example.org");
        await page.GotoAsync("/runs");
        var bytes = Convert.ToBase64String(await File.ReadAllBytesAsync(SharedTestData.File("gpx", "20171008_run_2067489619.gpx")));

        await page.EvaluateAsync(
            """
            b64 => {
              const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], "dropped.gpx", { type: "application/gpx+xml" }));
              const zone = document.querySelector("[data-dropzone]");
              zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
              zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """, bytes);

        await Assertions.Expect(page.Locator("[data-results] li.imported")).ToContainTextAsync("dropped.gpx: imported");
        await Assertions.Expect(page.Locator("#list-heading")).ToHaveTextAsync("1 activities");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TryTheDemo_ShowsEveryPageWithContent()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the demo runner" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello Demo runner");
        await LiveApp.Shot(page, "10-demo-home");

        await page.GotoAsync("/load");
        await Assertions.Expect(page.Locator("[data-load-charts]")).ToHaveAttributeAsync("data-drawn", "true");
        foreach (var chart in new[] { "weekly-chart", "ratio-chart", "downhill-chart" })
        {
            Assert.True(await Drawn(page, chart), $"{chart} has something drawn on it");
        }

        Assert.True(await page.Locator("ul.warnings code.rule").CountAsync() > 0, "warnings show their rule ids");
        Assert.True(await page.Locator("ul.shoes meter").CountAsync() > 0, "shoes have mileage bars");
        await LiveApp.Shot(page, "11-demo-load");

        await page.GotoAsync("/knee");
        await Assertions.Expect(page.Locator("#summary-heading")).ToBeVisibleAsync();
        await LiveApp.Shot(page, "12-demo-knee");
        await page.GotoAsync("/runs");
        await LiveApp.Shot(page, "13-demo-runs");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/signup")]
    [InlineData("/load")]
    [InlineData("/runs")]
    [InlineData("/settings")]
    [InlineData("/report")]
    public async Task Pages_FitAPhoneWidth_AndLabelEveryInput(string path)
    {
        var (context, page, errors) = await live.NewPage(width: 375, height: 740);
        await using var _ = context;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the demo runner" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello Demo runner");

        await page.GotoAsync(path);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{path} scrolls sideways on a phone");
        var unlabelled = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name || e.id)");
        Assert.Empty(unlabelled);
        await LiveApp.Shot(page, "20-phone" + path.Replace('/', '-'));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Keyboard_ReachesTheSignUpForm_AndSubmitsIt()
    {
        var (context, page, _) = await live.NewPage();
        await using var __ = context;
        await page.GotoAsync("/signup");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Locator("#email").FocusAsync();
        await page.Keyboard.TypeAsync("keys@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("only the keyboard");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello keys");
    }

    /// <summary>True when the canvas has a size and some non-transparent pixels (Chart.js drew on it).</summary>
    private static Task<bool> Drawn(IPage page, string canvasId) => page.EvaluateAsync<bool>(
        """
        id => {
          const c = document.getElementById(id);
          if (!c || c.width === 0 || c.height === 0) return false;
          const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
          return false;
        }
        """, canvasId);
}
