namespace Patella.Core.Assessment;

/// <summary>
/// One answer: unknown ("I don't know"), a yes/no flag, choice codes, or a whole number. Which of
/// these is valid depends on the question (<see cref="Questionnaire.Validate"/>). A question that
/// is simply not in the <see cref="AnswerSet"/> is "missing", which is different from unknown.
/// </summary>
public sealed record Answer
{
    private Answer(bool isUnknown, bool? flag, IReadOnlyList<string> codes, int? number)
    {
        IsUnknown = isUnknown;
        Flag = flag;
        Codes = codes;
        Number = number;
    }

    /// <summary>The runner said they do not know.</summary>
    public bool IsUnknown { get; }

    /// <summary>The yes/no answer; null for other kinds.</summary>
    public bool? Flag { get; }

    /// <summary>Chosen codes: one for a single choice, any number (none included) for a multiple choice.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The whole-number answer in the question's unit; null for other kinds.</summary>
    public int? Number { get; }

    public static Answer Unknown { get; } = new(true, null, [], null);

    public static Answer Yes { get; } = new(false, true, [], null);

    public static Answer No { get; } = new(false, false, [], null);

    public static Answer FromFlag(bool flag) => flag ? Yes : No;

    /// <summary>One code (single choice) or several (multiple choice); an empty call means "none of these".</summary>
    public static Answer Choices(params string[] codes) => new(false, null, [.. codes], null);

    public static Answer WholeNumber(int value) => new(false, null, [], value);
}

/// <summary>
/// The answers to one questionnaire version, keyed by question id. Questions may be missing.
/// Validate with <see cref="Questionnaire.Validate"/> (the assessor and the JSON reader do).
/// </summary>
/// <param name="QuestionnaireVersion">e.g. <c>knee-v1</c>; stored with the answers.</param>
/// <param name="Answers">Question id → answer; ordinal keys.</param>
public sealed record AnswerSet(string QuestionnaireVersion, IReadOnlyDictionary<string, Answer> Answers);
