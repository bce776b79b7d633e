using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data.Load;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella load [--on DATE]</c>: the load picture on a day (default today in the runner's zone): the last 8 weeks,
/// this week against the 10% rule, the long run, ratios, monotony, descent, shoes and warnings. <c>load plan</c> is a subcommand.
/// </summary>
public static class LoadCommand
{
    public static Command Create(GlobalOptions options)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD, your time zone); default today." };
        var command = new Command("load", "Your training load on a day: weeks, the 10% rule, spikes, ratios, shoes and warnings.")
        {
            on,
            LoadPlanCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var settings = RunnerLoad.SettingsOf(runner);
            var day = LocalDay.Parse(parsed.GetValue(on), "--on") ?? settings.Today(context.Environment.Clock);
            var load = RunnerLoad.Read(db, runner, day);
            var picture = load.PictureOn(day);
            if (context.Json)
            {
                context.WriteJson(LoadView.From(picture, load));
            }
            else
            {
                LoadTables.Write(context.Console, picture, load);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
