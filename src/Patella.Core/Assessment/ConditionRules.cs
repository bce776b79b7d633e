using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>
/// The differential of clinical-rules.md and research-notes §3h as rules, with the thresholds
/// that turn feature points into a ranking. Feature points (in <see cref="ConditionScoring"/>) are
/// Patella's design weights, not published likelihood ratios: the notes warn against encoding
/// fixed test accuracies, so the output names the features and never a probability.
/// </summary>
public static class ConditionRules
{
    /// <summary>Smallest score for <see cref="Likelihood.Likely"/> [design]: a location feature plus at least two typical features.</summary>
    public const int LikelyMinScore = 6;

    /// <summary>Points the leading condition must be ahead of the next for <see cref="Likelihood.Likely"/> [design];
    /// otherwise no single label is given.</summary>
    public const int LikelyMinLeadPoints = 3;

    /// <summary>Smallest score for <see cref="Likelihood.Possible"/> [design].</summary>
    public const int PossibleMinScore = 2;

    /// <summary>PFPS is typical in adolescents and adults under 60 (research-notes §3h).</summary>
    public const int PfpsTypicalMaxAgeYears = 60;

    /// <summary>NICE NG226 1.1.1: osteoarthritis is diagnosed clinically from age 45.</summary>
    public const int OsteoarthritisMinAgeYears = 45;

    /// <summary>Patellar tendinopathy is typical at 15-30 years (research-notes §3h, Malliaras et al. JOSPT 2015).</summary>
    public const int TendinopathyTypicalMinAgeYears = 15;

    /// <summary>Upper end of the typical patellar tendinopathy age range.</summary>
    public const int TendinopathyTypicalMaxAgeYears = 30;

    /// <summary>Meniscal tears under 40 are usually traumatic, from 40 often degenerative (research-notes §3h).</summary>
    public const int DegenerativeMeniscusMinAgeYears = 40;

    /// <summary>Most points the loading triggers (squat, stairs, sitting...) add to PFPS [design], so ticking
    /// every box cannot outweigh where the pain is.</summary>
    public const int PfpsTriggerPointsCap = 4;

    public static ClinicalRule Pfps { get; } = new("R-DX-PFPS",
        "Patellofemoral pain: diffuse ache around or behind the kneecap, worse on squats, stairs, downhill, long sitting; a diagnosis of exclusion",
        "Seed C; JOSPT CPG 2019 (Willy et al.); research-notes §3h");

    public static ClinicalRule ItbSyndrome { get; } = new("R-DX-ITBS",
        "Iliotibial band syndrome: pain on the outer side of the knee, worse late in runs and downhill",
        "Seeds B and C; BMJ Best Practice 587 (research-notes §3h)");

    public static ClinicalRule PatellarTendinopathy { get; } = new("R-DX-PATELLAR-TENDINOPATHY",
        "Patellar tendinopathy: point-specific pain below the kneecap, worse on jumping and landing",
        "Seeds B and C; Malliaras et al., JOSPT 2015 (research-notes §3h)");

    public static ClinicalRule QuadricepsTendinopathy { get; } = new("R-DX-QUADRICEPS-TENDINOPATHY",
        "Quadriceps tendinopathy: pain just above the kneecap", "Seed B");

    public static ClinicalRule Osteoarthritis { get; } = new("R-DX-OA",
        "Osteoarthritis: activity-related pain from age 45, morning stiffness none or up to 30 minutes",
        "Seed C; NICE NG226 1.1.1 (research-notes §3h)");

    public static ClinicalRule JointInjury { get; } = new("R-DX-JOINT-INJURY",
        "Meniscal or other joint injury: twist or blow at onset, joint-line pain, catching or locking, swelling, giving way",
        "research-notes §3h (meniscal tear); NHS knee red flags (§3g)");

    /// <summary>Every condition rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [Pfps, ItbSyndrome, PatellarTendinopathy, QuadricepsTendinopathy, Osteoarthritis, JointInjury];

    /// <summary>Said with every PFPS result (seed C; JOSPT CPG 2019 criterion 3).</summary>
    public const string PfpsExclusionNote =
        "PFPS is a diagnosis of exclusion: a clinician confirms it by ruling out the other causes of front-of-knee pain.";
}
