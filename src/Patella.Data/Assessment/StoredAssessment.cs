using Patella.Core.Assessment;

namespace Patella.Data.Assessment;

/// <summary>
/// One knee assessment as stored: the answers exactly as <see cref="AnswerSetJson.Write"/> gives
/// them with their questionnaire version (so they stay readable when the questionnaire changes),
/// and the result fields worth querying. The full result is not stored: it is recomputed from
/// the answers by the assessor of that version.
/// </summary>
public sealed class StoredAssessment
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>When the runner finished the questionnaire, UTC.</summary>
    public DateTime TakenUtc { get; set; }

    /// <summary>e.g. <c>knee-v1</c>.</summary>
    public string QuestionnaireVersion { get; set; } = "";

    /// <summary>The answer file, as <see cref="AnswerSetJson.Write"/> wrote it.</summary>
    public string AnswersJson { get; set; } = "";

    /// <summary>Any red flag fired: refer, no running.</summary>
    public bool ReferralNeeded { get; set; }

    /// <summary>The most urgent red flag's urgency; null without red flags.</summary>
    public Urgency? ReferralUrgency { get; set; }

    /// <summary>The one condition that clearly fit best; null when none was singled out.</summary>
    public KneeCondition? LikelyCondition { get; set; }

    /// <summary>PFPS stage; null when a red flag stood or PFPS was not the best fit.</summary>
    public PfpsStage? Stage { get; set; }
}
