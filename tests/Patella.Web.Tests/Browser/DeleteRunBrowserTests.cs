using Microsoft.Playwright;
using Patella.Tests;

namespace Patella.Web.Tests.Browser;

/// <summary>"Delete this run" in a real browser: the box must be ticked, then the runs page says what went.</summary>
public class DeleteRunBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task DeleteThisRun_NeedsTheBoxTicked_ThenTheRunsPageSaysWhatWent()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await LiveApp.SignUp(page, "deleter@example.org");
        await page.GotoAsync("/runs");
        await page.GetByLabel("FIT, GPX or TCX files").SetInputFilesAsync(SharedTestData.File("fit", "sloatsburg.fit"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.Locator("#list-heading")).ToHaveTextAsync("1 activities");
        await page.Locator("table.runs a").First.ClickAsync();

        // Unticked, the browser's own check holds the form back: still on the run.
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete this run" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/runs/\\d+$"));

        await page.GetByLabel("Yes, delete it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete this run" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("and its file sloatsburg.fit");
        await Assertions.Expect(page.Locator("#list-heading")).ToHaveTextAsync("0 activities");
        Assert.Empty(errors);
    }
}
