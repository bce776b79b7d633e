using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// Everything the cadence page and command show, decided here once: the baseline, the target over it, the step to
/// practise now, its metronome, and whether cadence moved. Nothing is stored: the current step follows from the
/// runner's recent runs at the typical easy pace (the first step they have not reached yet).
/// </summary>
/// <param name="Baseline">Baseline at the typical easy pace, with its bands.</param>
/// <param name="Progress">Before and after the start of retraining.</param>
/// <param name="StartGiven">True when the runner said when retraining began; false for the default recent window.</param>
/// <param name="Target">The target over the baseline; null without one.</param>
/// <param name="Recent">Mean step rate of the recent runs (since the start) in the baseline's typical pace band; null without any.</param>
/// <param name="CurrentStep">The step to practise now; null when every step is reached (hold the goal) or there is no target.</param>
/// <param name="Metronome">Beats for <paramref name="CurrentStep"/>, else for the goal; null without a target (or outside 60-240 BPM).</param>
public sealed record CadencePlan(
    CadenceBaseline Baseline,
    CadenceProgress Progress,
    bool StartGiven,
    CadenceTarget? Target,
    Cadence? Recent,
    CadenceStep? CurrentStep,
    Metronome? Metronome)
{
    /// <summary>True when the recent runs at the typical pace have reached every step: keep the goal.</summary>
    public bool GoalReached => Target is { Steps.Count: > 0 } && Recent is not null && CurrentStep is null;

    /// <summary>Puts the parts together; see the record's remarks for how the step is chosen.</summary>
    public static CadencePlan Of(CadenceBaseline baseline, CadenceProgress progress, bool startGiven)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(progress);
        var target = baseline.Cadence is { } b ? CadenceTarget.For(b) : null;
        var recent = baseline.Typical is { } typical
            ? progress.Bands.FirstOrDefault(p => p.Band == typical.Band)?.After?.Mean
            : null;
        var step = target?.CurrentStep(recent);
        var metronome = step is not null ? Gait.Metronome.TryFor(step.Cadence)
            : target is not null ? Gait.Metronome.TryFor(target.Goal)
            : null;
        return new CadencePlan(baseline, progress, startGiven, target, recent, step, metronome);
    }
}
