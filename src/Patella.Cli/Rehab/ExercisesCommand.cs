using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Core.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>One catalogue exercise as <c>patella exercises --json</c> prints it.</summary>
/// <param name="Dose">The dose as a runner reads it.</param>
/// <param name="Avoid">What it must not be done with (the catalogue's contraindications).</param>
public sealed record ExerciseView(
    string Id, string Name, ExerciseTarget Target, string Dose, IReadOnlyList<string> Cues, IReadOnlyList<RehabPhase> Phases,
    IReadOnlyList<string> Avoid, string? EasierId, string? HarderId, string Source)
{
    public static ExerciseView From(Exercise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Name, e.Target, e.Dose.Text, e.Cues, [.. e.Phases], e.Contraindications, e.EasierId, e.HarderId, e.Source);
    }
}

/// <summary><c>patella exercises</c>: the built-in exercise catalogue with dose, cues, phases, what to avoid and the easier and harder variations.</summary>
public static class ExercisesCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("exercises", "The exercise catalogue: dose, cues, phases, what to avoid, easier and harder variations.");
        CommandAction.Set(command, options, (context, _) =>
        {
            var views = ExerciseCatalogue.Default.Exercises.Select(ExerciseView.From).ToList();
            if (context.Json)
            {
                context.WriteJson(views);
                return ExitCodes.Ok;
            }

            foreach (var e in views)
            {
                context.Console.WriteLine($"{e.Id}: {e.Name} ({e.Target.Words()}), {e.Dose}; phases {string.Join(", ", e.Phases.Select(p => (int)p))}");
                foreach (var cue in e.Cues)
                {
                    context.Console.WriteLine($"    - {cue}");
                }

                foreach (var avoid in e.Avoid)
                {
                    context.Console.WriteLine($"    avoid: {avoid}");
                }

                context.Console.WriteLine($"    easier: {e.EasierId ?? "-"}, harder: {e.HarderId ?? "-"}  ({e.Source})");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
