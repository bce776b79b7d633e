using Patella.Cli.Infrastructure;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>Whether questions can be asked, and where: prompts need a person at a terminal.</summary>
public static class Interactive
{
    /// <summary>
    /// A person can answer: output on a terminal and input not redirected. Input redirection is read
    /// from the process because <see cref="CliEnvironment"/> does not carry it; tests run with
    /// <see cref="CliEnvironment.IsTerminal"/> false, which decides first.
    /// </summary>
    public static bool IsAvailable(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Environment.IsTerminal && !Console.IsInputRedirected;
    }

    /// <summary>
    /// The console to ask on: stdout normally; stderr with --json, so stdout carries only the one
    /// JSON document the contract promises.
    /// </summary>
    public static IAnsiConsole PromptConsole(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Json)
        {
            return context.Console;
        }

        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Environment.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        });
    }

    /// <summary>The usage error (exit 2) when there is neither a file nor a person to ask.</summary>
    public static int NoAnswers(CommandContext context, string command)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Fail($"{command}: no terminal to ask the questions on; pass --answers FILE (see 'patella {command} template' for the file format)");
        return ExitCodes.Usage;
    }
}
