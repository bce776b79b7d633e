using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Import.Tests.Gpx;

/// <summary>
/// Grounds the readers' cadence-unit decisions in the corpus: in every running file whose
/// cadence we call strides/min, the median cadence while moving (above 1.5 m/s) is a one-foot
/// count (70-95), i.e. 140-190 steps/min once doubled.
/// </summary>
public sealed class RunningCadenceTests
{
    private const double MovingMetresPerSecond = 1.5;

    [Theory]
    [InlineData("gpx", "20170319_run_906581465.gpx", 80)]
    [InlineData("gpx", "20171008_run_2067489619.gpx", 78)]
    [InlineData("gpx", "garmin-activity.gpx", 80)]
    [InlineData("tcx", "20160911_run_708752345.tcx", 79)]
    [InlineData("tcx", "20181021_run_3106033902.tcx", 79)]
    [InlineData("tcx", "running_workout_1.tcx", 78)]
    [InlineData("tcx", "sloatsburg.tcx", 88)]
    [InlineData("tcx", "treadmill_1.tcx", 77)]
    public void RunningCadence_IsCountedPerFoot(string format, string file, double medianCadence)
    {
        var activity = Assert.Single(format == "gpx" ? XmlReference.ReadGpx(file) : XmlReference.ReadTcx(file));

        Assert.True(activity.Sport.IsRunning());
        Assert.Equal(CadenceUnit.StridesPerMinute, activity.CadenceUnit);
        Assert.Equal(medianCadence, MedianMovingCadence(activity.Points));
    }

    /// <summary>Median of cadence &gt; 0 over points reached at above 1.5 m/s (device speed, else from positions and times).</summary>
    private static double MedianMovingCadence(IReadOnlyList<TrackPoint> points)
    {
        var moving = new List<double>();
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            if (double.IsNaN(b.Cadence) || b.Cadence <= 0)
            {
                continue;
            }

            var speed = b.SpeedMetresPerSecond;
            if (a.HasPosition && b.HasPosition && a.TimeUtc is { } ta && b.TimeUtc is { } tb && tb > ta)
            {
                speed = Geodesy.HaversineMetres(a.Latitude, a.Longitude, b.Latitude, b.Longitude) / (tb - ta).TotalSeconds;
            }

            if (speed > MovingMetresPerSecond)
            {
                moving.Add(b.Cadence);
            }
        }

        moving.Sort();
        var middle = moving.Count / 2;
        return moving.Count % 2 == 1 ? moving[middle] : (moving[middle - 1] + moving[middle]) / 2;
    }
}
