using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>The conditions the assessment weighs (clinical-rules.md "Conditions and how they differ").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KneeCondition>))]
public enum KneeCondition
{
    /// <summary>Patellofemoral pain syndrome (runner's knee).</summary>
    Pfps,
    ItbSyndrome,
    PatellarTendinopathy,
    QuadricepsTendinopathy,
    Osteoarthritis,

    /// <summary>Meniscal tear or another joint injury (ligament, cartilage).</summary>
    JointInjury,
}

/// <summary>How well the answers fit a condition. At most one condition is <see cref="Likely"/>, and only when it clearly leads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Likelihood>))]
public enum Likelihood
{
    Unlikely,
    Possible,

    /// <summary>The answers fit this condition clearly better than any other (still not a diagnosis).</summary>
    Likely,
}

/// <summary>
/// One condition weighed against the answers.
/// </summary>
/// <param name="Condition">Which condition.</param>
/// <param name="Name">Its name for a runner, e.g. "Patellofemoral pain syndrome (runner's knee)".</param>
/// <param name="Rank">1 = fits best. Conditions with equal scores share a rank, so a tie is visible.</param>
/// <param name="Likelihood">Likely, possible or unlikely (thresholds in <see cref="ConditionRules"/>).</param>
/// <param name="Score">Sum of the feature points (design weights, not a probability); may be negative.</param>
/// <param name="Supporting">Answers that fit this condition, in words.</param>
/// <param name="Opposing">Answers that speak against it, in words.</param>
/// <param name="Note">What to keep in mind, e.g. that PFPS is a diagnosis of exclusion; null if nothing.</param>
/// <param name="Rule">The condition's rule (id, title, source).</param>
public sealed record ConditionLikelihood(
    KneeCondition Condition,
    string Name,
    int Rank,
    Likelihood Likelihood,
    int Score,
    IReadOnlyList<string> Supporting,
    IReadOnlyList<string> Opposing,
    string? Note,
    ClinicalRule Rule)
{
    /// <summary>The rule id, e.g. <c>R-DX-PFPS</c>.</summary>
    public string RuleId => Rule.Id;
}
