using Patella.Core.Rehab;
using Patella.Core.Today;

namespace Patella.Core.Tests.Rehab;

public class RuleCatalogueTests
{
    [Fact]
    public void Rules_HaveUniqueIdsWithTheirCapabilityPrefix_AndASource()
    {
        var all = RehabRules.All.Concat(TodayRules.All).Concat(RaceRules.All).DistinctBy(r => r).ToList();

        Assert.Equal(all.Count, all.Select(r => r.Id).Distinct().Count());
        Assert.All(all, r => Assert.Matches("^R-(REHAB|RUN|RTR|CLEAR|MAINT|RACE)-[A-Z0-9-]+$", r.Id));
        Assert.All(all, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.All(all, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
    }

    [Fact]
    public void Thresholds_AreTheSourcesNumbers()
    {
        Assert.Equal(2, RehabRules.PfpMaxPainDuringRun);
        Assert.Equal(60, RehabRules.PfpSettleMinutes);
        Assert.Equal(2, RehabRules.PassesPerStep);
        Assert.Equal((20, 20, 30), (RehabRules.ClearanceSquats, RehabRules.ClearanceRunMinMinutes, RehabRules.ClearanceRunMaxMinutes));
        Assert.Equal((85.0, 90.0), (RehabRules.LsiPassPercent, RehabRules.LsiStrictPercent));
        Assert.Equal(2, RehabRules.MaintenanceSessionsPerWeek);
        Assert.Equal(0.10, RehabRules.WeeklyGrowth);
    }

    [Fact]
    public void Ladder_StartsAtSeedCsOneToOne_AndEndsAt30MinutesContinuous()
    {
        var steps = RunWalkLadder.Steps;

        Assert.Equal((1, 1), (steps[0].RunMinutes, steps[0].WalkMinutes));
        Assert.Equal("30 min continuous", RunWalkLadder.Last.Text);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.Number));
        Assert.All(steps.Zip(steps.Skip(1)), p => Assert.True(p.Second.RunMinutes > p.First.RunMinutes, "each step runs longer intervals"));
        Assert.All(steps, s => Assert.InRange(s.DurationMinutes, 19, 30));
    }
}
