using Patella.Data;
using Patella.Data.Runners;
using Spectre.Console;

namespace Patella.Cli.Infrastructure;

/// <summary>What every command gets: where the data is, whether to print JSON, and the environment.</summary>
public sealed class CommandContext(string dataFolder, bool json, CliEnvironment environment)
{
    public string DataFolder { get; } = dataFolder;

    /// <summary>True with --json: exactly one JSON document on stdout, nothing else there.</summary>
    public bool Json { get; } = json;

    public CliEnvironment Environment { get; } = environment;

    /// <summary>The value of --db, if given.</summary>
    public string? DatabaseOption { get; init; }

    /// <summary>The database by <see cref="DatabaseSettings"/>' precedence: --db, PATELLA_DB, ConnectionStrings__Patella, --data.</summary>
    /// <exception cref="DatabaseSettingException">The winning setting is not a database.</exception>
    public DatabaseLocation Database => DatabaseSettings.Choose(
        DataFolder,
        DatabaseOption,
        Environment.GetEnvironmentVariable(DatabaseSettings.EnvironmentSetting),
        Environment.GetEnvironmentVariable(DatabaseSettings.ConnectionStringVariable));

    public PatellaDb OpenDatabase() => PatellaDatabase.Open(Database);

    /// <summary>True with --demo: every command works on the demo runner that <c>patella demo</c> added, not runner 1.</summary>
    public bool Demo { get; init; }

    /// <summary>The runner the command works on: the command line's own (created on first use), or with --demo the demo runner.</summary>
    /// <exception cref="BadInputException">--demo on data without the demo runner.</exception>
    public Runner LocalRunner(PatellaDb db)
    {
        if (!Demo)
        {
            return RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, Environment.Clock);
        }

        return Patella.Data.Accounts.AccountStorage.FindByEmail(db, Patella.Web.Demo.DemoRunner.Email) is { } account
            ? RunnerProfile.GetOrCreate(db, account.RunnerId, Environment.Clock)
            : throw new BadInputException("--demo: this data has no demo runner yet; add it with: patella demo");
    }

    public IAnsiConsole Console => console ??= Environment.CreateConsole();

    private IAnsiConsole? console;

    public void WriteJson<T>(T document) => Environment.Out.WriteLine(JsonOutput.Serialize(document));

    public void Fail(string message) => Environment.Error.WriteLine($"patella: {message}");
}
