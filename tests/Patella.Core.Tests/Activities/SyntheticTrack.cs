using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Activities;

/// <summary>
/// Builds recordings whose metrics can be computed by hand: the runner goes due north along a meridian
/// from <see cref="StartLatitude"/>, so the haversine distance is exactly the metres added. Every leg adds
/// one sample per interval; the first leg also adds the starting sample.
/// </summary>
internal sealed class SyntheticTrack
{
    public const double StartLatitude = 45.0;
    public const double StartLongitude = 7.0;

    /// <summary>Metres per degree of latitude on the sphere the calculator uses.</summary>
    public const double MetresPerDegree = Geodesy.MeanEarthRadiusMetres * Math.PI / 180.0;

    public static readonly DateTime Start = new(2025, 5, 4, 7, 0, 0, DateTimeKind.Utc);

    private readonly List<TrackPoint> points = [];

    /// <summary>Metres north of the start so far.</summary>
    public double Metres { get; private set; }

    /// <summary>Seconds since the start so far.</summary>
    public double Seconds { get; private set; }

    /// <summary>Segment index given to the next samples.</summary>
    public int Segment { get; set; }

    /// <summary>Write latitude and longitude (false: a treadmill).</summary>
    public bool Positions { get; init; } = true;

    /// <summary>Write the device's cumulative distance (the true metres so far).</summary>
    public bool DeviceDistance { get; init; }

    /// <summary>Write the device's speed (the leg's speed).</summary>
    public bool DeviceSpeed { get; init; }

    /// <summary>Altitude as a function of metres along the track; null: no altitude.</summary>
    public Func<double, double>? Altitude { get; set; }

    public double Cadence { get; set; } = double.NaN;

    public double HeartRate { get; set; } = double.NaN;

    public List<TrackPoint> Points => points;

    /// <summary>Adds <paramref name="samples"/> samples, <paramref name="interval"/> seconds apart, at <paramref name="speed"/> m/s.</summary>
    public SyntheticTrack Go(int samples, double speed, double interval = 1.0)
    {
        if (points.Count == 0)
        {
            points.Add(Sample(speed));
        }

        for (var i = 0; i < samples; i++)
        {
            Seconds += interval;
            Metres += speed * interval;
            points.Add(Sample(speed));
        }

        return this;
    }

    /// <summary>Adds one sample <paramref name="seconds"/> and <paramref name="metres"/> after the last: a gap in the recording.</summary>
    public SyntheticTrack Jump(double seconds, double metres)
    {
        Seconds += seconds;
        Metres += metres;
        points.Add(Sample(seconds > 0 ? metres / seconds : 0));
        return this;
    }

    public static DateTime TimeAt(double seconds) => Start.AddSeconds(seconds);

    public RecordedActivity ToActivity(Sport sport = Sport.Running, CadenceUnit unit = CadenceUnit.Unknown, params TimerPause[] pauses) => new()
    {
        Format = ActivityFormat.Fit,
        Sport = sport,
        CadenceUnit = unit,
        Points = points,
        Pauses = pauses,
    };

    public ActivityMetrics Compute(Sport sport = Sport.Running, CadenceUnit unit = CadenceUnit.Unknown, params TimerPause[] pauses) =>
        ActivityMetricsCalculator.Compute(ToActivity(sport, unit, pauses));

    private TrackPoint Sample(double speed) => new(
        Start.AddSeconds(Seconds),
        Positions ? StartLatitude + (Metres / MetresPerDegree) : double.NaN,
        Positions ? StartLongitude : double.NaN,
        Altitude is { } altitude ? altitude(Metres) : double.NaN,
        DeviceDistance ? Metres : double.NaN,
        DeviceSpeed ? speed : double.NaN,
        HeartRate,
        Cadence,
        Segment);
}
