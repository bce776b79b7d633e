namespace Patella.Core.Assessment;

/// <summary>
/// The one exception for answers that do not fit their questionnaire: unreadable JSON, wrong
/// questionnaire version, unknown question, value of the wrong type or out of range, missing
/// Kujala item. The message names the question so a CLI or web form can point at it.
/// </summary>
public sealed class AssessmentAnswersException : Exception
{
    public AssessmentAnswersException()
    {
    }

    public AssessmentAnswersException(string message)
        : base(message)
    {
    }

    public AssessmentAnswersException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="questionId">The question at fault, or null when the whole file is.</param>
    /// <param name="message">What is wrong, naming the question.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public AssessmentAnswersException(string? questionId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        QuestionId = questionId;
    }

    /// <summary>The question (or Kujala item) at fault; null for file-level problems (version, syntax).</summary>
    public string? QuestionId { get; }
}
