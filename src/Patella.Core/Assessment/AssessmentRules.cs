using Patella.Core.Assessment.Kujala;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>The catalogue of every Assessment rule: red flags, conditions, stages, factors, Kujala.</summary>
public static class AssessmentRules
{
    /// <summary>All rules, ids unique: <c>R-RF-</c>, <c>R-DX-</c>, <c>R-STAGE-</c>, <c>R-FACTOR-</c>, <c>R-KUJALA-</c>.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [.. RedFlagRules.All, .. ConditionRules.All, .. PfpsStaging.All, .. FactorRules.All, .. KujalaRules.All];

    /// <summary>The rule with this id, or null.</summary>
    public static ClinicalRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
