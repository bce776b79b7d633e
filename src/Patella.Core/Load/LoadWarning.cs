using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>One finding: which rule fired, how loudly, on what numbers, what to do, and where the rule comes from.</summary>
/// <param name="Message">What happened, with the numbers, in the runner's unit.</param>
/// <param name="Figures">The numbers that fired it, for scripts and the web.</param>
/// <param name="Advice">What to do about it.</param>
/// <param name="Date">The day or week start it is about.</param>
/// <param name="ActivityId">The run it is about, when it is about one run.</param>
public sealed record LoadWarning(
    string RuleId,
    string RuleTitle,
    Severity Severity,
    string Message,
    IReadOnlyList<LoadFigure> Figures,
    string Advice,
    string Source,
    DateOnly? Date = null,
    long? ActivityId = null)
{
    internal static LoadWarning Of(ClinicalRule rule, Severity severity, string message, IReadOnlyList<LoadFigure> figures, string advice, DateOnly? date = null, long? activityId = null) =>
        new(rule.Id, rule.Title, severity, message, figures, advice, rule.Source, date, activityId);
}
