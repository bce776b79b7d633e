using System.Globalization;
using Patella.Core.Rehab;
using Patella.Core.Today;

namespace Patella.Web.Today;

/// <summary>The words the pages use for Core's decisions and phases. Words only: what is decided stays in Core.</summary>
public static class DecisionWords
{
    /// <summary>The answer to "can I run today", as a headline.</summary>
    public static string Headline(Decision decision) => decision switch
    {
        Decision.Run => "Run today",
        Decision.RunReduced => "Run today, but less",
        Decision.CrossTrain => "No run today: cross-train instead",
        Decision.Rest => "No run today: rest",
        _ => "No run: see a clinician",
    };

    /// <summary>The CSS class of the decision's card.</summary>
    public static string Css(Decision decision) => decision switch
    {
        Decision.Run => "decision-run",
        Decision.RunReduced => "decision-reduced",
        Decision.Refer => "decision-refer",
        _ => "decision-off",
    };

    /// <summary>"Phase 2 of 4: pain-free exercise"; maintenance after the four (<see cref="RehabPhaseWords.Title"/>).</summary>
    public static string Phase(RehabPhase phase) => phase.Title();

    /// <summary>The run in words with its numbers: time or distance, run/walk ratio, flat, effort.</summary>
    public static IReadOnlyList<string> Run(RunPrescription run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var lines = new List<string>
        {
            run.DistanceKilometres is { } km
                ? Text($"{run.DurationMinutes} minutes, at most {km:0.0} km")
                : Text($"{run.DurationMinutes} minutes"),
            run.WalkMinutes > 0
                ? Text($"Run {run.RunMinutes} min : walk {run.WalkMinutes} min, {run.Repeats} times{(run.RunWalkStep is { } s ? $" (run/walk step {s})" : "")}")
                : "Continuous, no walk breaks",
            run.FlatOnly ? "Flat only: no downhill yet" : "Downhill allowed",
            run.TempoAllowed ? $"Effort: {run.Effort}; tempo allowed" : $"Effort: {run.Effort}, conversational; no tempo or intervals",
        };
        return lines;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
