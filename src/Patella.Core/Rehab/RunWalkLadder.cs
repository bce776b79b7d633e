using System.Globalization;

namespace Patella.Core.Rehab;

/// <summary>One step of the run/walk ladder.</summary>
/// <param name="Number">1-based step number.</param>
/// <param name="RunMinutes">Minutes of easy running in each repeat (the whole run when continuous).</param>
/// <param name="WalkMinutes">Minutes of walking after each run interval; 0 when continuous.</param>
/// <param name="Repeats">Run/walk repeats in the session; 1 when continuous.</param>
public sealed record RunWalkStep(int Number, int RunMinutes, int WalkMinutes, int Repeats)
{
    /// <summary>True for a continuous run without walk breaks.</summary>
    public bool Continuous => WalkMinutes == 0;

    /// <summary>Session length, minutes, walk breaks included (no walk after the last run interval).</summary>
    public int DurationMinutes => (RunMinutes * Repeats) + (WalkMinutes * (Repeats - 1));

    /// <summary>Minutes spent running.</summary>
    public int RunningMinutes => RunMinutes * Repeats;

    /// <summary>As a runner reads it, e.g. "1 min run : 1 min walk × 10" or "30 min continuous".</summary>
    public string Text => Continuous
        ? string.Create(CultureInfo.InvariantCulture, $"{RunMinutes} min continuous")
        : string.Create(CultureInfo.InvariantCulture, $"{RunMinutes} min run : {WalkMinutes} min walk × {Repeats}");
}

/// <summary>
/// The run/walk ladder of phase 3 (<see cref="RehabRules.Ladder"/>): seed C's 1 min run : 1 min walk start, then the
/// ratio shifts to 30 min continuous. Six steps, each passed twice with a rest day between runs, take about 3.5 weeks,
/// which keeps seed C's 4-8 weeks back to easy running; a longer ladder (1:1 … 15 … 20 … 30) at the same rules would take
/// 6 weeks on its own. Flat ground, easy effort.
/// </summary>
public static class RunWalkLadder
{
    /// <summary>The steps, easiest first.</summary>
    public static IReadOnlyList<RunWalkStep> Steps { get; } =
    [
        new(1, 1, 1, 10),
        new(2, 2, 1, 7),
        new(3, 4, 1, 5),
        new(4, 8, 1, 3),
        new(5, 20, 0, 1),
        new(6, 30, 0, 1),
    ];

    /// <summary>The last step: 30 minutes continuous, which also meets the clearance run's 20-30 minutes.</summary>
    public static RunWalkStep Last => Steps[^1];
}
