using Patella.Core.Rules;

namespace Patella.Core.Rehab;

/// <summary>
/// Every rule of the rehab capability with its thresholds beside it: phases and adaptation (<c>R-REHAB-</c>), the run
/// pain-monitoring rule for PFP (<c>R-RUN-PFP-</c>, shared with Today), return to run (<c>R-RTR-</c>), clearance
/// (<c>R-CLEAR-</c>) and maintenance (<c>R-MAINT-</c>). Seeds: A = 000_…, B = 001_…, C = 002_… in <c>../shared/seeds</c>;
/// "research-notes" is <c>../shared/domain/research-notes.md</c>. A threshold lives here and nowhere else.
/// </summary>
public static class RehabRules
{
    // ---- Phases (seed C's four-phase framework) ----

    /// <summary>Check-ins in a row without pain in daily life and on stairs that end phase 1. Seed C names the criterion
    /// ("no pain with walking, normal daily activities, or stair use") but no duration: 3 is a Patella convention, so one
    /// good day is not mistaken for a settled knee. Days without a check-in neither count nor break the run.</summary>
    public const int BaselinePainFreeCheckIns = 3;

    /// <summary>Exercise sessions in a row without knee pain that end phase 2 (Patella convention: one week at the
    /// 3 sessions a week of the supervised trials, research-notes §10).</summary>
    public const int PainFreeSessionsToRun = 3;

    /// <summary>Check-ins in a row with pain back in daily life or on stairs that send the runner back to phase 1 from a
    /// later phase (Patella convention: one bad day is held, two are a pattern).</summary>
    public const int BaselinePainCheckInsToRegress = 2;

    /// <summary>Fewest rehab sessions a week while in phases 1-4 (research-notes §10: 3 a week supervised, up to daily at home).</summary>
    public const int MinSessionsPerWeek = 3;

    public static ClinicalRule Phase1Exit { get; } = new("R-REHAB-PHASE-1-EXIT",
        "Phase 1 ends when walking, daily life and stairs are pain-free (3 check-ins in a row)", "Seed C, phase 1 (the count is a Patella convention)");

    public static ClinicalRule Phase2Exit { get; } = new("R-REHAB-PHASE-2-EXIT",
        "Phase 2 ends when the hip and quad protocol is done without knee pain (3 sessions in a row)", "Seed C, phase 2; research-notes §10 (3 sessions a week)");

    public static ClinicalRule Phase3Exit { get; } = new("R-REHAB-PHASE-3-EXIT",
        "Phase 3 ends when the last run/walk step (30 min continuous) has passed twice", "Seed C, phase 3; Crowell et al. 2023 (each step at least twice)");

    public static ClinicalRule RegressBaseline { get; } = new("R-REHAB-REGRESS-BASELINE",
        "Pain back in daily life or on stairs two check-ins in a row: back to phase 1", "Seed C, phase 1 is the entry criterion for everything after it (count: Patella convention)");

    public static ClinicalRule RegressRedFlag { get; } = new("R-REHAB-REGRESS-RED-FLAG",
        "Swelling or giving way: see a clinician; the plan restarts at phase 1", "Seeds A and C (red flags)");

    public static ClinicalRule RegressRuns { get; } = new("R-REHAB-REGRESS-RUNS",
        "Two runs in a row over the pain rule in phase 4: back to run/walk", "Esculier 2016 pain-monitoring rule (research-notes §3c); Crowell 2023 (do not progress)");

    // ---- Exercise adaptation ----

    /// <summary>Pain-free sessions of an exercise before its dose goes up one level (Patella convention: a week at
    /// 3 sessions a week; research-notes §10 finds trials progress weekly).</summary>
    public const int PainFreeSessionsToProgress = 3;

    /// <summary>Most sets an exercise is progressed to (research-notes §10: 3-4 sets).</summary>
    public const int MaxSets = 4;

    public static ClinicalRule ExercisePain { get; } = new("R-REHAB-EXERCISE-PAIN",
        "An exercise must not reproduce the knee pain: regress it to a less provocative variation", "Seed C, phase 2 (\"if they do, regress to less provocative variations\")");

    public static ClinicalRule ProgressDose { get; } = new("R-REHAB-PROGRESS-DOSE",
        "Three pain-free sessions: the dose goes up (top of the range, then one more set, at most 4)", "research-notes §10 (3-4 sets; weekly progression); count: Patella convention");

    public static ClinicalRule HipFirst { get; } = new("R-REHAB-HIP-FIRST",
        "Hip work first in every session", "Seed C (\"the priority\"); 2025 meta-analysis PubMed 39934098 (hip + knee beats knee alone); Dolak 2011");

    public static ClinicalRule Sessions { get; } = new("R-REHAB-SESSIONS",
        "At least 3 exercise sessions a week; daily is fine", "research-notes §10 (3 a week supervised, daily or 5 a week at home)");

    public static ClinicalRule CutDistance { get; } = new("R-REHAB-CUT-DISTANCE",
        "A temporary cut in running distance while the knee settles", "Seed A (worked example: temporary reduction in running distance); seed C (a two-week pull-back beats months off)");

    public static ClinicalRule Cadence { get; } = new("R-REHAB-CADENCE",
        "Raise your step rate 5-10% when running again", "Seeds A and C; Heiderscheit 2011, Lenhart 2014 (+10% step rate, -14% patellofemoral force); PubMed 28476901");

    // ---- Pain monitoring on runs (PFP) ----

    /// <summary>Highest pain allowed while running, 0-10 (Esculier et al. 2016, PMC4702381, research-notes §3c): 2/10.</summary>
    public const int PfpMaxPainDuringRun = 2;

    /// <summary>Minutes after a run within which pain must be back to the pre-run level (Esculier 2016). The check-in's
    /// "pain after" is rated at this point.</summary>
    public const int PfpSettleMinutes = 60;

    /// <summary>Absolute ceiling during a run, 0-10: the Silbernagel model's 5/10 (Achilles, research-notes §3c), kept only
    /// as a ceiling above which a run is never suggested the next day.</summary>
    public const int PainCeiling = 5;

    public static ClinicalRule PfpPain2 { get; } = new("R-RUN-PFP-PAIN-2",
        "Pain while running at most 2/10", "Esculier et al. 2016 (PMC4702381), research-notes §3c; seed A (mild and not worsening)");

    public static ClinicalRule Pfp60Min { get; } = new("R-RUN-PFP-60MIN",
        "Pain back to the pre-run level within 60 minutes", "Esculier et al. 2016 (PMC4702381), research-notes §3c");

    public static ClinicalRule PfpNextMorning { get; } = new("R-RUN-PFP-NEXT-MORNING",
        "No more pain the next morning than before the run", "Esculier et al. 2016; seed C phase 3 (no increased soreness next morning); seed A (settles within 24 h)");

    // ---- Return to run ----

    public static ClinicalRule Ladder { get; } = new("R-RTR-LADDER",
        "Run/walk from 1 min run : 1 min walk, shifting the ratio step by step to 30 min continuous",
        "Seed C (1:1 start); step list: Patella convention ending at 30 min continuous like OSU (research-notes §9)");

    public static ClinicalRule StepPass { get; } = new("R-RTR-STEP-PASS",
        "A run/walk session passes with pain at most 2/10, settled within 60 min, no more soreness next morning, no swelling or stiffness",
        "Seed C phase 3; Esculier 2016 (research-notes §3c); Crowell 2023 (research-notes §9)");

    /// <summary>Passed sessions needed at a step before moving on (Crowell et al. 2023, Table 1: "at least twice").</summary>
    public const int PassesPerStep = 2;

    public static ClinicalRule StepTwice { get; } = new("R-RTR-TWICE",
        "Each run/walk step done at least twice before moving on", "Crowell et al. 2023, Trials (research-notes §9)");

    public static ClinicalRule StepBack { get; } = new("R-RTR-STEP-BACK",
        "A session over the pain rule: back one step", "Esculier 2016 (modify the run); seed C phase 2-3 (regress)");

    public static ClinicalRule HoldStiffness { get; } = new("R-RTR-HOLD",
        "Stiffness or a changed stride after a session: stay on the step", "Crowell et al. 2023 (no progress with swelling, stiffness or more pain)");

    /// <summary>Days from one run to the next while returning (phases 3-4): at least one rest day between (Crowell 2023; OSU
    /// guideline, research-notes §9). Kept through phase 4 so the 10% rule grows from the ladder's three to four runs a week.</summary>
    public const int DaysBetweenRuns = 2;

    public static ClinicalRule RestDay { get; } = new("R-RTR-REST-DAY",
        "While returning (phases 3-4): at least one rest day between runs", "Crowell et al. 2023; OSU return-to-running guideline (research-notes §9)");

    public static ClinicalRule FlatOnly { get; } = new("R-RTR-FLAT",
        "Flat ground only until 2-3 pain-free weeks at flat volume", "Seed C phase 4; Crowell 2023 (level surfaces, no hills)");

    public static ClinicalRule NoTempo { get; } = new("R-RTR-NO-TEMPO",
        "Easy running only: no tempo or intervals until the base is solid (cleared and 3 pain-free flat weeks)", "Seed C phase 4 (the definition of solid is a Patella convention; OSU waits for 50-60% of former volume)");

    public static ClinicalRule Volume { get; } = new("R-RTR-10PCT",
        "Phase 4: volume grows by at most 10% a week from the 30-minute run", "Seeds B and C (the 10% rule); see R-LOAD-10PCT for the weekly check on your runs");

    /// <summary>Weekly growth of the easy run in phase 4 (seed C: the 10% rule; same number as the load engine's).</summary>
    public const double WeeklyGrowth = Load.LoadRules.TenPercentMaxGrowth;

    // ---- Clearance and maintenance ----

    /// <summary>Single-leg squats in the clearance test (seed C).</summary>
    public const int ClearanceSquats = 20;

    /// <summary>Shortest easy run for clearance, minutes (seed C: 20-30 min).</summary>
    public const int ClearanceRunMinMinutes = 20;

    /// <summary>Longest easy run the clearance test asks for, minutes (seed C: 20-30 min).</summary>
    public const int ClearanceRunMaxMinutes = 30;

    /// <summary>Lowest limb symmetry index that passes, percent: seed C's lenient end (within 15%).</summary>
    public const double LsiPassPercent = 85.0;

    /// <summary>Limb symmetry index at or above which both ends of seed C's 10-15% pass, percent.</summary>
    public const double LsiStrictPercent = 90.0;

    public const string LsiCaveat =
        "The 10-15% symmetry limit is a convention from ACL rehabilitation, not validated for runner's knee; healthy people " +
        "vary by ±9-24% between legs, and a weak uninvolved leg can make the index look better than recovery is (research-notes §3j).";

    public static ClinicalRule ClearSquat { get; } = new("R-CLEAR-SINGLE-LEG-SQUAT",
        "20 single-leg squats without pain or excessive knee valgus", "Seed C (criteria for full clearance); no validated valgus cut-off (research-notes §3j)");

    public static ClinicalRule ClearStairs { get; } = new("R-CLEAR-STAIRS",
        "Stair descent without pain", "Seed C (criteria for full clearance)");

    public static ClinicalRule ClearRun { get; } = new("R-CLEAR-EASY-RUN",
        "20-30 min easy run without pain during or the next morning", "Seed C (criteria for full clearance)");

    public static ClinicalRule ClearSymmetry { get; } = new("R-CLEAR-LSI",
        "Leg strength symmetric within 10-15% (an ACL convention)", "Seed C; LSI = involved / uninvolved × 100 (Gokeler 2017); ACL-derived, not validated for PFP (research-notes §3j)");

    public static ClinicalRule ClearFull { get; } = new("R-CLEAR-FULL",
        "Full clearance only when all four tests pass", "Seed C (criteria for full clearance)");

    /// <summary>Hip-strength sessions a week after clearance (seed C: "two sessions per week is enough").</summary>
    public const int MaintenanceSessionsPerWeek = 2;

    public static ClinicalRule MaintainHips { get; } = new("R-MAINT-HIP-2X",
        "After clearance: two hip-strength sessions a week, for good", "Seed C (maintenance after recovery; prevention)");

    /// <summary>Every rule above, for lists and documentation.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
    [
        Phase1Exit, Phase2Exit, Phase3Exit, RegressBaseline, RegressRedFlag, RegressRuns, ExercisePain, ProgressDose, HipFirst, Sessions,
        CutDistance, Cadence, PfpPain2, Pfp60Min, PfpNextMorning, Ladder, StepPass, StepTwice, StepBack, HoldStiffness, RestDay, FlatOnly,
        NoTempo, Volume, ClearSquat, ClearStairs, ClearRun, ClearSymmetry, ClearFull, MaintainHips,
    ];
}
