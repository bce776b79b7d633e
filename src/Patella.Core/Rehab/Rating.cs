using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Patella.Core.Rehab;

/// <summary>
/// A 0-10 self-rating that is not pain: effort (RPE, 0 rest - 10 maximal), sleep quality, fatigue, stress.
/// Seed B notes that mental load and fatigue change running form, so Patella shows these beside pain,
/// but no rule decides on them. <c>default</c> is 0. Serialises as a bare number.
/// </summary>
[JsonConverter(typeof(RatingJsonConverter))]
public readonly record struct Rating
{
    /// <summary>Highest rating.</summary>
    public const int Max = 10;

    private Rating(int points) => Points = points;

    /// <summary>The rating, 0-10.</summary>
    public int Points { get; }

    /// <exception cref="ArgumentOutOfRangeException">Outside 0-10.</exception>
    public static Rating FromPoints(int points) =>
        points is >= 0 and <= Max
            ? new Rating(points)
            : throw new ArgumentOutOfRangeException(nameof(points), points, "Ratings run from 0 to 10.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Points}/10");
}

/// <summary>Reads and writes a <see cref="Rating"/> as a JSON number 0-10.</summary>
internal sealed class RatingJsonConverter : JsonConverter<Rating>
{
    public override Rating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var points = reader.GetInt32();
        return points is >= 0 and <= Rating.Max ? Rating.FromPoints(points) : throw new JsonException($"Rating {points} is outside 0-10.");
    }

    public override void Write(Utf8JsonWriter writer, Rating value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Points);
    }
}
