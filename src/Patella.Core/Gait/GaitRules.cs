using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Core.Gait;

/// <summary>
/// Every rule of cadence (step-rate) retraining, with its thresholds beside it. "research-notes" is
/// <c>../shared/domain/research-notes.md</c> (§3f); "[design]" marks a Patella convention, not a published number.
/// A threshold lives here and nowhere else: the CLI and web show these numbers, they do not re-decide.
/// </summary>
public static class GaitRules
{
    private const string TargetStudies =
        "Heiderscheit et al., MSSE 2011 (+5% and +10% step rate: less energy absorbed at the knee); Lenhart et al., MSSE 2014 " +
        "(+10% step rate: peak patellofemoral force -14%); Willy et al., SJMSS 2016 (cue +7.5%, achieved +8.6%, kept at 1 month); " +
        "research-notes §3f";

    /// <summary>The baseline is the runner's own step rate on recent easy runs, compared at similar pace.</summary>
    public static readonly ClinicalRule Baseline = new(
        "R-GAIT-BASELINE",
        "Your baseline cadence comes from your own recent easy runs, compared at similar pace",
        "Cadence rises with speed, so compare like with like (research-notes §3f [design])");

    /// <summary>The goal: 5-10% above the baseline.</summary>
    public static readonly ClinicalRule Target = new(
        "R-GAIT-TARGET",
        "Aim for 5-10% more steps per minute than your baseline at the same pace",
        TargetStudies);

    /// <summary>Getting there in small steps.</summary>
    public static readonly ClinicalRule Steps = new(
        "R-GAIT-STEPS",
        "Raise cadence in small steps of about 2.5%, each held for one to two weeks",
        "Retraining over 2-6 weeks (8-18 sessions) kept best in PFP studies (review, PMC7083994); step size [design]");

    /// <summary>Never prescribe a step rate above a sane ceiling.</summary>
    public static readonly ClinicalRule Ceiling = new(
        "R-GAIT-CEILING",
        "No cadence target above 190 steps per minute at easy pace",
        "[design]: the target is a small change from the runner's own rate, not a number to chase");

    /// <summary>Whether the step rate actually moved, from the runs since retraining began.</summary>
    public static readonly ClinicalRule Progress = new(
        "R-GAIT-PROGRESS",
        "Cadence has moved when runs at the same pace average at least 2% more steps, beyond run-to-run noise",
        "[design]: at least 3 runs before and after in the same pace band; the difference must exceed 2 standard errors");

    /// <summary>Every gait rule, in the order a runner meets them.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [Baseline, Target, Steps, Ceiling, Progress];

    /// <summary>
    /// Step rate (spm) from which a 5-spm band of <c>CadenceDistribution</c> counts as running. Walking is about
    /// 100-130 spm and running rarely below 150 spm, so 140 separates the running and walking parts of a run/walk session [design].
    /// </summary>
    public const int RunningFromStepsPerMinute = 140;

    /// <summary>
    /// Walking speed assumed for the walking part of a run/walk session, m/s (5 km/h: a comfortable adult walking speed of
    /// about 1.3-1.5 m/s). Used only to estimate the running part's speed from the session's distance [design].
    /// </summary>
    public const double AssumedWalkingMetresPerSecond = 1.4;

    /// <summary>
    /// Share of moving time at running step rates from which a session is a continuous run, and its device average
    /// cadence is used as is; below it, it is a run/walk session and only its running bands count [design].
    /// </summary>
    public const double ContinuousRunShare = 0.95;

    /// <summary>A run needs at least this much running (minutes, at running step rates) for its cadence to count [design].</summary>
    public const double MinRunningMinutes = 5;

    /// <summary>Weeks of runs, back from the day, behind a baseline [design]; 6 weeks ≈ 15-25 easy runs for most runners.</summary>
    public const int BaselineWeeks = 6;

    /// <summary>Weeks of recent runs compared with the <see cref="BaselineWeeks"/> before them when no start date is given [design].</summary>
    public const int RecentWeeks = 3;

    /// <summary>
    /// Easy runs are the slower part of the runner's own runs: average running speed at or below this percentile (0-1) of
    /// the window's runs. In a typical week of three easy runs and one or two faster sessions that keeps the easy runs [design].
    /// </summary>
    public const double EasySpeedPercentile = 0.6;

    /// <summary>Width of a pace band in seconds per kilometre or per mile (the runner's unit) [design].</summary>
    public const int PaceBandSeconds = 30;

    /// <summary>Easy runs with cadence needed in a baseline window, and in its typical pace band (at least 2) [design].</summary>
    public const int MinBaselineRuns = 3;

    /// <inheritdoc cref="MinBaselineRuns"/>
    public const int MinTypicalBandRuns = 2;

    /// <summary>Lower end of the target range: baseline × 1.05 (Heiderscheit 2011).</summary>
    public const double TargetMinFactor = 1.05;

    /// <summary>Upper end of the target range: baseline × 1.10 (Heiderscheit 2011; Lenhart 2014).</summary>
    public const double TargetMaxFactor = 1.10;

    /// <summary>The goal Patella sets: baseline × 1.075, the cue of Willy 2016 and the low end of de Souza Júnior 2024 (7.5-10%).</summary>
    public const double GoalFactor = 1.075;

    /// <summary>Size of one step towards the goal, as a fraction of the baseline (2.5%: three steps reach the goal) [design].</summary>
    public const double StepFraction = 0.025;

    /// <summary>Shortest time to hold a step before the next one (days); two weeks is the usual hold [design].</summary>
    public const int StepHoldMinDays = 7;

    /// <inheritdoc cref="StepHoldMinDays"/>
    public const int StepHoldMaxDays = 14;

    /// <summary>A step counts as reached when recent runs are within this many spm of it (band resolution is 5 spm) [design].</summary>
    public const double StepReachedToleranceStepsPerMinute = 1;

    /// <summary>The highest step rate Patella ever sets as a target at easy pace [design].</summary>
    public static Cadence CeilingCadence { get; } = Cadence.FromStepsPerMinute(190);

    /// <summary>Runs needed in the same pace band both before and after to say whether cadence moved [design].</summary>
    public const int MinProgressRunsPerSide = 3;

    /// <summary>
    /// Smallest change of the mean step rate (fraction of the earlier mean) that counts as moved: below one step of
    /// retraining (2.5%), above the ~1-2% run-to-run variation at a given pace [design].
    /// </summary>
    public const double ProgressMinChange = 0.02;

    /// <summary>The change must also exceed this many standard errors of the difference of means (Welch) [design].</summary>
    public const double ProgressStandardErrors = 2;
}
