using Patella.Core.Activities;
using Patella.Core.Gait;
using Patella.Core.Load;

namespace Patella.Core.Tests.Gait;

public sealed class CadenceBaselineTests
{
    private static readonly DateOnly Today = GaitTestData.Date("2025-06-15");

    // Six weeks to 15 June: two easy runs a week at 6:10/km, one at 5:40/km, one tempo at 4:30/km.
    private static List<Activity> SixWeeksOfTraining()
    {
        var runs = new List<Activity>();
        runs.AddRange(GaitTestData.Series("2025-05-05", 7, 370, 162, 164, 163, 165, 164, 166));
        runs.AddRange(GaitTestData.Series("2025-05-07", 7, 370, 163, 165, 164, 162, 166, 164));
        runs.AddRange(GaitTestData.Series("2025-05-09", 7, 340, 168, 170, 169, 171, 170, 172));
        runs.AddRange(GaitTestData.Series("2025-05-11", 7, 270, 182, 184, 183, 185, 184, 186));
        return runs;
    }

    [Fact]
    public void From_EasyRuns_GivesTheBaselinePerPaceBandAndAtTheTypicalEasyPace()
    {
        var baseline = CadenceBaseline.From(SixWeeksOfTraining(), Today, TimeZoneInfo.Utc);

        Assert.Null(baseline.NotEnough);
        Assert.Equal(GaitTestData.Date("2025-05-05"), baseline.FirstDay);
        Assert.Equal(24, baseline.RunsWithCadence);

        // The slower 60% (runs at 6:10 and 5:40) are easy; the 4:30 tempo runs are not.
        Assert.Equal(18, baseline.EasyRunCount);
        Assert.Equal([330, 360], baseline.Bands.Select(b => b.Band.FromSeconds));
        Assert.Equal(170, baseline.Bands[0].Mean.StepsPerMinute, 6);
        Assert.Equal(6, baseline.Bands[0].Runs.Count);
        Assert.Equal(12, baseline.Bands[1].Runs.Count);
        Assert.Equal(164, baseline.Bands[1].Mean.StepsPerMinute, 6);
        Assert.Equal(360, baseline.Typical!.Band.FromSeconds);
        Assert.Equal(164, baseline.Cadence!.Value.StepsPerMinute, 6);
    }

    [Fact]
    public void From_RunWalkSessions_TakeTheRunningBandsNotTheMixedAverage()
    {
        // Return to run: 1 min run : 1 min walk, 15 repeats, three times a week for two weeks.
        var sessions = new[] { "2025-06-02", "2025-06-04", "2025-06-06", "2025-06-09", "2025-06-11", "2025-06-13" }
            .Select(d => GaitTestData.RunWalk(d, 375, 160, 15, 15));

        var baseline = CadenceBaseline.From(sessions, Today, TimeZoneInfo.Utc);

        Assert.Equal(162.5, baseline.Cadence!.Value.StepsPerMinute, 6);
        Assert.Equal(360, baseline.Typical!.Band.FromSeconds);
        Assert.All(baseline.Typical.Runs, r => Assert.True(r.IsRunWalk));
    }

    [Theory]
    [InlineData(0, "No runs with a step rate between 2025-05-05 and 2025-06-15")]
    [InlineData(1, "Only 1 easy run with a step rate")]
    [InlineData(2, "Only 2 easy runs with a step rate")]
    public void From_TooFewRuns_SaysWhy(int runs, string expected)
    {
        var activities = GaitTestData.Series("2025-06-01", 2, 360, [.. Enumerable.Range(0, runs).Select(i => 160.0 + i)])
            .Append(GaitTestData.RunWithoutCadence("2025-06-10", 360));

        var baseline = CadenceBaseline.From(activities, Today, TimeZoneInfo.Utc);

        Assert.Null(baseline.Cadence);
        Assert.Null(baseline.Typical);
        Assert.StartsWith(expected, baseline.NotEnough, StringComparison.Ordinal);
    }

    [Fact]
    public void From_EasyRunsSpreadOverPaces_SaysNoBandHoldsEnough()
    {
        // Five runs, one per band: the slowest three are easy, each alone in its band.
        var activities = new[] { 300.0, 330, 360, 390, 420 }.Select((pace, i) => GaitTestData.Run($"2025-06-0{i + 1}", pace + 5, 165));

        var baseline = CadenceBaseline.From(activities, Today, TimeZoneInfo.Utc);

        Assert.Null(baseline.Cadence);
        Assert.Equal(3, baseline.EasyRunCount);
        Assert.Contains("spread over paces", baseline.NotEnough, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-04", false)]
    [InlineData("2025-05-05", true)]
    [InlineData("2025-06-15", true)]
    [InlineData("2025-06-16", false)]
    public void From_CountsTheSixWeeksEndingToday(string date, bool counted)
    {
        var activities = GaitTestData.Series("2025-06-01", 2, 360, 164, 164, 164).Append(GaitTestData.Run(date, 360, 170));

        var baseline = CadenceBaseline.From(activities, Today, TimeZoneInfo.Utc);

        Assert.Equal(counted ? 4 : 3, baseline.RunsWithCadence);
    }

    [Fact]
    public void From_Miles_CountsPaceBandsPerMile()
    {
        // 6:10/km is 9:55.5/mi: the 9:30-10:00 band.
        var baseline = CadenceBaseline.From(SixWeeksOfTraining(), Today, TimeZoneInfo.Utc, DistanceUnit.Miles);

        Assert.Equal(570, baseline.Typical!.Band.FromSeconds);
        Assert.Equal("9:30-10:00 /mi", baseline.Typical.Band.ToString());
    }
}
