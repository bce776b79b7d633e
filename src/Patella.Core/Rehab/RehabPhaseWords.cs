namespace Patella.Core.Rehab;

/// <summary>A phase in the runner's words, one wording for the command line and the web.</summary>
public static class RehabPhaseWords
{
    /// <summary>What the phase is for: "pain-free exercise" (seed C's four phases, then maintenance).</summary>
    public static string Aim(this RehabPhase phase) => phase switch
    {
        RehabPhase.ResolveBaselinePain => "settle the pain in daily life",
        RehabPhase.PainFreeExercise => "pain-free exercise",
        RehabPhase.RunWalk => "run/walk",
        RehabPhase.ProgressiveReturn => "progressive return",
        _ => "two hip sessions a week",
    };

    /// <summary>"Phase 2 of 4: pain-free exercise"; "Maintenance: two hip sessions a week" after the four.</summary>
    public static string Title(this RehabPhase phase) => phase is RehabPhase.Maintenance
        ? $"Maintenance: {phase.Aim()}"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Phase {(int)phase} of 4: {phase.Aim()}");
}
