namespace Patella.Core.Assessment;

/// <summary>
/// What the knee assessment found. Serialises as JSON with the web defaults (camelCase):
/// <c>redFlags[]</c>, <c>conditions[]</c>, <c>stage</c>, <c>factors[]</c>, each with <c>ruleId</c>.
/// </summary>
/// <param name="QuestionnaireVersion">Version of the answers assessed, e.g. <c>knee-v1</c>.</param>
/// <param name="RedFlags">Red flags that fired, most urgent first. Any one means refer now, no self-management.</param>
/// <param name="Conditions">All conditions, best fit first, with supporting and opposing features.</param>
/// <param name="Stage">PFPS stage; null when a red flag stands, or when PFPS is not ranked first (alone or tied) or is unlikely.</param>
/// <param name="Factors">Contributing factors from the answers and the runner's runs.</param>
/// <param name="MissingAnswers">Question ids not answered at all.</param>
/// <param name="UnknownAnswers">Question ids answered "unknown".</param>
/// <param name="Summary">Plain-language summary for the runner.</param>
/// <param name="Disclaimer">Patella informs; it does not diagnose.</param>
public sealed record AssessmentResult(
    string QuestionnaireVersion,
    IReadOnlyList<RedFlag> RedFlags,
    IReadOnlyList<ConditionLikelihood> Conditions,
    StageAssessment? Stage,
    IReadOnlyList<ContributingFactor> Factors,
    IReadOnlyList<string> MissingAnswers,
    IReadOnlyList<string> UnknownAnswers,
    string Summary,
    string Disclaimer)
{
    /// <summary>True when any red flag fired: see a clinician; the result is a referral, not a self-management plan.</summary>
    public bool ReferralNeeded => RedFlags.Count > 0;

    /// <summary>The most urgent red flag's urgency; null without red flags.</summary>
    public Urgency? ReferralUrgency => RedFlags.Count > 0 ? RedFlags.Max(f => f.Urgency) : null;

    /// <summary>True while a red flag stands: no run may be allowed by any later step (Today, Rehab).
    /// False does not mean running is allowed; the daily decision makes that call.</summary>
    public bool RunningBlocked => ReferralNeeded;

    /// <summary>The one condition that clearly fits best, or null when the answers do not single one out.</summary>
    public KneeCondition? LikelyCondition => Conditions.FirstOrDefault(c => c.Likelihood == Likelihood.Likely)?.Condition;
}
