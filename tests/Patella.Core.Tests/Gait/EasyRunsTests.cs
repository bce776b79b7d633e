using Patella.Core.Gait;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Gait;

public sealed class EasyRunsTests
{
    [Theory]
    [InlineData(new double[] { 2.5 }, 2.5, 1)]
    [InlineData(new double[] { 2.5, 3.5 }, 3.5, 2)]                                   // nearest rank: ceil(0.6 × 2) = 2nd
    [InlineData(new double[] { 2.5, 2.6, 2.7, 3.5, 4.0 }, 2.7, 3)]                  // three easy runs and two fast sessions
    [InlineData(new double[] { 4.0, 2.6, 2.7, 2.5 }, 2.7, 3)]                        // order does not matter
    [InlineData(new double[] { 2.5, 2.5, 2.5, 2.5, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0 }, 4.0, 10)]
    public void Select_KeepsTheSlowerSixtyPercent(double[] speeds, double limit, int kept)
    {
        var runs = speeds.Select((s, i) => new RunCadence(i, new DateOnly(2025, 5, 1).AddDays(i), Cadence.FromStepsPerMinute(165), Speed.FromMetresPerSecond(s), TimeSpan.FromMinutes(30), 1)).ToList();

        Assert.Equal(limit, EasyRuns.SpeedLimit(runs)!.Value.MetresPerSecond, 9);
        Assert.Equal(kept, EasyRuns.Select(runs).Count);
    }

    [Fact]
    public void Select_NoRuns_IsEmpty()
    {
        Assert.Null(EasyRuns.SpeedLimit([]));
        Assert.Empty(EasyRuns.Select([]));
    }

    [Fact]
    public void Between_TakesRunsOnTheDatesWithAStepRate_OldestFirst()
    {
        var activities = new[]
        {
            GaitTestData.Run("2025-05-10", 360, 166),
            GaitTestData.Run("2025-05-01", 360, 164),
            GaitTestData.Run("2025-04-30", 360, 160),
            GaitTestData.RunWithoutCadence("2025-05-05", 360),
            GaitTestData.Run("2025-05-11", 360, 170),
        };

        var runs = EasyRuns.Between(activities, GaitTestData.Date("2025-05-01"), GaitTestData.Date("2025-05-10"), TimeZoneInfo.Utc);

        Assert.Equal([164.0, 166.0], runs.Select(r => r.Cadence.StepsPerMinute));
    }
}
