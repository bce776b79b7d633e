using System.Globalization;
using Patella.Core.Assessment;

namespace Patella.Web.Assessment;

/// <summary>
/// The knee-v1 questionnaire in three steps for the browser, warning signs first. Each step is a form posting to the
/// next with the answers so far carried in one hidden field (<see cref="AnswerSetJson"/>, read back and validated on
/// every step), so nothing is stored until the last step assesses and stores the whole set.
/// </summary>
public static class AssessmentWizard
{
    /// <summary>Step 1: the red-flag questions (refer first) and how it started.</summary>
    public static IReadOnlyList<string> WarningSigns { get; } =
    [
        KneeQuestions.Swelling, KneeQuestions.GivingWay, KneeQuestions.LockingOrCatching, KneeQuestions.FeverOrHotRedJoint,
        KneeQuestions.CanBearWeight, KneeQuestions.Onset, KneeQuestions.Limping,
    ];

    /// <summary>Step 2: the pain itself.</summary>
    public static IReadOnlyList<string> ThePain { get; } =
    [
        KneeQuestions.PainLocation, KneeQuestions.PainPointSpecific, KneeQuestions.Side, KneeQuestions.PainTriggers, KneeQuestions.PainTiming,
        KneeQuestions.PainCourse, KneeQuestions.PainAfterRun, KneeQuestions.WeeksSinceOnset, KneeQuestions.ClickingOrGrinding,
        KneeQuestions.HipPainOnTurning, KneeQuestions.MorningStiffness,
    ];

    /// <summary>The steps: title and questions; the last holds every question the first two do not.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<Question> Questions)> Steps { get; } =
    [
        ("Warning signs", [.. WarningSigns.Select(Find)]),
        ("The pain", [.. ThePain.Select(Find)]),
        ("You and your training", [.. KneeQuestionnaire.V1.Questions.Where(q => !WarningSigns.Contains(q.Id) && !ThePain.Contains(q.Id))]),
    ];

    /// <summary>The "don't know" value every question accepts.</summary>
    public const string Unknown = AnswerSetJson.UnknownValue;

    /// <summary>The form field a step's Back button sets to <see cref="Back"/>; absent for Next.</summary>
    public const string DirectionField = "direction";

    /// <summary>The value of <see cref="DirectionField"/> that goes one step back.</summary>
    public const string Back = "back";

    /// <summary>
    /// Back from <paramref name="step"/>: the step before, with this step's answers kept as well when they are valid (so
    /// coming forward again shows them); a value the question does not accept is dropped rather than blocking the way back.
    /// </summary>
    public static (int Step, AnswerSet Answers) Previous(AnswerSet carried, int step, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(carried);
        AnswerSet answers;
        try
        {
            answers = With(carried, step, form);
        }
        catch (AssessmentAnswersException)
        {
            answers = carried;
        }

        return (Math.Max(1, step - 1), answers);
    }

    /// <summary>Reads the answers carried so far (empty text: none).</summary>
    /// <exception cref="AssessmentAnswersException">The hidden field was tampered with or is of another version.</exception>
    public static AnswerSet Carried(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new AnswerSet(KneeQuestionnaire.Version, new Dictionary<string, Answer>(StringComparer.Ordinal))
            : AnswerSetJson.Read(json, KneeQuestionnaire.V1);

    /// <summary>Adds one step's fields to the answers so far. A question left blank stays unanswered (missing).</summary>
    /// <exception cref="AssessmentAnswersException">A value the question does not accept; the message names the question.</exception>
    public static AnswerSet With(AnswerSet carried, int step, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(carried);
        ArgumentNullException.ThrowIfNull(form);
        var answers = new Dictionary<string, Answer>(carried.Answers, StringComparer.Ordinal);
        foreach (var q in Steps[step - 1].Questions)
        {
            var values = form[q.Id].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();
            Answer? answer = q.Type switch
            {
                _ when values.Contains(Unknown) => Answer.Unknown,

                // A shown set of tick boxes with none ticked is an answer: "none of these".
                AnswerType.MultipleChoice => Answer.Choices(values),
                _ when values.Length == 0 => null,
                AnswerType.YesNo => values[0] switch
                {
                    "yes" => Answer.Yes,
                    "no" => Answer.No,
                    var other => throw new AssessmentAnswersException(q.Id, $"'{q.Text}': '{other}' is not yes, no or don't know."),
                },
                AnswerType.WholeNumber => int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                    ? Answer.WholeNumber(n)
                    : throw new AssessmentAnswersException(q.Id, $"'{q.Text}': '{values[0]}' is not a whole number."),
                _ => Answer.Choices(values),
            };
            if (answer is not null)
            {
                answers[q.Id] = answer;
            }
            else
            {
                answers.Remove(q.Id);
            }
        }

        var set = new AnswerSet(KneeQuestionnaire.Version, answers);
        KneeQuestionnaire.V1.Validate(set);
        return set;
    }

    /// <summary>The question's text for an error, by id.</summary>
    public static string TextOf(string? id) => id is not null && KneeQuestionnaire.V1.Find(id) is { } q ? q.Text : "The answers";

    private static Question Find(string id) => KneeQuestionnaire.V1.Find(id) ?? throw new InvalidOperationException($"knee-v1 has no question {id}");
}
