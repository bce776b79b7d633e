using Patella.Core.Activities;

namespace Patella.Core.Tests.Activities;

public class DownhillRuleTests
{
    // 200 m flat, a straight slope of `length` metres at `grade`, 200 m flat, one sample per metre.
    // Hand computation: the twice-applied 50 m moving average is a triangular kernel of half-width 50 m,
    // whose share left of u (u in -50..0) is (50 + u)^2 / 5000. The smoothed slope at x is grade times the
    // kernel's share lying on the slope, so x is downhill while that share is above 0.03 / |grade|.
    // 100 m at -5%: share > 0.6 from x = 50 - sqrt(2000) = 5.28 m to 94.72 m, 89.44 m.
    // 500 m at -8%: share > 0.375 from x = sqrt(1875) - 50 = -6.70 m to 506.70 m, 513.4 m.
    // 40 m at -5%: the share peaks at 0.64 in the middle, above 0.6 for only 20 m: under the minimum.
    [Theory]
    [InlineData(100.0, -0.05, 89.44)]
    [InlineData(200.0, -0.05, 189.44)]
    [InlineData(100.0, -0.02, 0.0)]
    [InlineData(100.0, -0.03, 0.0)]
    [InlineData(40.0, -0.05, 0.0)]
    [InlineData(100.0, 0.05, 0.0)]
    [InlineData(500.0, -0.08, 513.4)]
    public void Downhill_CountsStretchesOfAtLeastFiftyMetresBelowMinusThreePercent(double length, double grade, double expectedMetres)
    {
        var metrics = Slope(length, grade).Compute();

        Assert.Equal(expectedMetres, metrics.DownhillDistance.Metres, 1.0);
    }

    [Fact]
    public void Downhill_ShortSteepDropCountsOnlyWhenTheFiftyMetresAroundItAreBelowTheGrade()
    {
        // 40 m at -10% is a 4 m drop: the smoothed grade stays below -3% while more than 0.3 of the kernel
        // lies on the slope, from x = sqrt(1500) - 50 = -11.27 m to 51.27 m: 62.5 m. Grade is a 50 m measure,
        // not a point one, so a short drop this steep makes the 50 m around it a descent.
        var metrics = Slope(40, -0.10).Compute();

        Assert.Equal(62.5, metrics.DownhillDistance.Metres, 1.0);
    }

    [Fact]
    public void Downhill_IsZeroWithoutAltitude()
    {
        var metrics = new SyntheticTrack().Go(1000, 1.0).Compute();

        Assert.Equal(0.0, metrics.DownhillDistance.Metres);
    }

    [Fact]
    public void Downhill_IsZeroWithoutDistance()
    {
        var track = new SyntheticTrack { Positions = false, Altitude = _ => 0 }.Go(600, 1.0);
        for (var i = 0; i < track.Points.Count; i++)
        {
            track.Points[i] = track.Points[i] with { AltitudeMetres = 100 - (0.1 * i) };
        }

        var metrics = track.Compute();

        Assert.Equal(0.0, metrics.DownhillDistance.Metres);
        Assert.True(metrics.ElevationLossMetres > 50);
    }

    [Theory]
    [InlineData(new double[] { 0, 10, 20, 30, 40, 50, 60 }, new double[] { 10, 9, 8, 7, 6, 5, 4 }, 60.0)]
    [InlineData(new double[] { 0, 10, 20, 30, 40, 50 }, new double[] { 10, 9, 8, 7, 6, 5 }, 50.0)]          // exactly the minimum
    [InlineData(new double[] { 0, 10, 20, 30, 40 }, new double[] { 10, 9, 8, 7, 6 }, 0.0)]                  // 40 m: under it
    [InlineData(new double[] { 0, 10, 20, 20, 30, 40, 50, 60 }, new double[] { 10, 9, 8, 8, 7, 6, 5, 4 }, 60.0)] // a stop does not break it
    [InlineData(new double[] { 0, 10, 20, 30, 40, 50, 60 }, new double[] { 10, 9, 8, 8, 7, 6, 5 }, 0.0)]    // a flat step does
    public void DownhillMetres_Table(double[] distance, double[] smoothedAltitude, double expected) =>
        Assert.Equal(expected, DownhillRule.DownhillMetres(distance, smoothedAltitude), 1e-9);

    private static SyntheticTrack Slope(double length, double grade) =>
        new SyntheticTrack
        {
            Altitude = m => 100 + (grade * Math.Clamp(m - 200, 0, length)),
        }.Go((int)(400 + length), 1.0);
}
