using Patella.App.Tests.Load;

namespace Patella.App.Tests.Cli;

public sealed class DemoCommandTests
{
    private static CliRun Cli() => new() { Clock = FixedClock.At("2026-03-10T12:00:00Z") };

    [Fact]
    public void Demo_ThenDemoOption_ShowsTheDemoRunnersDataNotRunnerOnes()
    {
        using var cli = Cli();
        var (code, output, error) = cli.Run("demo");
        Assert.True(code == 0, error);
        Assert.Contains("patella --demo today", output, StringComparison.Ordinal);

        var demo = cli.RunJson("--demo", "activities").Json.GetProperty("activities").GetArrayLength();
        var own = cli.RunJson("activities").Json.GetProperty("activities").GetArrayLength();
        var plan = cli.RunJson("--demo", "plan").Json;

        Assert.True(demo > 0);
        Assert.Equal(0, own);
        Assert.Equal("painFreeExercise", plan.GetProperty("phase").GetString());
        Assert.Equal("Europe/Oslo", cli.RunJson("--demo", "settings").Json.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void DemoOption_WithoutTheDemoRunner_IsBadInputSayingHowToAddIt()
    {
        using var cli = Cli();
        var (code, output, error) = cli.Run("--demo", "today");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("patella: --demo: this data has no demo runner yet; add it with: patella demo", error.Trim());
    }
}
