namespace Patella.Import.Fit;

/// <summary>
/// One FIT record message (global 20) with the profile's scale and offset applied. Missing or
/// invalid values are NaN. Carries the running dynamics a <c>TrackPoint</c> has no room for.
/// </summary>
/// <param name="Timestamp">FIT seconds (since 1989-12-31T00:00:00Z; device-relative below 0x10000000); null without one.</param>
/// <param name="Latitude">Degrees (semicircles × 180 / 2³¹).</param>
/// <param name="Longitude">Degrees.</param>
/// <param name="AltitudeMetres">enhanced_altitude, else altitude (raw / 5 − 500).</param>
/// <param name="DistanceMetres">Cumulative distance (raw / 100, or from compressed_speed_distance / 16).</param>
/// <param name="SpeedMetresPerSecond">enhanced_speed, else speed (raw / 1000), else compressed_speed_distance (/ 100).</param>
/// <param name="HeartRateBpm">Beats per minute.</param>
/// <param name="Cadence">cadence + fractional_cadence / 128, in the sport's raw unit (strides/min on foot, rpm on a bike).</param>
/// <param name="VerticalOscillationMillimetres">vertical_oscillation (field 39, raw / 10).</param>
/// <param name="StanceTimeMilliseconds">stance_time (field 41, raw / 10).</param>
/// <param name="StepLengthMillimetres">step_length (field 85, raw / 10).</param>
/// <param name="Segment">Timer run: 0 until the first timer stop, then +1 after each stop.</param>
public readonly record struct FitRecord(
    uint? Timestamp,
    double Latitude,
    double Longitude,
    double AltitudeMetres,
    double DistanceMetres,
    double SpeedMetresPerSecond,
    double HeartRateBpm,
    double Cadence,
    double VerticalOscillationMillimetres,
    double StanceTimeMilliseconds,
    double StepLengthMillimetres,
    int Segment)
{
    /// <summary>FIT time zero: 1989-12-31T00:00:00Z.</summary>
    public static readonly DateTime Epoch = new(1989, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>FIT timestamps below this are seconds since the device was reset, not dates (profile: date_time min).</summary>
    public const uint FirstAbsoluteTimestamp = 0x10000000;

    /// <summary>The timestamp as a UTC DateTime (epoch + seconds, also for device-relative ones); null without one.</summary>
    public DateTime? TimeUtc => ToUtc(Timestamp);

    /// <summary>FIT seconds as a UTC DateTime; null for null. In whole ticks: AddSeconds(double) rounds through floating point on every record.</summary>
    internal static DateTime? ToUtc(uint? timestamp) =>
        timestamp is { } t ? new DateTime(Epoch.Ticks + (t * TimeSpan.TicksPerSecond), DateTimeKind.Utc) : null;
}
