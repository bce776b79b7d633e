using Patella.Core.Assessment;
using static Patella.Core.Rehab.RehabPhase;

namespace Patella.Core.Rehab;

/// <summary>
/// The plan's advice as data, each claim with its source: relative rest, cross-training, adjuncts, what to avoid, the
/// short education part, and the training changes the assessment calls for. Which items show depends on the phase and
/// the assessment's contributing factors.
/// </summary>
public static class RehabAdvice
{
    private const string SeedC = "Seed C (runner's knee treatment methods)";

    public static IReadOnlyList<PlanAdvice> RelativeRest { get; } =
    [
        new("RR-CUT-PROVOKERS", "Cut what brings the pain on: downhill running, stairs, squatting. Not stopping everything: adjusting.", "Clinical practice; keeps you moving without loading the kneecap at the angles that hurt", SeedC),
    ];

    public static IReadOnlyList<PlanAdvice> CrossTraining { get; } =
    [
        new("XT-SWIM", "Swimming", "Keeps fitness without loading the kneecap joint", SeedC),
        new("XT-POOL-RUN", "Pool running", "Keeps running fitness without impact", SeedC),
        new("XT-BIKE", "Cycling", "Keeps fitness; stop if it brings the knee pain on", SeedC),
        new("XT-ELLIPTICAL", "Elliptical", "Keeps fitness with less impact than running", SeedC),
    ];

    private static readonly PlanAdvice Ice = new("ADJ-ICE", "Ice 15-20 minutes after activity while the knee is irritable.",
        "Symptom relief only, not a treatment: it keeps pain low enough to do the exercises", SeedC);

    private static readonly PlanAdvice Nsaids = new("ADJ-NSAID", "Short-term anti-inflammatories (ibuprofen, naproxen) may lower the baseline so rehab is possible. Never to train through pain.",
        "Short term only; ask a pharmacist or doctor whether they suit you", SeedC);

    private static readonly PlanAdvice Orthoses = new("ADJ-ORTHOSES", "Semi-rigid prefabricated insoles with arch support: your assessment found flat or pronated feet.",
        "Meta-analysis PMC9204664: meaningful pain reduction, mainly with pronated feet; 2018 consensus: short-term pain relief appropriate (research-notes §3e)",
        "Seed C; research-notes §3e");

    private static readonly PlanAdvice Taping = new("ADJ-TAPING", "Patellar (McConnell) taping for short-term relief, to make the exercises possible.",
        "Short-term only; the 2018 consensus rates taping for pain relief as uncertain (research-notes §3e)", "Seed C; research-notes §3e");

    private static readonly PlanAdvice CadenceAdjunct = new("ADJ-CADENCE", "When you run: step rate up 5-10% and land closer under your body. A metronome is enough.",
        "RCT PubMed 28476901 (gait retraining + exercise beat education alone); Lenhart 2014: +10% step rate, -14% patellofemoral force",
        "Seeds A and C; research-notes §3f");

    /// <summary>Education from the seeds, each claim with its source.</summary>
    public static IReadOnlyList<PlanAdvice> Education { get; } =
    [
        new("EDU-REST-ALONE", "Rest alone rarely fixes runner's knee: strength work and load changes do.", "Hip and knee strengthening reduces pain (2025 meta-analysis PubMed 39934098)", "Seed A (why rest alone doesn't fix it); seed B"),
        new("EDU-PAIN-NOT-DAMAGE", "Pain does not mean damage, but pain without correction means it persists.", "The seeds' account of load control", "Seed A"),
        new("EDU-PASSIVE", "Passive treatments alone (shockwave, laser, dry needling) are not worth relying on: without the exercises results are poor.", "Limited evidence", "Seed B"),
        new("EDU-CORTISONE", "Cortisone injections help only briefly and may delay proper rehab.", "Short-lived benefit", "Seed B"),
        new("EDU-SURGERY", "Surgery only after 12 months or more of good conservative care has failed: exercise matched arthroscopy at five years.", "PubMed 21357578 (5-year follow-up); keyhole surgery no better than physiotherapy", "Seed C; seed B"),
        new("EDU-TIMELINE", "Caught early, most runners run easily again in 4-8 weeks; long-neglected knees take 3-12 months.", "Seed A 4-6, seed B 6-8, seed C 4-8 weeks", "Seeds A, B, C"),
        new("EDU-PULL-BACK", "A two-week pull-back at the first sign beats months off.", "Clinical experience", "Seed C"),
        new("EDU-KEEP-HIPS", "Keep the hip work for good: runners who drop it come back with the same knee.", "Clinical experience", "Seed C (maintenance after recovery)"),
    ];

    /// <summary>The adjuncts for the phase: ice, anti-inflammatories and taping while the knee is irritable (phases 1-2,
    /// taping through 3), orthoses only with pronated feet, cadence once running.</summary>
    public static IReadOnlyList<PlanAdvice> Adjuncts(RehabPhase phase, AssessmentResult? assessment)
    {
        var list = new List<PlanAdvice>();
        if (phase <= PainFreeExercise)
        {
            list.Add(Ice);
            list.Add(Nsaids);
        }

        if (phase <= RunWalk)
        {
            list.Add(Taping);
        }

        if (Has(assessment, "R-FACTOR-PRONATION"))
        {
            list.Add(Orthoses);
        }

        if (phase >= RunWalk)
        {
            list.Add(CadenceAdjunct);
        }

        return list;
    }

    /// <summary>What to avoid now.</summary>
    public static IReadOnlyList<PlanAdvice> Avoid(RehabPhase phase, bool downhillAllowed, bool tempoAllowed)
    {
        var list = new List<PlanAdvice>();
        if (phase <= PainFreeExercise)
        {
            list.Add(new("AV-DEEP-SQUAT", "Deep squats and lunges, until pain is controlled and the hips are stronger.", "They greatly raise kneecap compression", "Seed C"));
        }

        if (!downhillAllowed)
        {
            list.Add(new(RehabRules.FlatOnly.Id, "Downhill running and running stairs: flat ground only.", "Descents are the main kneecap load", RehabRules.FlatOnly.Source));
        }

        if (!tempoAllowed)
        {
            list.Add(new(RehabRules.NoTempo.Id, "Tempo runs, intervals and track sessions.", "Speed work during pain delays recovery", RehabRules.NoTempo.Source + "; seed A"));
        }

        list.Add(new("AV-THROUGH-PAIN", "Running through pain that rises, or on painkillers.", "Pain without correction means persistence", "Seeds A and C"));
        if (phase < Maintenance)
        {
            list.Add(new("AV-FULL-MILEAGE", "Going straight back to full mileage.", "A common mistake that delays recovery", "Seed A"));
        }

        return list;
    }

    /// <summary>Training changes: the temporary distance cut (phases 1-3), hip work first when the assessment found weak
    /// hip control, and the cadence change once running; each with the runner's own numbers when the assessment has them.</summary>
    public static IReadOnlyList<PlanAdvice> TrainingChanges(RehabPhase phase, AssessmentResult? assessment)
    {
        var list = new List<PlanAdvice>();
        if (phase <= RunWalk)
        {
            var load = Evidence(assessment, "R-FACTOR-MILEAGE-JUMP", "R-FACTOR-RUN-SPIKE");
            list.Add(new(RehabRules.CutDistance.Id,
                "Running distance is cut for now: none in phases 1-2, run/walk in phase 3; the build-up comes back by the 10% rule.",
                load.Length > 0 ? "Your runs: " + load : "Keeps load below what the knee can take while it settles", RehabRules.CutDistance.Source));
        }

        var hips = Evidence(assessment, "R-FACTOR-HIP-CONTROL");
        if (hips.Length > 0)
        {
            list.Add(new(RehabRules.HipFirst.Id, "Glute and hip work comes first in every session.", "Your assessment: " + hips, RehabRules.HipFirst.Source));
        }

        var cadence = Evidence(assessment, "R-FACTOR-LOW-CADENCE");
        list.Add(new(RehabRules.Cadence.Id,
            phase >= RunWalk ? "Run with a slightly higher step rate: +5-10% over your usual, in small steps (see `patella cadence`)." : "When running starts again: a slightly higher step rate, +5-10%.",
            cadence.Length > 0 ? "Your runs: " + cadence : "Lowers patellofemoral load", RehabRules.Cadence.Source));
        return list;
    }

    private static bool Has(AssessmentResult? a, string ruleId) => a?.Factors.Any(f => f.RuleId == ruleId) == true;

    private static string Evidence(AssessmentResult? a, params string[] ruleIds) =>
        a is null ? "" : string.Join("; ", a.Factors.Where(f => ruleIds.Contains(f.RuleId)).Select(f => $"{f.Rule.Title} ({string.Join(", ", f.Evidence)})"));
}
