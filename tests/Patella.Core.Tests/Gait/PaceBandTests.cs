using Patella.Core.Gait;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Gait;

public sealed class PaceBandTests
{
    [Theory]
    [InlineData(330, DistanceUnit.Kilometres, 330, "5:30-6:00 /km")]
    [InlineData(359.9, DistanceUnit.Kilometres, 330, "5:30-6:00 /km")]
    [InlineData(360, DistanceUnit.Kilometres, 360, "6:00-6:30 /km")]
    [InlineData(299, DistanceUnit.Kilometres, 270, "4:30-5:00 /km")]
    [InlineData(480, DistanceUnit.Miles, 480, "8:00-8:30 /mi")]
    [InlineData(509, DistanceUnit.Miles, 480, "8:00-8:30 /mi")]
    public void Of_PutsAPaceInItsThirtySecondBand(double secondsPerUnit, DistanceUnit unit, int expectedFrom, string label)
    {
        var metresPerUnit = unit == DistanceUnit.Miles ? Distance.MetresPerMile : 1000;

        var band = PaceBand.Of(Speed.FromMetresPerSecond(metresPerUnit / secondsPerUnit), unit);

        Assert.Equal(expectedFrom, band.FromSeconds);
        Assert.Equal(expectedFrom + 30, band.ToSeconds);
        Assert.Equal(label, band.ToString());
    }

    [Fact]
    public void Edges_AreTheBandsSpeeds()
    {
        var band = new PaceBand(360, DistanceUnit.Kilometres);

        Assert.Equal(1000.0 / 360, band.FastSpeed.MetresPerSecond, 9);
        Assert.Equal(1000.0 / 390, band.SlowSpeed.MetresPerSecond, 9);
        Assert.Equal(band, PaceBand.Of(band.FastSpeed, DistanceUnit.Kilometres));
    }

    [Fact]
    public void Of_StandingStill_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PaceBand.Of(default, DistanceUnit.Kilometres));
}
