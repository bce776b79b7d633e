using Patella.Core.Assessment;

namespace Patella.Cli.Assessment;

/// <summary>
/// An answer the assessment cites as evidence ("painTriggers: stairsDown (…)") in the words the runner was asked in
/// ("What brings the pain on? Going down stairs (…)"): the question's text and the choices' texts, as the web's wizard
/// and <c>assess template</c> show them. Evidence that is not "question: answer" is returned as it is.
/// </summary>
internal static class AnswerWords
{
    public static string Say(string evidence, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var colon = evidence.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || questionnaire.Find(evidence[..colon]) is not { } question)
        {
            return evidence;
        }

        var rest = evidence[(colon + 2)..];
        var bracket = rest.IndexOf(" (", StringComparison.Ordinal);
        var (answer, note) = bracket < 0 ? (rest, "") : (rest[..bracket], rest[bracket..]);
        var words = question.Type switch
        {
            AnswerType.YesNo => answer is "yes" or "true" ? "Yes" : answer is "no" or "false" ? "No" : answer,
            AnswerType.WholeNumber => question.Unit is { } unit ? $"{answer} {unit}" : answer,
            _ => string.Join(", ", answer.Split(", ").Select(code => question.Choices.FirstOrDefault(c => c.Code == code)?.Text ?? code)),
        };
        return $"{question.Text} {words}{note}";
    }
}
