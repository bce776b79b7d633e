using System.Text.Json.Serialization;

namespace Patella.Core.Assessment;

/// <summary>How a question is answered. Every question also accepts "unknown".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerType>))]
public enum AnswerType
{
    /// <summary>true or false.</summary>
    YesNo,

    /// <summary>Exactly one of the question's choice codes.</summary>
    SingleChoice,

    /// <summary>Zero or more of the question's choice codes, each at most once.</summary>
    MultipleChoice,

    /// <summary>A whole number between the question's minimum and maximum, in its unit.</summary>
    WholeNumber,
}

/// <summary>One allowed answer: a stable code (stored, never reused) and the text shown.</summary>
public sealed record Choice(string Code, string Text);

/// <summary>
/// One question of a versioned questionnaire. Ids and choice codes are stable within a version;
/// changing them makes a new version, so stored answer sets stay readable.
/// </summary>
/// <param name="Id">camelCase id, used as the JSON key, e.g. <c>weeksSinceOnset</c>.</param>
/// <param name="Text">The question as a runner reads it.</param>
/// <param name="Type">How it is answered.</param>
/// <param name="Choices">Allowed codes for choice questions; empty otherwise.</param>
/// <param name="Minimum">Smallest allowed whole number (inclusive); null unless <see cref="AnswerType.WholeNumber"/>.</param>
/// <param name="Maximum">Largest allowed whole number (inclusive); null unless <see cref="AnswerType.WholeNumber"/>.</param>
/// <param name="Unit">Unit of a whole-number answer, e.g. "weeks", "years"; null otherwise.</param>
public sealed record Question(
    string Id,
    string Text,
    AnswerType Type,
    IReadOnlyList<Choice> Choices,
    int? Minimum = null,
    int? Maximum = null,
    string? Unit = null)
{
    public static Question YesNo(string id, string text) => new(id, text, AnswerType.YesNo, []);

    public static Question OneOf(string id, string text, params Choice[] choices) => new(id, text, AnswerType.SingleChoice, choices);

    public static Question AnyOf(string id, string text, params Choice[] choices) => new(id, text, AnswerType.MultipleChoice, choices);

    public static Question Number(string id, string text, int minimum, int maximum, string unit) =>
        new(id, text, AnswerType.WholeNumber, [], minimum, maximum, unit);

    /// <summary>Whether <paramref name="code"/> is one of this question's choice codes (ordinal, case-sensitive).</summary>
    public bool Allows(string code) => Choices.Any(c => c.Code == code);
}

/// <summary>A questionnaire: its version id (stored with every answer set) and its questions in order.</summary>
/// <param name="Version">e.g. <c>knee-v1</c>. Never reused for different questions.</param>
public sealed record Questionnaire(string Version, IReadOnlyList<Question> Questions)
{
    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>
    /// Checks that <paramref name="answers"/> belong to this questionnaire: same version, known
    /// questions, answers of the right type within range. Missing and unknown answers are allowed.
    /// </summary>
    /// <exception cref="AssessmentAnswersException">The first problem found, naming the question.</exception>
    public void Validate(AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.QuestionnaireVersion != Version)
        {
            throw new AssessmentAnswersException(null,
                $"Answers are for questionnaire '{answers.QuestionnaireVersion}', but this is '{Version}'.");
        }

        foreach (var (id, answer) in answers.Answers)
        {
            var question = Find(id) ?? throw new AssessmentAnswersException(id, $"Unknown question '{id}' in questionnaire '{Version}'.");
            Check(question, answer);
        }
    }

    private static void Check(Question question, Answer answer)
    {
        if (answer.IsUnknown)
        {
            return;
        }

        var ok = question.Type switch
        {
            AnswerType.YesNo => answer.Flag is not null,
            AnswerType.WholeNumber => answer.Number is not null,
            AnswerType.SingleChoice => answer.Codes.Count == 1 && answer.Flag is null && answer.Number is null,
            AnswerType.MultipleChoice => answer.Flag is null && answer.Number is null,
            _ => false,
        };
        if (!ok)
        {
            throw new AssessmentAnswersException(question.Id, $"Question '{question.Id}' needs {Describe(question)}.");
        }

        if (answer.Number is { } n && (n < question.Minimum || n > question.Maximum))
        {
            throw new AssessmentAnswersException(question.Id,
                $"Question '{question.Id}': {n} is out of range {question.Minimum}-{question.Maximum} {question.Unit}.");
        }

        foreach (var code in answer.Codes)
        {
            if (!question.Allows(code))
            {
                throw new AssessmentAnswersException(question.Id,
                    $"Question '{question.Id}': '{code}' is not an allowed value; allowed: {string.Join(", ", question.Choices.Select(c => c.Code))}.");
            }
        }

        if (answer.Codes.Distinct(StringComparer.Ordinal).Count() != answer.Codes.Count)
        {
            throw new AssessmentAnswersException(question.Id, $"Question '{question.Id}' lists a value twice.");
        }
    }

    /// <summary>What a question accepts, for error messages.</summary>
    internal static string Describe(Question question) => question.Type switch
    {
        AnswerType.YesNo => "true, false or \"unknown\"",
        AnswerType.WholeNumber => $"a whole number of {question.Unit} from {question.Minimum} to {question.Maximum}, or \"unknown\"",
        AnswerType.SingleChoice => $"one of {string.Join(", ", question.Choices.Select(c => c.Code))}, or \"unknown\"",
        _ => $"a list of {string.Join(", ", question.Choices.Select(c => c.Code))}, or \"unknown\"",
    };
}
