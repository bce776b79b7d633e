using Patella.Core.Rehab;
using Patella.Core.Rules;

namespace Patella.Core.Today;

/// <summary>
/// The rules of the daily decision (<c>R-RUN-</c>), with their thresholds beside them. Seed A's "can you run" rules
/// (clinical-rules.md): run when pain stays mild and does not worsen, settles within 24 h, form is unchanged and rehab
/// is being done; stop on pain rising with each mile, limping, pain lasting more than 24-48 h, swelling or instability.
/// The PFP pain-monitoring rules (<c>R-RUN-PFP-</c>) live in <see cref="RehabRules"/> because the run/walk ladder uses them too.
/// </summary>
public static class TodayRules
{
    /// <summary>Days a logged swelling or giving way keeps the answer at "refer" (Patella convention: a red flag is not
    /// cleared by one good day; the plan also restarts at phase 1).</summary>
    public const int RedFlagStandsDays = 7;

    /// <summary>Days back in which the last run's pain response still shapes today (Patella convention: older runs have
    /// already moved the run/walk step).</summary>
    public const int RecentRunDays = 3;

    /// <summary>Runs in a row with rising pain that count as "pain increases with each mile" across runs (seed A; the
    /// check-in holds each run's highest pain, not pain per mile, so a rise over three runs stands in for it).</summary>
    public const int RisingRuns = 3;

    /// <summary>Share of the planned run kept on a reduced day (Patella convention; Esculier 2016 via TREK: run shorter,
    /// slow down 10-20%, research-notes §3c).</summary>
    public const double ReducedShare = 0.75;

    public static ClinicalRule Allowed { get; } = new("R-RUN-ALLOWED",
        "Run allowed: pain mild and not worsening, settled within 24 h, form unchanged, rehab being done", "Seed A; Esculier 2016 (research-notes §3c)");

    public static ClinicalRule StopPainRising { get; } = new("R-RUN-STOP-PAIN-RISING",
        "Stop running: pain increases with each run", "Seed A (pain increases with each mile)");

    public static ClinicalRule StopLimp { get; } = new("R-RUN-STOP-LIMP",
        "Stop running: limping or a changed stride", "Seed A");

    public static ClinicalRule StopPain2448 { get; } = new("R-RUN-STOP-PAIN-24-48H",
        "Stop running: pain lasting more than 24-48 h after a run", "Seed A");

    public static ClinicalRule StopSwelling { get; } = new("R-RUN-STOP-SWELLING",
        "Stop running and see a clinician: swelling", "Seeds A and C (red flag)");

    public static ClinicalRule StopGivingWay { get; } = new("R-RUN-STOP-GIVING-WAY",
        "Stop running and see a clinician: the knee gives way", "Seeds A and C (red flag: instability)");

    public static ClinicalRule RedFlag { get; } = new("R-RUN-RED-FLAG",
        "A red flag from the assessment: refer, no running", "Seeds A and C; research-notes §3g");

    public static ClinicalRule PainCeiling { get; } = new("R-RUN-PAIN-CEILING",
        "Pain above 5/10 on the last run: no run today", "Silbernagel 2007 ceiling (Achilles), kept only as an absolute ceiling (research-notes §3c)");

    public static ClinicalRule RehabDone { get; } = new("R-RUN-REHAB-DONE",
        "Running only while the rehab exercises are being done (3 sessions in 7 days)", "Seed A (you're already doing rehab exercises); research-notes §10");

    public static ClinicalRule PhaseNoRun { get; } = new("R-RUN-PHASE",
        "No running in phases 1-2: baseline pain first, then pain-free exercise", "Seed C (four-phase return to run)");

    /// <summary>Every rule the decision applies, the shared PFP rules included.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
    [
        Allowed, StopPainRising, StopLimp, StopPain2448, StopSwelling, StopGivingWay, RedFlag, PainCeiling, RehabDone, PhaseNoRun,
        RehabRules.PfpPain2, RehabRules.Pfp60Min, RehabRules.PfpNextMorning, RehabRules.RestDay,
    ];
}
