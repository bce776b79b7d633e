using Spectre.Console;

namespace Patella.Cli.Infrastructure;

/// <summary>
/// Everything a command touches outside itself: output streams, the clock, the environment
/// variables, whether a person is watching. Tests pass their own.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    TimeProvider Clock,
    Func<string, string?> GetEnvironmentVariable,
    bool IsTerminal)
{
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        TimeProvider.System,
        Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    /// <summary>A Spectre console writing to <see cref="Out"/>; colours and live widgets only on a terminal.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            // Piped into a file or another program: no wrapping at an imagined 80 columns.
            console.Profile.Width = 240;
        }

        return console;
    }
}
