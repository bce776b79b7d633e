using System.CommandLine;
using Patella.Cli.Activities;
using Patella.Cli.Assessment;
using Patella.Cli.Database;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Cli.Rehab;
using Patella.Cli.Runners;
using Patella.Cli.Web;
using Patella.Data;

namespace Patella.Cli;

/// <summary>
/// The <c>patella</c> command: <c>patella [--data DIR] &lt;command&gt; [--json]</c>. One file per verb;
/// each builds its <see cref="Command"/> over the shared options here.
/// </summary>
public static class PatellaCli
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var data = new Option<string>("--data")
        {
            Description = "Folder holding the SQLite database (default ./data), used unless --db, PATELLA_DB or ConnectionStrings__Patella names a database.",
            DefaultValueFactory = _ => "data",
            Recursive = true,
        };
        var db = new Option<string?>(DatabaseSettings.CommandLineSetting)
        {
            Description = "The database: a PostgreSQL connection string, a .db file or a data folder. Wins over PATELLA_DB, then ConnectionStrings__Patella, then --data.",
            Recursive = true,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print one JSON document on stdout and nothing else there.",
            Recursive = true,
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "Work on the demo runner that 'patella demo' added instead of your own (e.g. patella --demo today).",
            Recursive = true,
        };
        var options = new GlobalOptions(data, json, environment) { Database = db, Demo = demo };
        var root = new RootCommand("Patella: runner's knee, your runs and your rehab in one place.")
        {
            data,
            db,
            json,
            demo,
            SettingsCommand.Create(options),
            ImportCommand.Create(options),
            ActivitiesCommand.Create(options),
            FitCommand.Create(options),
            AssessCommand.Create(options),
            KujalaCommand.Create(options),
            AssessmentsCommand.Create(options),
            LoadCommand.Create(options),
            ShoesCommand.Create(options),
            DbCommand.Create(options),
            Gait.CadenceCommand.Create(options),
            ServeCommand.Create(options),
            DemoCommand.Create(options),
            CheckInCommand.Create(options),
            TodayCommand.Create(options),
            PlanCommand.Create(options),
            ClearanceCommand.Create(options),
            ExercisesCommand.Create(options),
        };

        var numbers = NumberOptions.Attach(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine($"patella: {error.Message}");
            }

            // A number that cannot be read is a bad value, as a bad date or a score out of range is (exit 1).
            if (parsed.Errors.All(e => NumberOptions.IsBadNumber(e, numbers)))
            {
                return ExitCodes.BadInput;
            }

            environment.Error.WriteLine("Run 'patella --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return parsed.Invoke(invocation);
    }
}

/// <summary>The options every command shares, and the environment to run in.</summary>
public sealed record GlobalOptions(Option<string> Data, Option<bool> Json, CliEnvironment Environment)
{
    /// <summary>--db: the database, first in <see cref="DatabaseSettings"/>'s precedence.</summary>
    public Option<string?>? Database { get; init; }

    /// <summary>--demo: the commands work on the demo runner.</summary>
    public Option<bool>? Demo { get; init; }

    public CommandContext ContextFor(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new CommandContext(parsed.GetValue(Data) ?? "data", parsed.GetValue(Json), Environment)
        {
            DatabaseOption = Database is null ? null : parsed.GetValue(Database),
            Demo = Demo is not null && parsed.GetValue(Demo),
        };
    }
}
