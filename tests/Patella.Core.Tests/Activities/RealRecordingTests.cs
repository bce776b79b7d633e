using System.Globalization;
using System.Xml.Linq;
using Patella.Core.Activities;
using Patella.Tests;

namespace Patella.Core.Tests.Activities;

/// <summary>
/// The calculator on a real run: sloatsburg, a Forerunner 945 (barometric altimeter) exported as TCX. The same
/// run's FIT session says 14,004.85 m, 347 m up, 371 m down, average cadence 79.72 strides/min (159.4 steps/min, zeros included)
/// and average heart rate 137 bpm (shared/testdata/activities/fit-reference.jsonl).
/// </summary>
public class RealRecordingTests
{
    private static readonly Lazy<ActivityMetrics> Sloatsburg = new(() =>
        ActivityMetricsCalculator.Compute(new RecordedActivity
        {
            Format = ActivityFormat.Tcx,
            Sport = Sport.Running,
            Points = ReadTcx(SharedTestData.File("tcx", "sloatsburg.tcx")),
        }));

    [Fact]
    public void Distance_RealWatchRunUsesTheWatchsCounter()
    {
        // Last counter value minus the first (1.19 m at the first sample); haversine would give 14,152.79 m.
        Assert.Equal(14004.85 - 1.19, Sloatsburg.Value.Distance.Metres, 0.01);
        Assert.False(Sloatsburg.Value.DistanceFromPositions);
    }

    [Fact]
    public void Gain_RealBarometricRunIsWithinFivePercentOfTheWatch()
    {
        Assert.InRange(Sloatsburg.Value.ElevationGainMetres!.Value, 347 * 0.95, 347 * 1.05);
        Assert.InRange(Sloatsburg.Value.ElevationLossMetres!.Value, 371 * 0.95, 371 * 1.05);
    }

    [Fact]
    public void Cadence_RealTcxRunCadenceIsReadAsStridesAndDoubled()
    {
        // The watch's 159.4 averages in 162 zero samples (standing); zeros are no step rate, so without them
        // the moving average of RunCadence is 82.65 strides/min (computed from the file), 165.3 steps/min.
        Assert.Equal(165.3, Sloatsburg.Value.AverageCadence!.Value.StepsPerMinute, 0.5);
        Assert.Contains("doubled", Sloatsburg.Value.CadenceUnitReason, StringComparison.Ordinal);
    }

    [Fact]
    public void HeartRate_RealRunAverageIsCloseToTheWatch()
    {
        Assert.Equal(137.0, Sloatsburg.Value.AverageHeartRate!.Value.BeatsPerMinute, 3.0);
    }

    [Fact]
    public void MovingTime_RealRunIsAtMostTheTimerTime()
    {
        Assert.Equal(TimeSpan.FromSeconds(4989), Sloatsburg.Value.ElapsedTime);
        Assert.InRange(Sloatsburg.Value.MovingTime, TimeSpan.FromSeconds(4989 * 0.9), TimeSpan.FromSeconds(4989));
    }

    /// <summary>Just enough TCX for these tests: one segment per Track, elements by local name.</summary>
    private static List<TrackPoint> ReadTcx(string path)
    {
        var points = new List<TrackPoint>();
        var segment = 0;
        foreach (var track in XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "Track"))
        {
            foreach (var tp in track.Elements().Where(e => e.Name.LocalName == "Trackpoint"))
            {
                points.Add(new TrackPoint(
                    DateTime.Parse(Value(tp, "Time")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                    Number(tp, "LatitudeDegrees"),
                    Number(tp, "LongitudeDegrees"),
                    Number(tp, "AltitudeMeters"),
                    Number(tp, "DistanceMeters"),
                    Number(tp, "Speed"),
                    Number(tp, "Value"),
                    Number(tp, "RunCadence"),
                    segment));
            }

            segment++;
        }

        return points;
    }

    private static string? Value(XElement trackpoint, string localName) =>
        trackpoint.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static double Number(XElement trackpoint, string localName) =>
        Value(trackpoint, localName) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : double.NaN;
}
