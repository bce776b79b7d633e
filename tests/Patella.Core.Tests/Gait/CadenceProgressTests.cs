using Patella.Core.Activities;
using Patella.Core.Gait;

namespace Patella.Core.Tests.Gait;

public sealed class CadenceProgressTests
{
    private static readonly DateOnly Start = GaitTestData.Date("2025-06-02");
    private static readonly DateOnly Today = GaitTestData.Date("2025-06-22");

    // Before: easy runs at 6:10/km every 4 days from 21 April (the six weeks before 2 June hold ten of them).
    private static IEnumerable<Activity> Before(params double[] spm) => GaitTestData.Series("2025-04-21", 4, 370, spm);

    // Since 2 June: every 3 days at the same pace.
    private static IEnumerable<Activity> After(params double[] spm) => GaitTestData.Series("2025-06-02", 3, 370, spm);

    [Theory]
    [InlineData(new double[] { 163, 164, 165, 164, 163, 165 }, new double[] { 171, 172, 173, 172 }, CadenceChange.Up, 8.0)]
    [InlineData(new double[] { 170, 171, 169, 170 }, new double[] { 163, 162, 164 }, CadenceChange.Down, -7.0)]
    [InlineData(new double[] { 163, 164, 165, 164 }, new double[] { 165, 164, 166 }, CadenceChange.NoClearChange, 1.0)]        // +0.6%: noise
    [InlineData(new double[] { 160, 170, 150, 165 }, new double[] { 175, 155, 170 }, CadenceChange.NoClearChange, 5.4166667)] // +3.4%, but within 2 SE
    public void Since_JudgesTheChangeAtTheSamePace(double[] before, double[] after, CadenceChange expected, double change)
    {
        var progress = CadenceProgress.Since(Start, Before(before).Concat(After(after)), Today, TimeZoneInfo.Utc);

        Assert.Equal(expected, progress.Overall);
        Assert.Equal(change, progress.ChangeStepsPerMinute!.Value, 4);
        Assert.Equal(GaitTestData.Date("2025-04-21"), progress.BeforeFrom);
        var band = Assert.Single(progress.Bands);
        Assert.Equal(360, band.Band.FromSeconds);
        Assert.Equal(expected, band.Change);
        Assert.StartsWith("Since 2025-06-02 your cadence at the same pace", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_FasterRunsWithMoreStepsAreNotProgress()
    {
        // Cadence rises with speed: the same runner at 5:20/km steps faster without any retraining.
        var activities = Before(164, 164, 165, 163).Concat(GaitTestData.Series("2025-06-02", 3, 320, 174, 175, 174, 176));

        var progress = CadenceProgress.Since(Start, activities, Today, TimeZoneInfo.Utc);

        Assert.Equal(CadenceChange.NotEnoughRuns, progress.Overall);
        Assert.Null(progress.ChangeStepsPerMinute);
        Assert.Equal([300, 360], progress.Bands.Select(b => b.Band.FromSeconds));
    }

    [Theory]
    [InlineData(4, 2, "at 6:00-6:30 /km you have 4 before and 2 since")]
    [InlineData(2, 5, "at 6:00-6:30 /km you have 2 before and 5 since")]
    [InlineData(0, 0, "there are no easy runs with a step rate in either window")]
    public void Since_TooFewRuns_SaysNotEnoughRunsYet(int before, int after, string have)
    {
        var activities = Before([.. Enumerable.Repeat(164.0, before)]).Concat(After([.. Enumerable.Repeat(172.0, after)]));

        var progress = CadenceProgress.Since(Start, activities, Today, TimeZoneInfo.Utc);

        Assert.Equal(CadenceChange.NotEnoughRuns, progress.Overall);
        Assert.StartsWith("Not enough runs yet to tell whether your cadence moved since 2025-06-02: it takes 3 easy runs before and 3 since at the same pace", progress.Explanation, StringComparison.Ordinal);
        Assert.EndsWith(have + ".", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Since_PoolsTheBandsThatHaveEnoughRuns()
    {
        // Two paces, both up by about 5%; the 5:40 band has 3 before and 3 since, the 6:10 band 4 and 4.
        var activities = Before(164, 164, 164, 164)
            .Concat(After(172, 172, 172, 172))
            .Concat(GaitTestData.Series("2025-04-22", 5, 340, 170, 170, 170))
            .Concat(GaitTestData.Series("2025-06-03", 5, 340, 178, 178, 178));

        var progress = CadenceProgress.Since(Start, activities, Today, TimeZoneInfo.Utc);

        Assert.Equal(CadenceChange.Up, progress.Overall);
        Assert.Equal(((3 * 8.0) + (4 * 8.0)) / 7, progress.ChangeStepsPerMinute!.Value, 6);
        Assert.Equal(((3 * (8.0 / 170)) + (4 * (8.0 / 164))) / 7, progress.ChangeFraction!.Value, 6);
        Assert.All(progress.Bands, b => Assert.Equal(CadenceChange.Up, b.Change));
    }

    [Fact]
    public void Since_RunsOlderThanSixWeeksBeforeTheStart_DoNotCount()
    {
        // 150 spm in the week before the six-week window, 172 spm inside it: a flat 172 before and after.
        var activities = GaitTestData.Series("2025-04-14", 1, 370, 150, 150, 150, 150, 150, 150)
            .Concat(Before(172, 172, 172)).Concat(After(172, 172, 172));

        var progress = CadenceProgress.Since(Start, activities, Today, TimeZoneInfo.Utc);

        Assert.Equal(CadenceChange.NoClearChange, progress.Overall);
        Assert.Equal(0, progress.ChangeStepsPerMinute!.Value, 6);
    }

    [Fact]
    public void Since_StartAfterToday_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CadenceProgress.Since(Today.AddDays(1), [], Today, TimeZoneInfo.Utc));
}
