using Patella.Core.Activities;
using Patella.Core.Gait;

namespace Patella.Core.Tests.Gait;

public sealed class CadencePlanTests
{
    private static readonly DateOnly Start = GaitTestData.Date("2025-06-02");
    private static readonly DateOnly Today = GaitTestData.Date("2025-06-22");

    private static CadencePlan Plan(IEnumerable<Activity> activities)
    {
        var list = activities.ToList();
        return CadencePlan.Of(
            CadenceBaseline.From(list, Start.AddDays(-1), TimeZoneInfo.Utc),
            CadenceProgress.Since(Start, list, Today, TimeZoneInfo.Utc),
            startGiven: true);
    }

    // Baseline 160 spm at 6:10/km: steps 164, 168, 172.
    private static IEnumerable<Activity> Before() => GaitTestData.Series("2025-04-21", 4, 370, 160, 160, 160, 160);

    [Theory]
    [InlineData(new double[0], 1, 164, false)]                    // nothing since the start: begin with step 1
    [InlineData(new double[] { 161, 162, 161 }, 1, 164, false)]
    [InlineData(new double[] { 165, 164, 166 }, 2, 168, false)]
    [InlineData(new double[] { 171, 172, 172 }, null, 172, true)]  // every step reached: the metronome holds the goal
    public void Of_PicksTheFirstStepNotReachedAndItsMetronome(double[] since, int? step, int bpm, bool goalReached)
    {
        var plan = Plan(Before().Concat(GaitTestData.Series("2025-06-03", 3, 370, since)));

        Assert.Equal(160, plan.Target!.Baseline.StepsPerMinute, 6);
        Assert.Equal(step, plan.CurrentStep?.Number);
        Assert.Equal(bpm, plan.Metronome!.Value.BeatsPerMinute);
        Assert.Equal(goalReached, plan.GoalReached);
    }

    [Fact]
    public void Of_RecentRunsAtAnotherPace_DoNotMoveTheStep()
    {
        var plan = Plan(Before().Concat(GaitTestData.Series("2025-06-03", 3, 300, 175, 175, 175)));

        Assert.Null(plan.Recent);
        Assert.Equal(1, plan.CurrentStep!.Number);
    }

    [Fact]
    public void Of_NoBaseline_HasNoTargetStepOrMetronome()
    {
        var plan = Plan(GaitTestData.Series("2025-06-03", 3, 370, 170, 170, 170));

        Assert.Null(plan.Target);
        Assert.Null(plan.CurrentStep);
        Assert.Null(plan.Metronome);
        Assert.False(plan.GoalReached);
        Assert.NotNull(plan.Baseline.NotEnough);
    }
}
