namespace Patella.Core.Measures;

/// <summary>Speed in metres per second. <c>default</c> is standing still. Pace is its inverse.</summary>
public readonly record struct Speed : IComparable<Speed>
{
    private Speed(double metresPerSecond) => MetresPerSecond = metresPerSecond;

    public double MetresPerSecond { get; }

    public double KilometresPerHour => MetresPerSecond * 3.6;

    /// <summary>Pace per kilometre; null when standing still.</summary>
    public TimeSpan? PacePerKilometre => MetresPerSecond > 0 ? TimeSpan.FromSeconds(1000.0 / MetresPerSecond) : null;

    /// <summary>Pace per statute mile; null when standing still.</summary>
    public TimeSpan? PacePerMile => MetresPerSecond > 0 ? TimeSpan.FromSeconds(Distance.MetresPerMile / MetresPerSecond) : null;

    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static Speed FromMetresPerSecond(double metresPerSecond) =>
        double.IsFinite(metresPerSecond) && metresPerSecond >= 0
            ? new Speed(metresPerSecond)
            : throw new ArgumentOutOfRangeException(nameof(metresPerSecond), metresPerSecond, "Speed must be a non-negative number of metres per second.");

    /// <summary>Average speed over a distance and a time; standing still when the time is zero.</summary>
    public static Speed Over(Distance distance, TimeSpan time) =>
        time > TimeSpan.Zero && distance.Metres > 0 ? new Speed(distance.Metres / time.TotalSeconds) : default;

    public int CompareTo(Speed other) => MetresPerSecond.CompareTo(other.MetresPerSecond);

    public static bool operator <(Speed a, Speed b) => a.MetresPerSecond < b.MetresPerSecond;

    public static bool operator >(Speed a, Speed b) => a.MetresPerSecond > b.MetresPerSecond;

    public static bool operator <=(Speed a, Speed b) => a.MetresPerSecond <= b.MetresPerSecond;

    public static bool operator >=(Speed a, Speed b) => a.MetresPerSecond >= b.MetresPerSecond;
}
