using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Data.Load;
using Patella.Data.Rehab;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella today [--on DATE]</c>: the daily decision from the latest assessment's red flags, the check-ins, the
/// clearance tests and the load picture, with its reasons (rule ids and numbers), the run and today's exercises.
/// JSON: <c>decision</c>, <c>reasons[]</c> with <c>ruleId</c>, <c>prescription</c>, <c>instead[]</c>, <c>exercises[]</c>, <c>phase</c>.
/// </summary>
public static class TodayCommand
{
    public static Command Create(GlobalOptions options)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD, your time zone); default today." };
        var command = new Command("today", "Can I run today, how much, and what else: the decision with its reasons.") { on };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var asked = LocalDay.Parse(parsed.GetValue(on), "--on");
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var day = asked ?? RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var decision = RunnerRehab.Decide(db, runner, day);
            if (context.Json)
            {
                context.WriteJson(decision);
            }
            else
            {
                TodayReport.Write(context.Console, decision);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
