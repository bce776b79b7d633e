using System.Text;
using System.Text.Json;

namespace Patella.Core.Assessment;

/// <summary>
/// Reads and writes answer sets as JSON, the form the CLI (<c>--answers FILE</c>), the web and
/// storage share:
/// <code>{ "questionnaire": "knee-v1", "answers": { "painLocation": ["aroundKneecap"], "weeksSinceOnset": 3, "givingWay": false, "sex": "unknown" } }</code>
/// Yes/no answers are <c>true</c>/<c>false</c>, whole numbers are JSON integers, a single choice is
/// its code, a multiple choice an array of codes; <c>"unknown"</c> or <c>null</c> means the runner
/// does not know; a question left out is missing. Both are allowed.
/// </summary>
public static class AnswerSetJson
{
    /// <summary>The string that marks an answer as unknown.</summary>
    public const string UnknownValue = "unknown";

    /// <summary>Parses and validates an answer file against <paramref name="questionnaire"/>.</summary>
    /// <exception cref="AssessmentAnswersException">Not JSON, wrong shape, wrong questionnaire version,
    /// unknown question, or a value of the wrong type or out of range; the message names the question.</exception>
    public static AnswerSet Read(string json, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        using var document = Parse(json);
        var root = document.RootElement;
        var version = ReadVersion(root);
        if (version != questionnaire.Version)
        {
            throw new AssessmentAnswersException(null,
                $"The file is for questionnaire '{version}', but '{questionnaire.Version}' was expected.");
        }

        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("questionnaire" or "answers"))
            {
                throw new AssessmentAnswersException(null, $"Unexpected property '{property.Name}': expected only 'questionnaire' and 'answers'.");
            }
        }

        if (!root.TryGetProperty("answers", out var answersElement) || answersElement.ValueKind != JsonValueKind.Object)
        {
            throw new AssessmentAnswersException(null, "The file needs an 'answers' object.");
        }

        foreach (var property in answersElement.EnumerateObject())
        {
            var question = questionnaire.Find(property.Name)
                ?? throw new AssessmentAnswersException(property.Name, $"Unknown question '{property.Name}' in questionnaire '{questionnaire.Version}'.");
            if (!answers.TryAdd(property.Name, ReadAnswer(question, property.Value)))
            {
                throw new AssessmentAnswersException(property.Name, $"Question '{property.Name}' is answered twice.");
            }
        }

        var set = new AnswerSet(version, answers);
        questionnaire.Validate(set);
        return set;
    }

    /// <summary>Writes an answer set in the format <see cref="Read"/> accepts (indented, invariant).</summary>
    /// <exception cref="AssessmentAnswersException">The answers do not fit <paramref name="questionnaire"/>.</exception>
    public static string Write(AnswerSet answers, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        questionnaire.Validate(answers);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("questionnaire", answers.QuestionnaireVersion);
            writer.WriteStartObject("answers");
            foreach (var (id, answer) in answers.Answers)
            {
                writer.WritePropertyName(id);
                WriteAnswer(writer, answer, questionnaire.Find(id)!.Type);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static JsonDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AssessmentAnswersException(null, $"The answers are not valid JSON: {e.Message}", e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new AssessmentAnswersException(null, "The answers must be a JSON object.");
        }

        return document;
    }

    internal static string ReadVersion(JsonElement root) =>
        root.TryGetProperty("questionnaire", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new AssessmentAnswersException(null, "The file needs a 'questionnaire' version string, e.g. \"knee-v1\".");

    private static Answer ReadAnswer(Question question, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null || value.ValueKind == JsonValueKind.String && value.GetString() == UnknownValue)
        {
            return Answer.Unknown;
        }

        return (question.Type, value.ValueKind) switch
        {
            (AnswerType.YesNo, JsonValueKind.True) => Answer.Yes,
            (AnswerType.YesNo, JsonValueKind.False) => Answer.No,
            (AnswerType.WholeNumber, JsonValueKind.Number) when value.TryGetInt32(out var n) => Answer.WholeNumber(n),
            (AnswerType.SingleChoice, JsonValueKind.String) => Answer.Choices(value.GetString()!),
            (AnswerType.MultipleChoice, JsonValueKind.Array) => Answer.Choices(ReadCodes(question, value)),
            _ => throw new AssessmentAnswersException(question.Id,
                $"Question '{question.Id}' needs {Questionnaire.Describe(question)}; got {value.GetRawText()}."),
        };
    }

    private static string[] ReadCodes(Question question, JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new AssessmentAnswersException(question.Id, $"Question '{question.Id}' needs a list of codes; got {e.GetRawText()}."))];

    private static void WriteAnswer(Utf8JsonWriter writer, Answer answer, AnswerType type)
    {
        if (answer.IsUnknown)
        {
            writer.WriteStringValue(UnknownValue);
        }
        else if (answer.Flag is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else if (answer.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else if (type == AnswerType.SingleChoice)
        {
            writer.WriteStringValue(answer.Codes[0]);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var code in answer.Codes)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
        }
    }
}
