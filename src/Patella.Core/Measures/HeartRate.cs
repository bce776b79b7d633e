namespace Patella.Core.Measures;

/// <summary>Heart rate in beats per minute. <c>default</c> is 0 bpm.</summary>
public readonly record struct HeartRate : IComparable<HeartRate>
{
    private HeartRate(double beatsPerMinute) => BeatsPerMinute = beatsPerMinute;

    public double BeatsPerMinute { get; }

    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static HeartRate FromBeatsPerMinute(double beatsPerMinute) =>
        double.IsFinite(beatsPerMinute) && beatsPerMinute >= 0
            ? new HeartRate(beatsPerMinute)
            : throw new ArgumentOutOfRangeException(nameof(beatsPerMinute), beatsPerMinute, "Heart rate must be a non-negative number of beats per minute.");

    public int CompareTo(HeartRate other) => BeatsPerMinute.CompareTo(other.BeatsPerMinute);

    public static bool operator <(HeartRate a, HeartRate b) => a.BeatsPerMinute < b.BeatsPerMinute;

    public static bool operator >(HeartRate a, HeartRate b) => a.BeatsPerMinute > b.BeatsPerMinute;

    public static bool operator <=(HeartRate a, HeartRate b) => a.BeatsPerMinute <= b.BeatsPerMinute;

    public static bool operator >=(HeartRate a, HeartRate b) => a.BeatsPerMinute >= b.BeatsPerMinute;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BeatsPerMinute:0} bpm");
}
