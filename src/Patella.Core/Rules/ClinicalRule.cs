namespace Patella.Core.Rules;

/// <summary>
/// A rule Patella applies, named so every output can say where it came from
/// (<c>../shared/domain/clinical-rules.md</c> lists them with their sources).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>R-LOAD-10PCT</c>: <c>R-</c>, the capability, a short name. Never reused.</param>
/// <param name="Title">One line a runner understands, e.g. "No more than 10% more distance a week".</param>
/// <param name="Source">Where the rule comes from, e.g. "Seed A; Frandsen et al., BJSM 2025".</param>
public sealed record ClinicalRule(string Id, string Title, string Source);

/// <summary>How loudly a finding should be shown.</summary>
public enum Severity
{
    Info,
    Caution,
    Warning,
    /// <summary>Stop and see a clinician: red flags only.</summary>
    Refer,
}
