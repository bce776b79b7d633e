using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public class StepCadenceTests
{
    // 10 minutes at a steady speed with a steady raw cadence.
    [Theory]
    [InlineData(CadenceUnit.StridesPerMinute, Sport.Running, 85.0, 3.0, 170.0)]
    [InlineData(CadenceUnit.StridesPerMinute, Sport.Running, 85.5, 3.0, 171.0)]  // fractional cadence kept
    [InlineData(CadenceUnit.StepsPerMinute, Sport.Running, 170.0, 3.0, 170.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Running, 85.0, 3.0, 170.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Running, 170.0, 3.0, 170.0)]
    [InlineData(CadenceUnit.Unknown, Sport.TrailRunning, 78.0, 2.2, 156.0)]
    [InlineData(CadenceUnit.StepsPerMinute, Sport.Running, 85.0, 3.0, 170.0)]    // a running step rate of 85 is impossible
    [InlineData(CadenceUnit.StridesPerMinute, Sport.Running, 172.0, 3.0, 172.0)] // so is one of 344
    [InlineData(CadenceUnit.Unknown, Sport.Unknown, 85.0, 3.0, 170.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Unknown, 55.0, 1.3, 110.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Unknown, 110.0, 1.3, 110.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Walking, 55.0, 1.3, 110.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Hiking, 105.0, 1.1, 105.0)]
    [InlineData(CadenceUnit.StepsPerMinute, Sport.Walking, 110.0, 1.3, 110.0)]
    [InlineData(CadenceUnit.StridesPerMinute, Sport.Walking, 55.0, 1.3, 110.0)]
    public void Cadence_IsInStepsPerMinuteWhateverTheRecordedUnit(CadenceUnit unit, Sport sport, double raw, double speed, double expectedSpm)
    {
        var metrics = new SyntheticTrack { Cadence = raw }.Go(600, speed).Compute(sport, unit);

        Assert.NotNull(metrics.AverageCadence);
        Assert.Equal(expectedSpm, metrics.AverageCadence.Value.StepsPerMinute, 1e-9);
        Assert.False(string.IsNullOrWhiteSpace(metrics.CadenceUnitReason));
    }

    [Theory]
    [InlineData(CadenceUnit.RevolutionsPerMinute, Sport.Cycling, 85.0, 8.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Cycling, 85.0, 8.0)]
    [InlineData(CadenceUnit.RevolutionsPerMinute, Sport.Running, 85.0, 3.0)]
    [InlineData(CadenceUnit.Unknown, Sport.Unknown, 85.0, 8.0)]  // 8 m/s is a ride
    [InlineData(CadenceUnit.Unknown, Sport.Rowing, 28.0, 4.0)]
    public void Cadence_CyclingAndOtherSportsHaveNoStepRate(CadenceUnit unit, Sport sport, double raw, double speed)
    {
        var metrics = new SyntheticTrack { Cadence = raw }.Go(600, speed).Compute(sport, unit);

        Assert.Null(metrics.AverageCadence);
        Assert.Empty(metrics.CadenceDistribution);
        Assert.NotNull(metrics.CadenceUnitReason);
    }

    [Fact]
    public void Cadence_RunnerNeverSeesAStrideRateForUndeclaredUnits()
    {
        var metrics = new SyntheticTrack { Cadence = 85 }.Go(600, 3.0).Compute(Sport.Running, CadenceUnit.Unknown);

        Assert.Equal(170.0, metrics.AverageCadence!.Value.StepsPerMinute, 1e-9);
        Assert.Contains("doubled", metrics.CadenceUnitReason, StringComparison.Ordinal);
        Assert.Contains("85", metrics.CadenceUnitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cadence_ZeroSamplesAreIgnored()
    {
        var track = new SyntheticTrack { Cadence = 85 }.Go(600, 3.0);
        for (var i = 0; i < track.Points.Count; i += 3)
        {
            track.Points[i] = track.Points[i] with { Cadence = 0 };
        }

        var metrics = track.Compute(Sport.Running, CadenceUnit.StridesPerMinute);

        Assert.Equal(170.0, metrics.AverageCadence!.Value.StepsPerMinute, 1e-9);
        Assert.Equal(400.0, metrics.CadenceDistribution.Sum(b => b.Time.TotalSeconds), 1e-9);
    }

    [Fact]
    public void Cadence_IsATimeWeightedAverageOverMovingTimeOnly()
    {
        // 300 s at 80 strides/min, 100 s at 90; a 2 minute stop where the pod still reports 30.
        var track = new SyntheticTrack { Cadence = 80 }.Go(300, 3.0);
        track.Cadence = 30;
        track.Go(120, 0.0);
        track.Cadence = 90;
        track.Go(100, 3.5);

        var metrics = track.Compute(Sport.Running, CadenceUnit.StridesPerMinute);

        Assert.Equal(2 * ((80.0 * 300) + (90.0 * 100)) / 400, metrics.AverageCadence!.Value.StepsPerMinute, 1e-9);
    }

    [Fact]
    public void CadenceDistribution_IsMovingTimeInFiveStepBands()
    {
        var track = new SyntheticTrack { Cadence = 80 }.Go(300, 3.0);
        track.Cadence = 86.4;
        track.Go(100, 3.5);
        track.Cadence = 30;
        track.Go(60, 0.0);

        var metrics = track.Compute(Sport.Running, CadenceUnit.StridesPerMinute);

        // 160 spm → [160, 165); 172.8 spm → [170, 175).
        Assert.Equal(
            new[] { new CadenceBand(160, TimeSpan.FromSeconds(300)), new CadenceBand(170, TimeSpan.FromSeconds(100)) },
            metrics.CadenceDistribution);
    }

    [Fact]
    public void Cadence_IsNullWithoutCadenceSamples()
    {
        var metrics = new SyntheticTrack().Go(600, 3.0).Compute();

        Assert.Null(metrics.AverageCadence);
        Assert.Empty(metrics.CadenceDistribution);
        Assert.Null(metrics.CadenceUnitReason);
    }

    [Theory]
    [InlineData(CadenceUnit.Unknown, true, 85.0, CadenceUnit.StridesPerMinute)]
    [InlineData(CadenceUnit.Unknown, true, 119.0, CadenceUnit.StridesPerMinute)]
    [InlineData(CadenceUnit.Unknown, true, 120.0, CadenceUnit.StepsPerMinute)]
    [InlineData(CadenceUnit.StepsPerMinute, true, 90.0, CadenceUnit.StridesPerMinute)]
    [InlineData(CadenceUnit.StridesPerMinute, true, 165.0, CadenceUnit.StepsPerMinute)]
    [InlineData(CadenceUnit.Unknown, false, 79.0, CadenceUnit.StridesPerMinute)]
    [InlineData(CadenceUnit.Unknown, false, 80.0, CadenceUnit.StepsPerMinute)]
    [InlineData(CadenceUnit.StepsPerMinute, false, 60.0, CadenceUnit.StepsPerMinute)]
    [InlineData(CadenceUnit.StridesPerMinute, false, 100.0, CadenceUnit.StridesPerMinute)]
    [InlineData(CadenceUnit.RevolutionsPerMinute, true, 85.0, CadenceUnit.RevolutionsPerMinute)]
    public void CadenceUnitRule_DecidesFromThePhysiology(CadenceUnit declared, bool running, double median, CadenceUnit expected)
    {
        var decision = CadenceUnitRule.Decide(declared, running, median);

        Assert.Equal(expected, decision.Unit);
        Assert.EndsWith(".", decision.Reason, StringComparison.Ordinal);
    }
}
