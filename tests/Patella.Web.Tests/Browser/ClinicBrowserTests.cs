using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Patella.Web.Tests.Browser;

/// <summary>Issue #5's clinician flow in a real browser: consent by invite code, the clinic list, notes, an adjustment the runner sees, revoke.</summary>
public partial class ClinicBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Runner_InvitesAClinician_WhoNotesAndAdjusts_ThenTheRunnerRevokes()
    {
        var (runnerContext, runner, runnerErrors) = await live.NewPage();
        await using var _ = runnerContext;
        var (clinicContext, clinic, clinicErrors) = await live.NewPage();
        await using var __ = clinicContext;

        // The runner (the demo runner, for a full record) makes an invite code.
        await runner.GotoAsync("/");
        await runner.GetByRole(AriaRole.Button, new() { Name = "Open the demo runner" }).ClickAsync();
        await Assertions.Expect(runner.Locator("h1")).ToHaveTextAsync("Hello Demo runner");
        await runner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await LiveApp.Shot(runner, "30-settings");
        await runner.GetByRole(AriaRole.Button, new() { Name = "Create an invite code" }).ClickAsync();
        var code = (await runner.Locator("[data-invite-code]").TextContentAsync())!.Trim();
        Assert.Matches(CodePattern(), code);

        // A clinician signs up and enters it.
        await clinic.GotoAsync("/signup");
        await clinic.GetByLabel("Email").FillAsync("clinic@example.org");
        await clinic.GetByLabel("Password").FillAsync("correct horse battery");
        await clinic.GetByLabel("I am also a clinician (physio, coach)").CheckAsync();
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await clinic.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Clinic" }).ClickAsync();
        await clinic.GetByLabel("The runner's invite code").FillAsync(code.ToLowerInvariant());
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Add the runner" }).ClickAsync();
        await Assertions.Expect(clinic.Locator("h1")).ToHaveTextAsync("Demo runner");
        var runnerPage = clinic.Url;

        // The runner is in the list, with a decision and reasons that name their rules.
        await clinic.GotoAsync("/clinic");
        await Assertions.Expect(clinic.Locator("table.clinic tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(clinic.Locator("table.clinic tbody tr td").First).ToHaveTextAsync("Demo runner");
        await Assertions.Expect(clinic.Locator("table.clinic .decision")).ToBeVisibleAsync();
        await LiveApp.Shot(clinic, "31-clinic");

        // A note and a dose adjustment.
        await clinic.GotoAsync(runnerPage);
        await clinic.Locator("#note-text").FillAsync("Good work. Keep the step-downs shallow this week.");
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Save the note" }).ClickAsync();
        await Assertions.Expect(clinic.Locator("#notes blockquote").First).ToHaveTextAsync("Good work. Keep the step-downs shallow this week.");
        await clinic.Locator("#kind").SelectOptionAsync("Dose");
        await clinic.Locator("#exerciseId").SelectOptionAsync("clamshell");
        await clinic.Locator("input[name=sets]").FillAsync("2");
        await clinic.Locator("input[name=reps]").FillAsync("12");
        await clinic.Locator("#reason").FillAsync("fewer reps while the knee settles");
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Adjust the plan" }).ClickAsync();
        await Assertions.Expect(clinic.Locator("[data-adjustments]")).ToContainTextAsync("adjusted by clinic@example.org");
        await Assertions.Expect(clinic.Locator("[data-adjustments]")).ToContainTextAsync("Clamshell with band: 2 sets × 12");
        await LiveApp.Shot(clinic, "32-clinic-runner");

        // The runner's own Knee page, read-only, from the runner page.
        await clinic.Locator("#main").GetByRole(AriaRole.Link, new() { Name = "Knee", Exact = true }).ClickAsync();
        await Assertions.Expect(clinic.Locator("nav.viewing")).ToContainTextAsync("Demo runner's knee as they see it (read-only)");
        await Assertions.Expect(clinic.Locator("#kujala-heading")).ToBeVisibleAsync();
        Assert.Equal(0, await clinic.Locator("form[action='/knee/clearance']").CountAsync());
        await LiveApp.Shot(clinic, "32b-clinic-runner-knee");
        await clinic.GotoAsync(runnerPage);

        await clinic.GetByRole(AriaRole.Link, new() { Name = "Printable report" }).ClickAsync();
        await Assertions.Expect(clinic.Locator("h1")).ToHaveTextAsync("Demo runner: course of rehab");
        Assert.Equal(0, await clinic.Locator("header.top").CountAsync());
        await LiveApp.Shot(clinic, "33-report");
        await clinic.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await clinic.Locator("p.no-print").First.IsVisibleAsync(), "the print stylesheet hides the screen-only lines");
        await LiveApp.Shot(clinic, "34-report-print");
        await clinic.EmulateMediaAsync(new() { Media = Media.Screen });

        // The runner sees both, then revokes.
        await runner.GotoAsync("/settings");
        var block = runner.Locator("[data-from-clinician]");
        await Assertions.Expect(block).ToContainTextAsync("Keep the step-downs shallow this week.");
        await Assertions.Expect(block).ToContainTextAsync("adjusted by clinic@example.org");
        await Assertions.Expect(block).ToContainTextAsync("fewer reps while the knee settles");
        await LiveApp.Shot(runner, "35-runner-sees-clinician");
        await runner.GetByRole(AriaRole.Button, new() { Name = "Revoke access of clinic@example.org" }).ClickAsync();
        await Assertions.Expect(runner.Locator("#clinicians")).ToContainTextAsync("revoked");

        Assert.Empty(runnerErrors);
        Assert.Empty(clinicErrors);

        // The browser logs the 404 it is about to get: that is the point, not an error of the page.
        var after = await clinic.GotoAsync(runnerPage);
        Assert.Equal(404, after!.Status);
        await clinic.GotoAsync("/clinic");
        await Assertions.Expect(clinic.Locator("table.clinic")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")]
    private static partial Regex CodePattern();
}
