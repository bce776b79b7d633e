using Patella.Core.Assessment;
using Patella.Data.Assessment;

namespace Patella.Cli.Assessment;

/// <summary>
/// The <c>assess --json</c> document: the stored assessment's id and questionnaire version, then
/// <c>redFlags[]</c> (most urgent first), <c>conditions[]</c> (best fit first), <c>stage</c>,
/// <c>factors[]</c>, each with its <c>ruleId</c>; then the summary and the disclaimer.
/// </summary>
/// <param name="AssessmentId">The stored row's id.</param>
/// <param name="TakenUtc">When it was answered, UTC.</param>
/// <param name="QuestionnaireVersion">e.g. <c>knee-v1</c>.</param>
/// <param name="ReferralNeeded">Any red flag fired: see a clinician, no self-management.</param>
/// <param name="ReferralUrgency">The most urgent red flag's urgency; null without red flags.</param>
/// <param name="RunningBlocked">No run may be allowed while a red flag stands.</param>
/// <param name="LikelyCondition">The one condition that clearly fits best; null when the answers do not single one out.</param>
/// <param name="RunDataUsed">Whether facts from the runner's imported runs went into the factors.</param>
/// <param name="MissingAnswers">Question ids not answered.</param>
/// <param name="UnknownAnswers">Question ids answered "unknown".</param>
public sealed record AssessmentView(
    long AssessmentId,
    DateTime TakenUtc,
    string QuestionnaireVersion,
    bool ReferralNeeded,
    Urgency? ReferralUrgency,
    bool RunningBlocked,
    IReadOnlyList<RedFlagView> RedFlags,
    KneeCondition? LikelyCondition,
    IReadOnlyList<ConditionView> Conditions,
    StageView? Stage,
    IReadOnlyList<FactorView> Factors,
    bool RunDataUsed,
    IReadOnlyList<string> MissingAnswers,
    IReadOnlyList<string> UnknownAnswers,
    string Summary,
    string Disclaimer)
{
    public static AssessmentView From(StoredAssessment stored, AssessmentResult result, bool runDataUsed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(result);
        return new AssessmentView(
            stored.Id,
            stored.TakenUtc,
            result.QuestionnaireVersion,
            result.ReferralNeeded,
            result.ReferralUrgency,
            result.RunningBlocked,
            [.. result.RedFlags.Select(f => new RedFlagView(f.RuleId, f.Rule.Title, f.Urgency, f.Action, f.Evidence, f.Rule.Source))],
            result.LikelyCondition,
            [.. result.Conditions.Select(c => new ConditionView(c.Condition, c.Name, c.Rank, c.Likelihood, c.Score, c.Supporting, c.Opposing, c.Note, c.RuleId))],
            result.Stage is { } s
                ? new StageView(s.Stage, s.RuleId, s.Timeline?.MinWeeks, s.Timeline?.MaxWeeks, s.Timeline?.Text, s.Evidence)
                : null,
            [.. result.Factors.Select(f => new FactorView(f.RuleId, f.Rule.Title, f.Source, f.Evidence, f.Advice))],
            runDataUsed,
            result.MissingAnswers,
            result.UnknownAnswers,
            result.Summary,
            result.Disclaimer);
    }
}

/// <summary>A red flag: refer, with how fast and what to do.</summary>
public sealed record RedFlagView(string RuleId, string Title, Urgency Urgency, string Action, IReadOnlyList<string> Evidence, string Source);

/// <summary>One condition weighed. <paramref name="Rank"/> 1 fits best; equal scores share a rank.
/// <paramref name="Score"/> is a sum of design weights, not a probability.</summary>
public sealed record ConditionView(
    KneeCondition Condition,
    string Name,
    int Rank,
    Likelihood Likelihood,
    int Score,
    IReadOnlyList<string> Supporting,
    IReadOnlyList<string> Opposing,
    string? Note,
    string RuleId);

/// <summary>The PFPS stage with its expected time back to easy running, in weeks.</summary>
public sealed record StageView(
    PfpsStage Stage,
    string? RuleId,
    int? TimelineMinWeeks,
    int? TimelineMaxWeeks,
    string? Timeline,
    IReadOnlyList<string> Evidence);

/// <summary>A contributing factor with its evidence (numbers, dates or the answer) and what to change.</summary>
public sealed record FactorView(string RuleId, string Title, FactorSource Source, IReadOnlyList<string> Evidence, string Advice);
