using System.Globalization;
using Patella.Core.Activities;
using Patella.Tests;

namespace Patella.Core.Tests.Activities;

public class ElevationSmoothingTests
{
    [Theory]
    [InlineData(0.02, 20.0)]
    [InlineData(0.05, 50.0)]
    [InlineData(0.10, 100.0)]
    [InlineData(-0.05, 0.0)]
    public void Gain_ConstantClimbCountsInFull(double grade, double expectedGain)
    {
        var track = new SyntheticTrack { Altitude = metres => 100 + (grade * metres) }.Go(400, 2.5);

        var metrics = track.Compute();

        Assert.Equal(expectedGain, metrics.ElevationGainMetres!.Value, 1e-6);
        Assert.Equal(Math.Max(0, -grade * 1000), metrics.ElevationLossMetres!.Value, 1e-6);
    }

    // 10 km at 3 m/s over flat ground; altitude samples carry white noise of sigma metres.
    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 5.0)]
    [InlineData(3.0, 10.0)]
    public void Gain_FlatTrackWithNoiseStaysNearZero(double sigma, double maxMetres)
    {
        var noise = new Noise(7);
        var track = new SyntheticTrack { Altitude = _ => 200 + noise.Next(sigma) }.Go(3333, 3.0);

        var metrics = track.Compute();

        Assert.InRange(metrics.ElevationGainMetres!.Value, 0, maxMetres);
        Assert.InRange(metrics.ElevationLossMetres!.Value, 0, maxMetres);
    }

    // 10 km over five 20 m hills (a sine of 2 km period): true gain and loss 100 m each.
    [Theory]
    [InlineData(0.0, 3.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(2.0, 10.0)]
    public void Gain_NoisyRollingProfileIsCloseToTheTrueGain(double sigma, double toleranceMetres)
    {
        var noise = new Noise(11);
        var track = new SyntheticTrack { Altitude = m => 50 + (10 * Math.Sin(2 * Math.PI * m / 2000)) + noise.Next(sigma) }.Go(3334, 3.0);

        var metrics = track.Compute();

        Assert.Equal(100.0, metrics.ElevationGainMetres!.Value, toleranceMetres);
        Assert.Equal(100.0, metrics.ElevationLossMetres!.Value, toleranceMetres);
    }

    [Fact]
    public void Gain_IsNullWithoutAltitude()
    {
        var metrics = new SyntheticTrack().Go(100, 3.0).Compute();

        Assert.Null(metrics.ElevationGainMetres);
        Assert.Null(metrics.ElevationLossMetres);
    }

    [Fact]
    public void Gain_WithoutDistanceIsSmoothedOverSamples()
    {
        // A treadmill with a barometer that drifts up 2 m over the run, with 0.2 m jitter: no climb.
        var noise = new Noise(3);
        var track = new SyntheticTrack { Positions = false, Altitude = _ => 0 }.Go(1800, 2.5);
        for (var i = 0; i < track.Points.Count; i++)
        {
            track.Points[i] = track.Points[i] with { AltitudeMetres = (2.0 * i / 1800) + noise.Next(0.2) };
        }

        var metrics = track.Compute(Sport.TreadmillRunning);

        Assert.Equal(0.0, metrics.Distance.Metres);
        Assert.Equal(0.0, metrics.ElevationGainMetres!.Value);
    }

    [Fact]
    public void Gain_BarometricRideIsCloseToTheDevicesOwnTotal()
    {
        // Garmin Edge 500 ride, per-record values from python-fitparse; the FIT session says 541 m up and down.
        var points = EdgeRecords.Read(SharedTestData.File("expected", "garmin-edge-500-activity-records.csv"));
        var activity = new RecordedActivity { Format = ActivityFormat.Fit, Sport = Sport.Cycling, Points = points };

        var metrics = ActivityMetricsCalculator.Compute(activity);

        Assert.InRange(metrics.ElevationGainMetres!.Value, 541 * 0.9, 541 * 1.1);
        Assert.InRange(metrics.ElevationLossMetres!.Value, 541 * 0.9, 541 * 1.1);
        Assert.Equal(92622.34, metrics.Distance.Metres, 0.01);
        Assert.False(metrics.DistanceFromPositions);
    }

    [Theory]
    [InlineData(new double[] { 0, 1, 2, 3, 4 }, new double[] { 0, 1, 2, 3, 4 }, 10.0, new double[] { 0, 1, 2, 3, 4 })]
    [InlineData(new double[] { 0, 1, 2, 3, 4 }, new double[] { 0, 0, 3, 0, 0 }, 1.0, new double[] { 0, 1, 1, 1, 0 })]
    [InlineData(new double[] { 0, 0, 0, 5, 5 }, new double[] { 1, 2, 3, 7, 9 }, 1.0, new double[] { 2, 2, 2, 8, 8 })]
    public void MovingAverage_IsSymmetricOverTheAxis(double[] axis, double[] altitude, double halfWindow, double[] expected)
    {
        var averaged = new double[altitude.Length];

        ElevationSmoothing.MovingAverage(axis, altitude, halfWindow, averaged);

        Assert.Equal(expected, averaged);
    }

    [Fact]
    public void Smooth_KeepsAStraightRampStraightAndFlattensASpike()
    {
        var axis = Enumerable.Range(0, 101).Select(i => 2.0 * i).ToArray();
        var ramp = axis.Select(x => 10 + (0.07 * x)).ToArray();
        var spike = new double[axis.Length];
        spike[50] = 30;
        var smoothedRamp = new double[axis.Length];
        var smoothedSpike = new double[axis.Length];

        ElevationSmoothing.Smooth(axis, ramp, ElevationSmoothing.HalfWindowMetres, smoothedRamp);
        ElevationSmoothing.Smooth(axis, spike, ElevationSmoothing.HalfWindowMetres, smoothedSpike);

        for (var i = 0; i < axis.Length; i++)
        {
            Assert.Equal(ramp[i], smoothedRamp[i], 1e-9);
        }

        // 25 samples per 50 m window at 2 m spacing: the first pass leaves 1.2 m on 25 samples, the second
        // keeps 1.2 m at the centre and spreads the rest over 49; the total is kept.
        Assert.Equal(30.0 / 25.0, smoothedSpike.Max(), 1e-9);
        Assert.Equal(30.0, smoothedSpike.Sum(), 1e-9);
    }

    [Theory]
    [InlineData(new double[] { 0, 2, 0, 2, 0 }, 3.0, 0.0, 0.0)]      // wobbles under the threshold
    [InlineData(new double[] { 0, 3, 1, 5, 0 }, 3.0, 5.0, 5.0)]      // a dip of 2 m inside a climb is ignored
    [InlineData(new double[] { 0, 1, 2, 3, 4, 5 }, 3.0, 5.0, 0.0)]   // once established, a climb counts from its foot
    [InlineData(new double[] { 10, 8, 9, 4, 6, 10 }, 3.0, 6.0, 6.0)]
    public void GainAndLoss_UsesHysteresis(double[] smoothed, double threshold, double expectedGain, double expectedLoss)
    {
        var (gain, loss) = ElevationSmoothing.GainAndLoss(smoothed, threshold);

        Assert.Equal(expectedGain, gain, 1e-9);
        Assert.Equal(expectedLoss, loss, 1e-9);
    }

    /// <summary>Seeded Gaussian noise (Box-Muller), the same on every run.</summary>
    internal sealed class Noise(int seed)
    {
        private readonly Random random = new(seed);

        public double Next(double sigma)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            return sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
    }

    /// <summary>Reads the FIT SDK dump CSV (timestamp,heart_rate,cadence,speed,distance,position_lat,position_long,altitude,temperature).</summary>
    internal static class EdgeRecords
    {
        public static List<TrackPoint> Read(string path)
        {
            var points = new List<TrackPoint>();
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var f = line.Split(',');
                points.Add(new TrackPoint(
                    Time(f[0]),
                    Semicircles(f[5]),
                    Semicircles(f[6]),
                    Number(f[7]),
                    Number(f[4]),
                    Number(f[3]),
                    Number(f[1]),
                    Number(f[2]),
                    0));
            }

            return points;
        }

        // "Sun Sep 25 06:00:22 PDT 2011": the dump tool wrote US Pacific time.
        private static DateTime Time(string text)
        {
            var parts = text.Split(' ');
            var offset = parts[4] == "PDT" ? -7 : -8;
            var local = DateTime.ParseExact($"{parts[1]} {parts[2]} {parts[5]} {parts[3]}", "MMM d yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            return DateTime.SpecifyKind(local.AddHours(-offset), DateTimeKind.Utc);
        }

        private static double Semicircles(string text) => string.IsNullOrEmpty(text) ? double.NaN : Number(text) * 180.0 / 2147483648.0;

        private static double Number(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}
