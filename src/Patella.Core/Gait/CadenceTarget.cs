using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>One step towards the goal: a whole step rate to hold for one to two weeks (rule <see cref="GaitRules.Steps"/>).</summary>
/// <param name="Number">1 for the first step.</param>
/// <param name="Cadence">Step rate of this step, whole spm: also the metronome's beats per minute.</param>
/// <param name="IncreaseFraction">Increase over the baseline, e.g. 0.025 for +2.5%.</param>
public sealed record CadenceStep(int Number, Cadence Cadence, double IncreaseFraction);

/// <summary>
/// A cadence target over a baseline: the 5-10% range (rule <see cref="GaitRules.Target"/>), the goal inside it, and the
/// small steps that reach it, none above <see cref="GaitRules.CeilingCadence"/> (rule <see cref="GaitRules.Ceiling"/>).
/// </summary>
/// <param name="Baseline">The runner's baseline at their typical easy pace.</param>
/// <param name="RangeLow">Baseline × 1.05, or the ceiling when lower.</param>
/// <param name="RangeHigh">Baseline × 1.10, or the ceiling when lower.</param>
/// <param name="Goal">Baseline × 1.075 (or the ceiling when lower), whole spm: the last step; the baseline itself when there are no steps.</param>
/// <param name="Steps">Steps from the first to the goal; empty when the baseline is already at or near the ceiling.</param>
/// <param name="CappedByCeiling">True when the ceiling lowered the goal.</param>
public sealed record CadenceTarget(
    Cadence Baseline,
    Cadence RangeLow,
    Cadence RangeHigh,
    Cadence Goal,
    IReadOnlyList<CadenceStep> Steps,
    bool CappedByCeiling)
{
    /// <summary>The target for a baseline step rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A baseline of zero.</exception>
    public static CadenceTarget For(Cadence baseline)
    {
        if (baseline.StepsPerMinute <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline.StepsPerMinute, "A cadence target needs a baseline above zero.");
        }

        var ceiling = GaitRules.CeilingCadence.StepsPerMinute;
        var b = baseline.StepsPerMinute;
        var steps = new List<CadenceStep>();
        var count = (int)Math.Round((GaitRules.GoalFactor - 1) / GaitRules.StepFraction);
        for (var k = 1; k <= count; k++)
        {
            var spm = Math.Min(Whole(b * (1 + (k * GaitRules.StepFraction))), ceiling);
            var previous = steps.Count > 0 ? steps[^1].Cadence.StepsPerMinute : Whole(b);
            if (spm > previous)
            {
                steps.Add(new CadenceStep(steps.Count + 1, Cadence.FromStepsPerMinute(spm), (spm / b) - 1));
            }
        }

        // A baseline already above the ceiling is left where it is: the ceiling never asks a runner to slow their steps.
        var cap = Math.Max(ceiling, b);
        return new CadenceTarget(
            baseline,
            Cadence.FromStepsPerMinute(Math.Min(b * GaitRules.TargetMinFactor, cap)),
            Cadence.FromStepsPerMinute(Math.Min(b * GaitRules.TargetMaxFactor, cap)),
            steps.Count > 0 ? steps[^1].Cadence : Cadence.FromStepsPerMinute(Whole(b)),
            steps,
            Whole(b * GaitRules.GoalFactor) > ceiling);
    }

    /// <summary>
    /// The step to practise now: the first one the runner's recent step rate at the same pace has not reached (within
    /// <see cref="GaitRules.StepReachedToleranceStepsPerMinute"/>); the first step when there is no recent rate; null when
    /// every step is reached or there are none.
    /// </summary>
    public CadenceStep? CurrentStep(Cadence? recent) =>
        recent is { } r
            ? Steps.FirstOrDefault(s => r.StepsPerMinute < s.Cadence.StepsPerMinute - GaitRules.StepReachedToleranceStepsPerMinute)
            : Steps.Count > 0 ? Steps[0] : null;

    /// <summary>
    /// Whole steps per minute, halves up. Products such as 170 × 1.05 land a hair either side of .5 in binary, so they
    /// are first rounded to 6 decimals.
    /// </summary>
    internal static double Whole(double stepsPerMinute) =>
        Math.Round(Math.Round(stepsPerMinute, 6), MidpointRounding.AwayFromZero);
}
