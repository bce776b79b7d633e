using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Patella.Core.Rehab;

/// <summary>
/// Knee pain on the 0-10 numeric rating scale (0 = no pain, 10 = worst imaginable), as the runner rates it.
/// Whole points only: the NPRS is read in whole points and its minimal important change in PFP is about
/// 1.2 points (Piva 2009, research-notes §3c), so tenths would be noise. <c>default</c> is 0, no pain.
/// Serialises as a bare number.
/// </summary>
[JsonConverter(typeof(PainScoreJsonConverter))]
public readonly record struct PainScore : IComparable<PainScore>
{
    /// <summary>Highest score on the scale.</summary>
    public const int Max = 10;

    private PainScore(int points) => Points = points;

    /// <summary>The score, 0-10.</summary>
    public int Points { get; }

    /// <summary>No pain.</summary>
    public static PainScore None => default;

    /// <summary>True for 0: no pain at all.</summary>
    public bool IsPainFree => Points == 0;

    /// <exception cref="ArgumentOutOfRangeException">Outside 0-10.</exception>
    public static PainScore FromPoints(int points) =>
        points is >= 0 and <= Max
            ? new PainScore(points)
            : throw new ArgumentOutOfRangeException(nameof(points), points, "Pain is scored 0 (none) to 10 (worst imaginable).");

    public static bool operator <(PainScore a, PainScore b) => a.Points < b.Points;

    public static bool operator >(PainScore a, PainScore b) => a.Points > b.Points;

    public static bool operator <=(PainScore a, PainScore b) => a.Points <= b.Points;

    public static bool operator >=(PainScore a, PainScore b) => a.Points >= b.Points;

    public int CompareTo(PainScore other) => Points.CompareTo(other.Points);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Points}/10");
}

/// <summary>Reads and writes a <see cref="PainScore"/> as a JSON number 0-10.</summary>
internal sealed class PainScoreJsonConverter : JsonConverter<PainScore>
{
    public override PainScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var points = reader.GetInt32();
        return points is >= 0 and <= PainScore.Max ? PainScore.FromPoints(points) : throw new JsonException($"Pain {points} is outside 0-10.");
    }

    public override void Write(Utf8JsonWriter writer, PainScore value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Points);
    }
}
