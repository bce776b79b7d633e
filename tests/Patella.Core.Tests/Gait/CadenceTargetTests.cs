using Patella.Core.Gait;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Gait;

public sealed class CadenceTargetTests
{
    [Theory]
    [InlineData(160, 168, 176, 172, new double[] { 164, 168, 172 }, false)]
    [InlineData(170, 178.5, 187, 183, new double[] { 174, 179, 183 }, false)]   // 170 × 1.05 = 178.5: halves round up
    [InlineData(164.4, 172.62, 180.84, 177, new double[] { 169, 173, 177 }, false)]
    [InlineData(180, 189, 190, 190, new double[] { 185, 189, 190 }, true)]       // the ceiling caps the last step
    [InlineData(186, 190, 190, 190, new double[] { 190 }, true)]             // 190.65 and up: one step, to the ceiling
    [InlineData(190, 190, 190, 190, new double[0], true)]                        // already at the ceiling: nothing to add
    [InlineData(195, 195, 195, 195, new double[0], true)]                        // above it: never asked to slow down
    public void For_SetsTheRangeTheGoalAndSmallSteps(double baseline, double low, double high, double goal, double[] steps, bool capped)
    {
        var target = CadenceTarget.For(Cadence.FromStepsPerMinute(baseline));

        Assert.Equal(low, target.RangeLow.StepsPerMinute, 2);
        Assert.Equal(high, target.RangeHigh.StepsPerMinute, 2);
        Assert.Equal(goal, target.Goal.StepsPerMinute, 6);
        Assert.Equal(steps, target.Steps.Select(s => s.Cadence.StepsPerMinute));
        Assert.Equal(Enumerable.Range(1, steps.Length), target.Steps.Select(s => s.Number));
        Assert.Equal(capped, target.CappedByCeiling);
    }

    [Fact]
    public void For_EveryStepIsAtMostThreePercentAboveTheLast()
    {
        for (var baseline = 140.0; baseline <= 200; baseline += 0.7)
        {
            var target = CadenceTarget.For(Cadence.FromStepsPerMinute(baseline));
            var previous = baseline;
            foreach (var step in target.Steps)
            {
                Assert.InRange(step.Cadence.StepsPerMinute / previous, 1.0, 1.03 + 0.5 / previous);
                Assert.True(step.Cadence <= GaitRules.CeilingCadence);
                previous = step.Cadence.StepsPerMinute;
            }

            Assert.InRange(target.Goal.StepsPerMinute, Math.Min(baseline, 190) - 0.5, Math.Max(baseline * 1.10, 190));
        }
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(158.0, 1)]
    [InlineData(162.9, 1)]
    [InlineData(163.0, 2)]    // within 1 spm of 164: step 1 reached
    [InlineData(168.5, 3)]
    [InlineData(171.0, null)] // within 1 spm of the goal, 172: all reached
    [InlineData(176.0, null)]
    public void CurrentStep_IsTheFirstStepNotYetReached(double? recent, int? expected)
    {
        var target = CadenceTarget.For(Cadence.FromStepsPerMinute(160));

        var step = target.CurrentStep(recent is { } r ? Cadence.FromStepsPerMinute(r) : null);

        Assert.Equal(expected, step?.Number);
    }

    [Fact]
    public void For_ZeroBaseline_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CadenceTarget.For(default));
}
