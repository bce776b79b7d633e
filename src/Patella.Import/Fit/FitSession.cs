namespace Patella.Import.Fit;

/// <summary>A session message (18), scaled as the profile says (research-notes §5.1); NaN or null when absent.</summary>
/// <param name="StartTime">start_time, FIT seconds.</param>
/// <param name="Sport">sport enum (1 running, 2 cycling…).</param>
/// <param name="SubSport">sub_sport enum (1 treadmill, 3 trail…).</param>
/// <param name="ElapsedSeconds">total_elapsed_time.</param>
/// <param name="TimerSeconds">total_timer_time.</param>
/// <param name="DistanceMetres">total_distance.</param>
/// <param name="Calories">total_calories (kcal).</param>
/// <param name="AverageHeartRateBpm">avg_heart_rate.</param>
/// <param name="AverageCadence">avg_cadence, raw unit (strides/min on foot, rpm on a bike).</param>
/// <param name="AverageFractionalCadence">avg_fractional_cadence (raw / 128), same unit.</param>
/// <param name="AscentMetres">total_ascent.</param>
/// <param name="DescentMetres">total_descent.</param>
public readonly record struct FitSession(
    uint? StartTime,
    int? Sport,
    int? SubSport,
    double ElapsedSeconds,
    double TimerSeconds,
    double DistanceMetres,
    double Calories,
    double AverageHeartRateBpm,
    double AverageCadence,
    double AverageFractionalCadence,
    double AscentMetres,
    double DescentMetres)
{
    internal static FitSession From(in FitMessage m) => new(
        m.TryGetRaw(2, out var start) ? (uint)start : null,
        m.TryGetRaw(5, out var sport) ? (int)sport : null,
        m.TryGetRaw(6, out var subSport) ? (int)subSport : null,
        Scaled(m, 7, 1000),
        Scaled(m, 8, 1000),
        Scaled(m, 9, 100),
        Scaled(m, 11, 1),
        Scaled(m, 16, 1),
        Scaled(m, 18, 1),
        Scaled(m, 92, 128),
        Scaled(m, 22, 1),
        Scaled(m, 23, 1));

    internal static double Scaled(in FitMessage message, byte field, double scale) =>
        message.TryGetScaled(field, scale, 0, out var v) ? v : double.NaN;
}

/// <summary>A lap message (19), scaled as the profile says; NaN or null when absent.</summary>
/// <param name="StartTime">start_time, FIT seconds (since 1989-12-31T00:00:00Z).</param>
/// <param name="DistanceMetres">total_distance (raw / 100).</param>
/// <param name="TimerSeconds">total_timer_time (raw / 1000): time the timer ran, pauses excluded.</param>
/// <param name="AverageHeartRateBpm">avg_heart_rate, beats per minute.</param>
public readonly record struct FitLap(uint? StartTime, double DistanceMetres, double TimerSeconds, double AverageHeartRateBpm)
{
    /// <summary>start_time as a UTC DateTime; null without one.</summary>
    public DateTime? StartUtc => FitRecord.ToUtc(StartTime);

    internal static FitLap From(in FitMessage m) => new(
        m.TryGetRaw(2, out var start) ? (uint)start : null,
        FitSession.Scaled(m, 9, 100),
        FitSession.Scaled(m, 8, 1000),
        FitSession.Scaled(m, 15, 1));
}
