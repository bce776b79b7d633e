using System.Text.Json;
using Patella.App.Tests.Data;
using Patella.Cli;
using Patella.Cli.Infrastructure;

namespace Patella.App.Tests.Cli;

/// <summary>Runs the patella command in-process on a temporary data folder and captures what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    /// <param name="provider">The database to use; by default the suite's (see <see cref="TestDatabase.DefaultProvider"/>).</param>
    public CliRun(Patella.Data.DatabaseProvider? provider = null)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "patella-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        Database = new TestDatabase(DataFolder, provider);
    }

    /// <summary>The --data folder (also where tests write their own files).</summary>
    public string DataFolder { get; }

    /// <summary>The database the commands use: SQLite in <see cref="DataFolder"/>, or PostgreSQL through PATELLA_DB.</summary>
    public TestDatabase Database { get; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Clock, name => name == "PATELLA_DB" ? Database.PatellaDbVariable : null, IsTerminal: false);
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
        Database.Dispose();
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
