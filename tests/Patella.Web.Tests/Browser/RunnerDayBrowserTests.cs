using Microsoft.Playwright;

namespace Patella.Web.Tests.Browser;

/// <summary>Issue #5's runner pages in a real browser: check in, the assessment wizard, the plan and clearance, the metronome, the demo.</summary>
public class RunnerDayBrowserTests(LiveApp live) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task SignUp_CheckInWithSwelling_TodaysDecisionTurnsToRefer()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await LiveApp.SignUp(page, "checkin@example.org");
        var before = await page.Locator("#decision").GetAttributeAsync("data-decision");
        await LiveApp.Shot(page, "30-today");

        await page.GetByLabel("Pain at rest and walking").FillAsync("3");
        await page.GetByLabel("The knee is visibly swollen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();

        await Assertions.Expect(page.Locator("#decision")).ToHaveAttributeAsync("data-decision", "refer");
        Assert.NotEqual("refer", before);
        await Assertions.Expect(page.Locator("#decision h2")).ToHaveTextAsync("No run: see a clinician");
        await Assertions.Expect(page.Locator("#decision .reasons code.rule").First).ToBeVisibleAsync();
        await LiveApp.Shot(page, "31-today-after-swelling");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AssessmentWizard_WarningSignsFirst_ThenTheResult()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await LiveApp.SignUp(page, "wizard@example.org");

        await page.GotoAsync("/knee");
        await page.GetByRole(AriaRole.Link, new() { Name = "Take the knee assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.sub").First).ToContainTextAsync("Step 1 of 3: Warning signs");
        await page.Locator("input[name=swelling][value=none]").CheckAsync();
        await page.Locator("input[name=givingWay][value=no]").CheckAsync();
        await page.Locator("input[name=canBearWeight][value=yes]").CheckAsync();
        await page.Locator("input[name=onset][value=gradual]").CheckAsync();
        await LiveApp.Shot(page, "32-wizard-step-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.sub").First).ToContainTextAsync("Step 2 of 3");
        await page.Locator("input[name=painLocation][value=aroundKneecap]").CheckAsync();
        await page.Locator("input[name=painTriggers][value=stairsDown]").CheckAsync();
        await page.Locator("input[name=painTriggers][value=downhill]").CheckAsync();
        await page.Locator("#q-weeksSinceOnset").FillAsync("4");
        await LiveApp.Shot(page, "33-wizard-step-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.sub").First).ToContainTextAsync("Step 3 of 3");
        await page.Locator("#q-ageYears").FillAsync("35");
        await page.Locator("input[name=kneeDropsInward][value=yes]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See the result" }).ClickAsync();

        await Assertions.Expect(page.Locator(".saved")).ToContainTextAsync("Your answers are stored");
        await Assertions.Expect(page.Locator("#summary-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#conditions-heading + ol code.rule").First).ToBeVisibleAsync();
        await LiveApp.Shot(page, "34-wizard-result");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Plan_RecordAClearanceTest_AndTheMetronomePlays()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await OpenDemo(page);

        await page.GotoAsync("/knee");
        await Assertions.Expect(page.Locator("#plan-heading")).ToContainTextAsync("Phase 2 of 4");
        await page.GetByLabel("Test", new() { Exact = true }).SelectOptionAsync("single-leg-squat");
        await page.GetByLabel("Pass").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the test" }).ClickAsync();
        await Assertions.Expect(page.Locator("#clearance .saved")).ToHaveTextAsync("Recorded: single-leg-squat.");
        await Assertions.Expect(page.Locator("table.clearance tbody tr").First.Locator("td").Nth(1)).ToHaveTextAsync("pass");

        var metronome = page.GetByRole(AriaRole.Button, new() { Name = "Play the metronome" });
        await Assertions.Expect(metronome).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-kujala]")).ToHaveAttributeAsync("data-drawn", "true");
        await metronome.ClickAsync();
        await Assertions.Expect(page.Locator("[data-metronome]")).ToHaveAttributeAsync("data-playing", "true");
        await LiveApp.Shot(page, "35-knee-plan-clearance-cadence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop the metronome" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-metronome]")).ToHaveAttributeAsync("data-playing", "false");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Demo_TodayPage_ShowsPhase2_AndTickingAnExerciseSticks()
    {
        var (context, page, errors) = await live.NewPage();
        await using var _ = context;
        await OpenDemo(page);

        await Assertions.Expect(page.Locator("#decision .sub")).ToContainTextAsync("Phase 2 of 4: pain-free exercise");
        await Assertions.Expect(page.Locator("#decision .reasons li").First).ToBeVisibleAsync();
        var first = page.Locator("ol.exercises > li").First;
        await first.Locator("button.tick-button").ClickAsync();
        await Assertions.Expect(page.Locator("ol.exercises > li").First.Locator("button.tick-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await LiveApp.Shot(page, "36-demo-today");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/knee")]
    [InlineData("/knee/assess")]
    [InlineData("/knee/kujala")]
    public async Task RunnerPages_FitAPhoneWidth_AndLabelEveryInput(string path)
    {
        var (context, page, errors) = await live.NewPage(width: 375, height: 740);
        await using var _ = context;
        await OpenDemo(page);

        await page.GotoAsync(path);

        var tooWide = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll')).slice(-5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{path} scrolls sideways on a phone: {string.Join(" | ", tooWide)}");
        var unlabelled = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.name || e.id)");
        Assert.Empty(unlabelled);
        await LiveApp.Shot(page, "40-phone" + path.Replace('/', '-'));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Keyboard_AloneFillsAndSendsTheCheckIn()
    {
        var (context, page, _) = await live.NewPage();
        await using var __ = context;
        await LiveApp.SignUp(page, "keyboard-checkin@example.org");

        await page.Locator("#painAtRest").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Locator("#note").FocusAsync();
        await page.Keyboard.TypeAsync("typed only");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".saved").First).ToContainTextAsync("stored");
        await Assertions.Expect(page.Locator("#painAtRest")).ToHaveValueAsync("2");
    }

    private static async Task OpenDemo(IPage page)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the demo runner" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hello Demo runner");
    }
}
