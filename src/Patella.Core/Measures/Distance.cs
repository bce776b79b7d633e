namespace Patella.Core.Measures;

/// <summary>
/// A distance, stored in metres. <c>default</c> is zero metres. Negative values are allowed for
/// differences (this week minus last week) but never come out of a measurement.
/// </summary>
public readonly record struct Distance : IComparable<Distance>
{
    /// <summary>Metres in one statute mile (international mile, exact).</summary>
    public const double MetresPerMile = 1609.344;

    private Distance(double metres) => Metres = metres;

    /// <summary>The distance in metres.</summary>
    public double Metres { get; }

    /// <summary>The distance in kilometres.</summary>
    public double Kilometres => Metres / 1000.0;

    /// <summary>The distance in statute miles.</summary>
    public double Miles => Metres / MetresPerMile;

    public static Distance Zero => default;

    /// <exception cref="ArgumentOutOfRangeException">Not a finite number.</exception>
    public static Distance FromMetres(double metres) =>
        double.IsFinite(metres) ? new Distance(metres) : throw new ArgumentOutOfRangeException(nameof(metres), metres, "A distance must be a finite number of metres.");

    public static Distance FromKilometres(double kilometres) => FromMetres(kilometres * 1000.0);

    public static Distance FromMiles(double miles) => FromMetres(miles * MetresPerMile);

    public static Distance operator +(Distance a, Distance b) => new(a.Metres + b.Metres);

    public static Distance operator -(Distance a, Distance b) => new(a.Metres - b.Metres);

    public static Distance operator *(Distance a, double factor) => FromMetres(a.Metres * factor);

    public static bool operator <(Distance a, Distance b) => a.Metres < b.Metres;

    public static bool operator >(Distance a, Distance b) => a.Metres > b.Metres;

    public static bool operator <=(Distance a, Distance b) => a.Metres <= b.Metres;

    public static bool operator >=(Distance a, Distance b) => a.Metres >= b.Metres;

    public int CompareTo(Distance other) => Metres.CompareTo(other.Metres);

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kilometres:0.00} km");
}
