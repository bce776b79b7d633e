using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>
/// Contributing factors ("Causes to look for" in clinical-rules.md) as rules, with the numbers
/// that decide when the runner's own data show one. Numbers marked [design] have no clinical
/// source; they are Patella's screening choices and are said to be so.
/// </summary>
public static class FactorRules
{
    /// <summary>Weekly distance may grow by at most 10% (seeds A, B, C). Frandsen et al. 2025 do not support it
    /// as an injury rule on its own, so the single-run spike is reported beside it.</summary>
    public const double WeeklyIncreaseMaxPercent = 10;

    /// <summary>A run more than 10% longer than the longest of the previous 30 days is a spike
    /// (Frandsen et al., BJSM 2025: HRR 1.64 for &gt;10-30%, 1.52 for &gt;30-100%, 2.28 for &gt;100%).</summary>
    public const double RunSpikeMinPercent = 10;

    /// <summary>Upper edge of Frandsen's small-spike band (&gt;10-30%).</summary>
    public const double RunSpikeSmallMaxPercent = 30;

    /// <summary>Upper edge of Frandsen's moderate-spike band (&gt;30-100%); above it is a large spike.</summary>
    public const double RunSpikeModerateMaxPercent = 100;

    /// <summary>Downhill distance growing more than 10% a week is a downhill block: the seeds' 10% rule applied to
    /// descents, which seed C says to watch specifically [design: no published downhill threshold].</summary>
    public const double DownhillIncreaseMaxPercent = 10;

    /// <summary>A week with less downhill than this is never called a block, whatever the percentage [design].</summary>
    public static Distance DownhillBlockMinimum { get; } = Distance.FromKilometres(2);

    /// <summary>Start of the seeds' 600-800 km shoe replacement window (seeds B, C; research-notes §6.7: no evidence
    /// behind it, Strava's default reminder is ~400 km). Patella uses the seeds' range.</summary>
    public static Distance ShoeReplacementFrom { get; } = Distance.FromKilometres(600);

    /// <summary>End of the 600-800 km window: past it the shoe is overdue.</summary>
    public static Distance ShoeReplacementBy { get; } = Distance.FromKilometres(800);

    /// <summary>Below this average step rate, at or above <see cref="LowCadenceMinSpeed"/>, cadence is named as a factor
    /// [design: no validated norm exists; the evidence is for raising one's own rate by 5-10% (Heiderscheit 2011,
    /// Lenhart 2014: +10% step rate, -14% patellofemoral force)].</summary>
    public static Cadence LowCadence { get; } = Cadence.FromStepsPerMinute(160);

    /// <summary>Step-rate target over the runner's own rate: +5% to +10% (seeds A, C; Heiderscheit 2011).</summary>
    public const double CadenceTargetMinFactor = 1.05;

    /// <summary>Upper end of the +5-10% step-rate target.</summary>
    public const double CadenceTargetMaxFactor = 1.10;

    /// <summary>Cadence falls with speed, so it is only judged at 9 km/h (6:40 per km) or faster [design].</summary>
    public static Speed LowCadenceMinSpeed { get; } = Speed.FromMetresPerSecond(2.5);

    /// <summary>Fewest rest days in 14 that are not a factor: none at all is (seeds B, C: rest days, no running
    /// through accumulated fatigue) [design for the count].</summary>
    public const int MinRestDaysIn14Days = 1;

    public static ClinicalRule HipControl { get; } = new("R-FACTOR-HIP-CONTROL",
        "Weak hip control: the knee collapses inward (valgus) on a single-leg squat", "Seeds A, C");

    public static ClinicalRule MileageJump { get; } = new("R-FACTOR-MILEAGE-JUMP",
        "Weekly distance up by more than 10%", "Seeds A, B, C (10% rule); Frandsen et al., BJSM 2025 (does not support it alone)");

    public static ClinicalRule RunSpike { get; } = new("R-FACTOR-RUN-SPIKE",
        "A run more than 10% longer than the longest of the previous 30 days", "Frandsen et al., BJSM 2025 (5,205 runners)");

    public static ClinicalRule SpeedWork { get; } = new("R-FACTOR-SPEED-WORK",
        "Speed work or track sessions added", "Seeds A, C");

    public static ClinicalRule DownhillBlock { get; } = new("R-FACTOR-DOWNHILL",
        "A block of downhill running", "Seeds A, C");

    public static ClinicalRule WornShoes { get; } = new("R-FACTOR-WORN-SHOES",
        "Shoes past 600-800 km", "Seeds B, C (no evidence behind the number: research-notes §6.7)");

    public static ClinicalRule ShoeChange { get; } = new("R-FACTOR-SHOE-CHANGE",
        "A recent change of shoes", "Issue #4 training changes; seed B (shoes affect form)");

    public static ClinicalRule Surface { get; } = new("R-FACTOR-SURFACE",
        "A change of running surface", "Seeds B, C (hard surfaces; vary surfaces)");

    public static ClinicalRule LowCadenceRule { get; } = new("R-FACTOR-LOW-CADENCE",
        "Low step rate for the speed: a 5-10% higher cadence lowers knee load",
        "Heiderscheit 2011; Lenhart 2014; seeds A, C (threshold is Patella's design)");

    public static ClinicalRule NoRestDays { get; } = new("R-FACTOR-NO-REST-DAYS",
        "No rest day in the last 14 days", "Seeds B, C");

    public static ClinicalRule Mobility { get; } = new("R-FACTOR-MOBILITY",
        "Limited hip or ankle mobility", "Seeds A, C");

    public static ClinicalRule Pronation { get; } = new("R-FACTOR-PRONATION",
        "Flat or pronated feet", "Seed C; foot orthoses meta-analysis PMC9204664");

    /// <summary>Every factor rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [HipControl, MileageJump, RunSpike, SpeedWork, DownhillBlock, WornShoes, ShoeChange, Surface, LowCadenceRule, NoRestDays, Mobility, Pronation];
}
