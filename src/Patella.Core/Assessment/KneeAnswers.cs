namespace Patella.Core.Assessment;

/// <summary>
/// A typed, read-only view of a validated <c>knee-v1</c> answer set for the rules. Unknown and
/// missing answers read as "not known" (null / false for <see cref="Has"/>): a rule never fires
/// on a question the runner did not answer.
/// </summary>
internal sealed class KneeAnswers(AnswerSet set)
{
    public AnswerSet Set { get; } = set;

    /// <summary>Yes/no answer; null when unknown or missing.</summary>
    public bool? Flag(string id) => Find(id)?.Flag;

    /// <summary>True only when the runner answered yes.</summary>
    public bool IsYes(string id) => Flag(id) == true;

    /// <summary>True only when the runner answered no.</summary>
    public bool IsNo(string id) => Flag(id) == false;

    /// <summary>Whole-number answer; null when unknown or missing.</summary>
    public int? Number(string id) => Find(id)?.Number;

    /// <summary>Whether a choice question was answered (not unknown, not missing).</summary>
    public bool Answered(string id) => Find(id) is not null;

    /// <summary>Whether the chosen codes of <paramref name="id"/> include <paramref name="code"/>.</summary>
    public bool Has(string id, string code) => Find(id)?.Codes.Contains(code) == true;

    /// <summary>Whether the chosen codes include any of <paramref name="codes"/>.</summary>
    public bool HasAny(string id, params string[] codes) => codes.Any(c => Has(id, c));

    /// <summary>The chosen codes; empty when none, unknown or missing.</summary>
    public IReadOnlyList<string> Codes(string id) => Find(id)?.Codes ?? [];

    /// <summary>Questions of the questionnaire not in the answer set, in questionnaire order.</summary>
    public IReadOnlyList<string> Missing(Questionnaire questionnaire) =>
        [.. questionnaire.Questions.Select(q => q.Id).Where(id => !Set.Answers.ContainsKey(id))];

    /// <summary>Questions answered "unknown", in questionnaire order.</summary>
    public IReadOnlyList<string> Unknown(Questionnaire questionnaire) =>
        [.. questionnaire.Questions.Select(q => q.Id).Where(id => Set.Answers.TryGetValue(id, out var a) && a.IsUnknown)];

    private Answer? Find(string id) => Set.Answers.TryGetValue(id, out var a) && !a.IsUnknown ? a : null;
}
