using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Activities;

public sealed class SportInferenceTests
{
    [Theory]
    [InlineData(3.0, 170.0, true)]    // 5:33 /km at 170 spm: a run
    [InlineData(3.0, double.NaN, true)] // no cadence sensor, running pace
    [InlineData(1.4, 110.0, false)]   // a walk
    [InlineData(7.5, double.NaN, false)] // faster than running: a ride
    [InlineData(4.0, 85.0, false)]    // 85 rpm at 14 km/h: pedalling, not steps
    public void ForUnknown_TakesOnlyClearRunsAsRunning(double metresPerSecond, double stepsPerMinute, bool running)
    {
        var metrics = Metrics(metresPerSecond, stepsPerMinute);

        var inferred = SportInference.ForUnknown(Sport.Unknown, metrics);

        Assert.Equal(running, inferred is not null);
        if (inferred is { } result)
        {
            Assert.Equal(Sport.Running, result.Sport);
            Assert.Contains("does not name its sport", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ForUnknown_NeverOverridesASportTheFileNamed() =>
        Assert.Null(SportInference.ForUnknown(Sport.Cycling, Metrics(3.0, 170)));

    private static ActivityMetrics Metrics(double metresPerSecond, double stepsPerMinute) => new()
    {
        Distance = Distance.FromKilometres(10),
        MovingTime = TimeSpan.FromSeconds(10_000 / metresPerSecond),
        ElapsedTime = TimeSpan.FromSeconds(10_000 / metresPerSecond),
        DownhillDistance = Distance.Zero,
        AverageSpeed = Speed.FromMetresPerSecond(metresPerSecond),
        AverageCadence = double.IsNaN(stepsPerMinute) ? null : Cadence.FromStepsPerMinute(stepsPerMinute),
    };
}
