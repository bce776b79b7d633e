namespace Patella.Core.Measures;

/// <summary>
/// Running cadence (step rate) in steps per minute, both feet counted. This is the unit runners
/// and the gait-retraining literature use (e.g. 170 spm). FIT files and Garmin exports store
/// strides per minute (one foot); convert with <see cref="FromStridesPerMinute"/>.
/// <c>default</c> is zero steps per minute.
/// </summary>
public readonly record struct Cadence : IComparable<Cadence>
{
    private Cadence(double stepsPerMinute) => StepsPerMinute = stepsPerMinute;

    /// <summary>Steps per minute, both feet.</summary>
    public double StepsPerMinute { get; }

    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static Cadence FromStepsPerMinute(double stepsPerMinute) =>
        double.IsFinite(stepsPerMinute) && stepsPerMinute >= 0
            ? new Cadence(stepsPerMinute)
            : throw new ArgumentOutOfRangeException(nameof(stepsPerMinute), stepsPerMinute, "Cadence must be a non-negative number of steps per minute.");

    /// <summary>From strides (one foot) per minute: steps = 2 × strides.</summary>
    public static Cadence FromStridesPerMinute(double stridesPerMinute) => FromStepsPerMinute(2 * stridesPerMinute);

    public static bool operator <(Cadence a, Cadence b) => a.StepsPerMinute < b.StepsPerMinute;

    public static bool operator >(Cadence a, Cadence b) => a.StepsPerMinute > b.StepsPerMinute;

    public static bool operator <=(Cadence a, Cadence b) => a.StepsPerMinute <= b.StepsPerMinute;

    public static bool operator >=(Cadence a, Cadence b) => a.StepsPerMinute >= b.StepsPerMinute;

    public int CompareTo(Cadence other) => StepsPerMinute.CompareTo(other.StepsPerMinute);

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{StepsPerMinute:0} spm");
}
