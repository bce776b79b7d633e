using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>
/// Every rule the load engine applies, with its thresholds beside it. Seeds: A = 000_…, B = 001_…,
/// C = 002_… in <c>../shared/seeds</c>; "research-notes" is <c>../shared/domain/research-notes.md</c>.
/// A threshold lives here and nowhere else: the web and CLI show these numbers, they do not re-decide.
/// </summary>
public static class LoadRules
{
    private const string SeedsTenPercent = "Seed B (\"no more than 10% per week\"); Seed C (\"the 10% rule applies\")";

    /// <summary>Weekly distance may grow by at most 10% over the reference week.</summary>
    public static readonly ClinicalRule TenPercent = new(
        "R-LOAD-10PCT",
        "No more than 10% more distance than last week",
        SeedsTenPercent + "; Frandsen et al. BJSM 2025 found no support for it as a rule on its own (research-notes §3d)");

    /// <summary>Allowed weekly growth: 10% (seeds B and C).</summary>
    public const double TenPercentMaxGrowth = 0.10;

    /// <summary>
    /// Low-volume floor, kilometres (Patella convention, not from the sources): a week may always grow
    /// by this much, so 10% of 8 km (800 m, less than a warm-up) does not make one extra short run a
    /// "jump". Allowed = max(reference × 1.10, reference + 3 km). Above 30 km a week the 10% governs.
    /// </summary>
    public const double TenPercentFloorKilometres = 3.0;

    /// <summary>A single run much longer than the longest run of the previous 30 days.</summary>
    public static readonly ClinicalRule Spike = new(
        "R-LOAD-SPIKE",
        "No single run more than 10% longer than your longest run of the last 30 days",
        "Frandsen et al., BJSM 2025, Garmin-RUNSAFE cohort, 5,205 runners, 588,071 runs (research-notes §3d)");

    /// <summary>Days before a run's date that define its reference longest run (Frandsen 2025).</summary>
    public const int SpikeWindowDays = 30;

    /// <summary>Reference category upper bound: up to +10% over the 30-day longest run is not a spike (Frandsen 2025).</summary>
    public const double SpikeSmallFrom = 1.10;

    /// <summary>Small spike: more than +10% up to +30%; hazard rate ratio 1.64 (95% CI 1.31-2.05) (Frandsen 2025).</summary>
    public const double SpikeModerateFrom = 1.30;

    /// <summary>Moderate spike: more than +30% up to +100%; HRR 1.52 (1.16-2.00). Large: more than +100%; HRR 2.28 (1.50-3.48) (Frandsen 2025).</summary>
    public const double SpikeLargeFrom = 2.00;

    /// <summary>Frandsen 2025 hazard rate ratio for a small spike (>10-30%).</summary>
    public const double SpikeSmallHazardRatio = 1.64;

    /// <summary>Frandsen 2025 hazard rate ratio for a moderate spike (>30-100%).</summary>
    public const double SpikeModerateHazardRatio = 1.52;

    /// <summary>Frandsen 2025 hazard rate ratio for a large spike (>100%).</summary>
    public const double SpikeLargeHazardRatio = 2.28;

    /// <summary>Days back from the picture's day in which a done run's spike becomes a warning (display choice).</summary>
    public const int SpikeWarningDays = 14;

    /// <summary>Acute:chronic workload ratio, shown as a trend with its caveats.</summary>
    public static readonly ClinicalRule AcuteChronic = new(
        "R-LOAD-ACWR",
        "Acute:chronic workload ratio (a trend, not a safe band)",
        "Hulin/Gabbett BJSM 2016 (rolling coupled); Windt & Gabbett BJSM 2019 (uncoupled); Williams et al. BJSM 2017 (EWMA); criticised by Lolli 2019, Impellizzeri 2020 (research-notes §3d)");

    /// <summary>Days in the acute window (Hulin 2016; Williams 2017 N = 7).</summary>
    public const int AcuteDays = 7;

    /// <summary>Days in the chronic window (Hulin 2016; Williams 2017 N = 28). Ratios are null with less history.</summary>
    public const int ChronicDays = 28;

    /// <summary>
    /// The ratio Gabbett 2016 called a "danger zone" (≥ 1.5). Contested (Lolli 2019, Impellizzeri 2020):
    /// Patella only mentions it, as information, and never calls any band safe.
    /// </summary>
    public const double AcuteChronicContestedHigh = 1.5;

    /// <summary>Shown with every ratio.</summary>
    public const string AcuteChronicCaveat =
        "Acute:chronic ratios are descriptive trends. The 0.8-1.3 'sweet spot' and >=1.5 'danger zone' come from team sports " +
        "(Gabbett 2016) and are contested (Lolli 2019: mathematical coupling; Impellizzeri 2020: random chronic loads give " +
        "the same association). No ratio is a safe band; watch the trend and how the knee responds.";

    /// <summary>Foster's training monotony (and strain) over the last 7 days.</summary>
    public static readonly ClinicalRule Monotony = new(
        "R-LOAD-MONOTONY",
        "Vary hard and easy days: training monotony above 2.0",
        "Foster 1998; Foster et al. J Strength Cond Res 2001 (research-notes §3i)");

    /// <summary>Monotony above this is Foster's warning [S] (research-notes §3i).</summary>
    public const double MonotonyWarningAbove = 2.0;

    /// <summary>
    /// Monotony is capped at 10, and set to 10 when every day of the 7 carries the same positive load (SD = 0,
    /// the ratio is undefined but the week is as monotonous as a week can be). Runalyze's convention [V code].
    /// </summary>
    public const double MonotonyCap = 10.0;

    /// <summary>Weekly descent rising faster than the 10% rule allows.</summary>
    public static readonly ClinicalRule Downhill = new(
        "R-LOAD-DOWNHILL",
        "Build descents slowly: weekly descent up more than 10%",
        "Seed C (\"monitor your downhill running specifically… build uphill first; descents follow\"); seeds' 10% rule applied to descent (Patella convention)");

    /// <summary>
    /// Low-volume floor for descent, metres (Patella convention): a rise of up to 150 m of descent a week is
    /// never flagged, one hilly loop's worth; above that the 10% rule applies to descent.
    /// </summary>
    public const double DownhillFloorMetres = 150.0;

    /// <summary>In return to run, no downhill until pain-free at flat volume for 2-3 weeks.</summary>
    public static readonly ClinicalRule DownhillInReturn = new(
        "R-LOAD-DOWNHILL-RETURN",
        "Returning from knee pain: no downhill until 2-3 pain-free weeks at flat volume",
        "Seed C, phase 4 (\"avoid downhill running until you've been pain-free at flat-ground training volume for at least two to three weeks\")");

    /// <summary>Lower bound of seed C's 2-3 pain-free flat weeks before downhill.</summary>
    public const int DownhillReturnMinWeeks = 2;

    /// <summary>Upper bound of seed C's 2-3 pain-free flat weeks; the planner uses this one.</summary>
    public const int DownhillReturnWeeks = 3;

    /// <summary>Shoe mileage: time to plan a replacement.</summary>
    public static readonly ClinicalRule ShoePlan = new(
        "R-LOAD-SHOE-600",
        "Shoe past 600 km: plan a replacement",
        "Seed C (\"replace shoes every 600-800 km\"); no evidence found for the number (research-notes §6.7): editable per shoe");

    /// <summary>Shoe mileage: replace.</summary>
    public static readonly ClinicalRule ShoeReplace = new(
        "R-LOAD-SHOE-800",
        "Shoe past 800 km: replace it",
        "Seed C (\"replace shoes every 600-800 km\"); no evidence found for the number (research-notes §6.7): editable per shoe");

    /// <summary>Default plan-a-replacement distance, km: the low end of seed C's 600-800 km.</summary>
    public const double ShoePlanKilometres = 600.0;

    /// <summary>Default replace distance, km: the high end of seed C's 600-800 km.</summary>
    public const double ShoeReplaceKilometres = 800.0;

    /// <summary>Build-up planning: the lighter week.</summary>
    public static readonly ClinicalRule LighterWeek = new(
        "R-LOAD-PLAN-LIGHTER",
        "A lighter week every 3-4 weeks",
        "Coaching convention, not evidence: no trial in the sources tests it");

    /// <summary>Default cycle: three building weeks, then a lighter one (coaching convention; 3-4 is usual).</summary>
    public const int LighterWeekEvery = 4;

    /// <summary>A lighter week runs this share of the week before it (coaching convention: 20-30% less).</summary>
    public const double LighterWeekShare = 0.8;

    /// <summary>
    /// The planner keeps a long run to at most this share of its week's distance. A coaching convention, not
    /// evidence (the seeds and Frandsen 2025 say nothing on it): compounding the 110% spike limit alone let a
    /// 45 → 60 km build plan a 40 km long run, which no physio would sign.
    /// </summary>
    public const double LongRunMaxShareOfWeek = 0.4;

    /// <summary>Every rule above, for lists and documentation.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [TenPercent, Spike, AcuteChronic, Monotony, Downhill, DownhillInReturn, ShoePlan, ShoeReplace, LighterWeek];
}
