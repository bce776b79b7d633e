namespace Patella.Core.Activities;

/// <summary>
/// One sample of a recording, as the file gave it. Missing values are <see cref="double.NaN"/>
/// (and a null time), so a million samples stay one flat array of structs.
/// </summary>
/// <param name="TimeUtc">When the sample was taken (UTC), or null when the file has no time for it.</param>
/// <param name="Latitude">Degrees, -90..90; NaN without a position fix.</param>
/// <param name="Longitude">Degrees, -180..180; NaN without a position fix.</param>
/// <param name="AltitudeMetres">Metres above sea level as recorded (barometric or GPS); NaN if absent.</param>
/// <param name="DistanceMetres">The device's own cumulative distance since the start; NaN if absent.</param>
/// <param name="SpeedMetresPerSecond">The device's instantaneous speed; NaN if absent.</param>
/// <param name="HeartRateBpm">Beats per minute; NaN if absent.</param>
/// <param name="Cadence">Raw cadence in the recording's <see cref="CadenceUnit"/>, fractional part included; NaN if absent.</param>
/// <param name="Segment">Track segment index (GPX trkseg, TCX Track, FIT timer run); starts at 0.</param>
public readonly record struct TrackPoint(
    DateTime? TimeUtc,
    double Latitude,
    double Longitude,
    double AltitudeMetres,
    double DistanceMetres,
    double SpeedMetresPerSecond,
    double HeartRateBpm,
    double Cadence,
    int Segment)
{
    /// <summary>A sample with nothing in it but its time.</summary>
    public static TrackPoint At(DateTime? timeUtc, int segment = 0) =>
        new(timeUtc, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, segment);

    /// <summary>True when the sample carries a real position (pause markers such as latitude 100 are not one).</summary>
    public bool HasPosition =>
        Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
}
