using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Patella.Core.Assessment.Kujala;

/// <summary>
/// Reads and writes Kujala responses as JSON:
/// <code>{ "questionnaire": "kujala-akps-pmc10362729", "date": "2025-03-01", "answers": { "limp": "none", "stairs": "slightPainDescending", ... } }</code>
/// All 13 items are required; there is no "unknown" (the total needs every item).
/// </summary>
public static class KujalaResponseJson
{
    /// <exception cref="AssessmentAnswersException">Not JSON, wrong version, bad date, unknown or missing item,
    /// unknown option; the message names the item.</exception>
    public static KujalaResponse Read(string json)
    {
        using var document = AnswerSetJson.Parse(json);
        var root = document.RootElement;
        var version = AnswerSetJson.ReadVersion(root);
        if (version != KujalaQuestionnaire.Version)
        {
            throw new AssessmentAnswersException(null, $"The file is for questionnaire '{version}', but '{KujalaQuestionnaire.Version}' was expected.");
        }

        if (!root.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new AssessmentAnswersException(null, "The file needs a 'date' as yyyy-MM-dd.");
        }

        if (!root.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Object)
        {
            throw new AssessmentAnswersException(null, "The file needs an 'answers' object.");
        }

        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in answers.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new AssessmentAnswersException(property.Name, $"Kujala item '{property.Name}' needs an option code string; got {property.Value.GetRawText()}.");
            }

            if (!codes.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new AssessmentAnswersException(property.Name, $"Kujala item '{property.Name}' is answered twice.");
            }
        }

        var response = new KujalaResponse(version, date, codes);
        _ = KujalaScore.From(response); // validates every item, naming the one at fault
        return response;
    }

    /// <summary>Writes a response in the format <see cref="Read"/> accepts.</summary>
    public static string Write(KujalaResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("questionnaire", response.Version);
            writer.WriteString("date", response.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartObject("answers");
            foreach (var (id, code) in response.Answers)
            {
                writer.WriteString(id, code);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
