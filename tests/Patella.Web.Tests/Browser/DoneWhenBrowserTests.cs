using Microsoft.Playwright;

namespace Patella.Web.Tests.Browser;

/// <summary>
/// Issue #5's "Done when", as one story in a real browser: a new user signs up, drops in a Strava export, takes the
/// assessment, gets today's decision, and a clinician they invite sees them in the clinic list.
/// </summary>
public class DoneWhenBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task NewRunner_StravaExport_Assessment_Decision_ThenAnInvitedClinicianSeesThem()
    {
        var (runnerContext, runner, runnerErrors) = await live.NewPage();
        await using var _ = runnerContext;

        // A new user opens the home page and creates an account.
        await runner.GotoAsync("/");
        await Assertions.Expect(runner.GetByRole(AriaRole.Button, new() { Name = "Open the demo runner" })).ToBeVisibleAsync();
        await LiveApp.Shot(runner, "50-done-first-visit");
        await runner.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await runner.GetByLabel("Email").FillAsync("newrunner@example.org");
        await runner.GetByLabel("Password").FillAsync("correct horse battery");
        await runner.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(runner.Locator("h1")).ToHaveTextAsync("Hello newrunner");
        await LiveApp.Shot(runner, "51-done-signed-up");

        // The Strava export goes in through the real file input, as the file chooser hands it over.
        await runner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Runs", Exact = true }).ClickAsync();
        var chooser = await runner.RunAndWaitForFileChooserAsync(() => runner.GetByLabel("FIT, GPX or TCX files").ClickAsync());
        Assert.True(chooser.IsMultiple);
        await chooser.SetFilesAsync(new FilePayload { Name = "export_12345.zip", MimeType = "application/zip", Buffer = StravaExport.Zip() });
        await runner.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        // The live result line, then each file's own result (kept with the upload, so a reload shows it too).
        // One live line per file of the zip.
        await Assertions.Expect(runner.Locator("[data-results] li.imported")).ToHaveCountAsync(StravaExport.Runs.Count);
        foreach (var (_, _, entry) in StravaExport.Runs)
        {
            await Assertions.Expect(runner.Locator("[data-results] li.imported", new() { HasText = $"export_12345.zip!{entry}: imported" })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(runner.Locator("#list-heading")).ToHaveTextAsync($"{StravaExport.Runs.Count} activities");
        await runner.ReloadAsync();
        var files = runner.Locator("[data-batches] > li").First.Locator("[data-batch-files]");
        await files.Locator("summary").ClickAsync();
        await Assertions.Expect(files.Locator("li.imported")).ToHaveTextAsync([.. StravaExport.Runs.Select(r => $"export_12345.zip!{r.Entry}: stored")]);
        foreach (var (_, name, _) in StravaExport.Runs)
        {
            await Assertions.Expect(runner.Locator("table.runs").GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        }

        await LiveApp.Shot(runner, "52-done-strava-export");

        // The assessment wizard, three steps: a gradual ache around the kneecap, worse downstairs and downhill.
        await runner.GotoAsync("/knee");
        await runner.GetByRole(AriaRole.Link, new() { Name = "Take the knee assessment" }).ClickAsync();
        await runner.Locator("input[name=swelling][value=none]").CheckAsync();
        await runner.Locator("input[name=givingWay][value=no]").CheckAsync();
        await runner.Locator("input[name=canBearWeight][value=yes]").CheckAsync();
        await runner.Locator("input[name=onset][value=gradual]").CheckAsync();
        await runner.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await runner.Locator("input[name=painLocation][value=aroundKneecap]").CheckAsync();
        await runner.Locator("input[name=painTriggers][value=stairsDown]").CheckAsync();
        await runner.Locator("input[name=painTriggers][value=downhill]").CheckAsync();
        await runner.Locator("#q-weeksSinceOnset").FillAsync("4");
        await runner.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await runner.Locator("#q-ageYears").FillAsync("35");
        await LiveApp.Shot(runner, "53-done-assessment-last-step");
        await runner.GetByRole(AriaRole.Button, new() { Name = "See the result" }).ClickAsync();
        await Assertions.Expect(runner.Locator(".saved")).ToContainTextAsync("Your answers are stored");
        await Assertions.Expect(runner.Locator("#conditions-heading + ol code.rule").First).ToBeVisibleAsync();
        await LiveApp.Shot(runner, "54-done-assessment-result");

        // Today's decision on the home page, with its reasons and their rules; the knee tile shows the assessment.
        await runner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
        await Assertions.Expect(runner.Locator("#decision")).ToHaveAttributeAsync("data-decision", new System.Text.RegularExpressions.Regex("^(run|run-reduced|cross-train|rest|refer)$"));
        await Assertions.Expect(runner.Locator("#decision-heading")).Not.ToBeEmptyAsync();
        await Assertions.Expect(runner.Locator("#decision .reasons code.rule").First).ToBeVisibleAsync();
        await Assertions.Expect(runner.Locator("#knee-tile + p")).Not.ToBeEmptyAsync();
        await LiveApp.Shot(runner, "55-done-today");

        // An invite code from Settings.
        await runner.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await runner.GetByRole(AriaRole.Button, new() { Name = "Create an invite code" }).ClickAsync();
        var code = (await runner.Locator("[data-invite-code]").TextContentAsync())!.Trim();
        Assert.NotEmpty(code);
        await LiveApp.Shot(runner, "56-done-invite-code");

        // A clinician, in a browser of their own, signs up, redeems it, and finds the runner in the list.
        var (clinicContext, clinic, clinicErrors) = await live.NewPage();
        await using var __ = clinicContext;
        await clinic.GotoAsync("/signup");
        await clinic.GetByLabel("Email").FillAsync("physio@example.org");
        await clinic.GetByLabel("Password").FillAsync("correct horse battery");
        await clinic.GetByLabel("I am also a clinician (physio, coach)").CheckAsync();
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await clinic.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Clinic" }).ClickAsync();
        await clinic.GetByLabel("The runner's invite code").FillAsync(code);
        await clinic.GetByRole(AriaRole.Button, new() { Name = "Add the runner" }).ClickAsync();
        await Assertions.Expect(clinic.Locator("h1")).ToHaveTextAsync("newrunner");

        await clinic.GotoAsync("/clinic");
        var row = clinic.Locator("table.clinic tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("newrunner");
        await Assertions.Expect(row.Locator(".decision")).ToBeVisibleAsync();
        await LiveApp.Shot(clinic, "57-done-clinic-list");

        Assert.Empty(runnerErrors);
        Assert.Empty(clinicErrors);
    }
}
