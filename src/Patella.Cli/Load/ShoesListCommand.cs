using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data.Load;

namespace Patella.Cli.Load;

/// <summary><c>patella shoes list</c>: every shoe (tracked, retired, implied by gear) with its distance today and its alert state.</summary>
public static class ShoesListCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("list", "Distance per shoe today, with the alert state.");
        CommandAction.Set(command, options, (context, _) => Run(context));
        return command;
    }

    internal static int Run(CommandContext context)
    {
        using var db = context.OpenDatabase();
        var runner = context.LocalRunner(db);
        var day = RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
        var load = RunnerLoad.Read(db, runner, day);
        var report = load.ShoesOn(day);
        if (context.Json)
        {
            context.WriteJson(new { day, units = runner.Units, shoes = ShoeReportView.From(report, load) });
        }
        else
        {
            ShoeTables.Write(context.Console, report, load, load.Settings.Unit);
        }

        return ExitCodes.Ok;
    }
}
