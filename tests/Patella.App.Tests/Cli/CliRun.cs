using System.Text.Json;
using Patella.Cli;
using Patella.Cli.Infrastructure;

namespace Patella.App.Tests.Cli;

/// <summary>Runs the patella command in-process on a temporary data folder and captures what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "patella-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    public string DataFolder { get; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Clock, _ => null, IsTerminal: false);
        var code = PatellaCli.Run(["--data", DataFolder, .. args], environment);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with --json and parses stdout, which must be exactly one JSON document.</summary>
    public (int ExitCode, JsonElement Json, string Error) RunJson(params string[] args)
    {
        var (code, output, error) = Run([.. args, "--json"]);
        using var document = JsonDocument.Parse(output);
        return (code, document.RootElement.Clone(), error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A test host still holding the SQLite file on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
