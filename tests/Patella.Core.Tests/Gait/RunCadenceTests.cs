using Patella.Core.Activities;
using Patella.Core.Gait;

namespace Patella.Core.Tests.Gait;

public sealed class RunCadenceTests
{
    [Fact]
    public void Of_ContinuousRun_UsesItsAverageCadenceAndSpeed()
    {
        var run = RunCadence.Of(GaitTestData.Run("2025-05-06", 360, 163.4), TimeZoneInfo.Utc)!;

        Assert.Equal(163.4, run.Cadence.StepsPerMinute, 6);
        Assert.Equal(1000.0 / 360, run.RunningSpeed.MetresPerSecond, 6);
        Assert.Equal(1, run.RunningShare, 6);
        Assert.False(run.IsRunWalk);
        Assert.Equal(GaitTestData.Date("2025-05-06"), run.Date);
    }

    [Theory]
    [InlineData(1, 1, 165, 167.5)]   // seed C's 1:1 start: half the time walking at 120 spm
    [InlineData(3, 2, 170, 172.5)]   // Crowell 2023's run 3 : walk 2
    [InlineData(4, 1, 155, 157.5)]
    public void Of_RunWalkSession_TakesTheRunningBandsAndEstimatesRunningSpeed(double run, double walk, int runSpm, double expectedSpm)
    {
        // 10 repeats make every session long enough to count.
        var session = GaitTestData.RunWalk("2025-05-06", 390, runSpm, run * 10, walk * 10);

        var cadence = RunCadence.Of(session, TimeZoneInfo.Utc)!;

        Assert.True(session.Metrics.AverageCadence!.Value.StepsPerMinute < expectedSpm - 5);
        Assert.Equal(expectedSpm, cadence.Cadence.StepsPerMinute, 6);
        Assert.Equal(1000.0 / 390, cadence.RunningSpeed.MetresPerSecond, 6);
        Assert.Equal(run / (run + walk), cadence.RunningShare, 6);
        Assert.True(cadence.IsRunWalk);
        Assert.True(session.Metrics.AverageSpeed < cadence.RunningSpeed);
    }

    [Theory]
    [InlineData(Sport.Walking)]
    [InlineData(Sport.Hiking)]
    [InlineData(Sport.Cycling)]
    public void Of_NotARun_IsNull(Sport sport) =>
        Assert.Null(RunCadence.Of(GaitTestData.Run("2025-05-06", 360, 165, sport: sport), TimeZoneInfo.Utc));

    [Theory]
    [InlineData(Sport.TrailRunning)]
    [InlineData(Sport.TreadmillRunning)]
    public void Of_EveryKindOfRun_Counts(Sport sport) =>
        Assert.NotNull(RunCadence.Of(GaitTestData.Run("2025-05-06", 360, 165, sport: sport), TimeZoneInfo.Utc));

    [Fact]
    public void Of_NoStepRate_IsNull() =>
        Assert.Null(RunCadence.Of(GaitTestData.RunWithoutCadence("2025-05-06", 360), TimeZoneInfo.Utc));

    [Theory]
    [InlineData(4.9, false)]
    [InlineData(5.0, true)]
    public void Of_TooLittleRunning_IsNull(double minutes, bool counts) =>
        Assert.Equal(counts, RunCadence.Of(GaitTestData.Run("2025-05-06", 360, 165, minutes), TimeZoneInfo.Utc) is not null);

    [Fact]
    public void Of_WalkingOnly_IsNull() =>
        Assert.Null(RunCadence.Of(GaitTestData.Run("2025-05-06", 600, 125), TimeZoneInfo.Utc));

    [Fact]
    public void Of_AverageWithoutBands_CountsAsContinuous()
    {
        var activity = GaitTestData.Run("2025-05-06", 360, 166);
        activity = activity with { Metrics = activity.Metrics with { CadenceDistribution = [] } };

        Assert.Equal(166, RunCadence.Of(activity, TimeZoneInfo.Utc)!.Cadence.StepsPerMinute, 6);
    }

    [Fact]
    public void Of_Date_IsTheLocalDateInTheRunnersZone()
    {
        var activity = GaitTestData.Run("2025-05-06", 360, 166) with { StartUtc = new DateTime(2025, 5, 6, 22, 30, 0, DateTimeKind.Utc) };
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        Assert.Equal(GaitTestData.Date("2025-05-07"), RunCadence.Of(activity, tokyo)!.Date);
    }
}
