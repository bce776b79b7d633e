using Spectre.Console;
using Spectre.Console.Rendering;

namespace Patella.App.Tests.Assessment;

/// <summary>
/// A Spectre console whose keyboard is a script: prompts read the queued keys as if a person typed
/// them. Output (with ANSI codes, which selection prompts need) goes to <see cref="Output"/>.
/// </summary>
internal sealed class ScriptedConsole : IAnsiConsole
{
    private readonly IAnsiConsole inner;
    private readonly ScriptedKeys keys = new();

    public ScriptedConsole()
    {
        inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        inner.Profile.Width = 200;
    }

    public StringWriter Output { get; } = new();

    /// <summary>Keys not read yet; a finished questionnaire leaves none.</summary>
    public int KeysLeft => keys.Queue.Count;

    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => keys;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(renderable);

    public ScriptedConsole Press(ConsoleKey key, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            keys.Queue.Enqueue(new ConsoleKeyInfo(key == ConsoleKey.Spacebar ? ' ' : key == ConsoleKey.Enter ? '\r' : '\0', key, false, false, false));
        }

        return this;
    }

    public ScriptedConsole Type(string text)
    {
        foreach (var c in text)
        {
            keys.Queue.Enqueue(new ConsoleKeyInfo(c, char.IsDigit(c) ? ConsoleKey.D0 + (c - '0') : ConsoleKey.A, false, false, false));
        }

        return Press(ConsoleKey.Enter);
    }

    private sealed class ScriptedKeys : IAnsiConsoleInput
    {
        public Queue<ConsoleKeyInfo> Queue { get; } = new();

        public bool IsKeyAvailable() => Queue.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            Queue.TryDequeue(out var key) ? key : throw new InvalidOperationException("the script ran out of keys");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
