using System.CommandLine;
using System.Text.Json;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Data.Load;
using Patella.Data.Rehab;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella plan [--on DATE] [--start DATE]</c>: the rehab plan on a day: phase, criteria met and missing, the run/walk
/// step or easy run, this week's sessions, every change with its rule id, and the advice with its sources. JSON: the
/// <see cref="Core.Rehab.RehabPlan"/> as it is, plus <c>startSource</c>. <c>--start</c> stores the plan's first day.
/// </summary>
public static class PlanCommand
{
    public static Command Create(GlobalOptions options)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD, your time zone); default today." };
        var start = new Option<string?>("--start")
        {
            Description = "Store the plan's first day (YYYY-MM-DD). Without one, the plan starts on your latest assessment, else your first check-in.",
        };
        var command = new Command("plan", "Your rehab plan: phase, what it takes to move on, run/walk step, exercises, advice.") { on, start };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var asked = LocalDay.Parse(parsed.GetValue(on), "--on");
            var startOn = LocalDay.Parse(parsed.GetValue(start), "--start");
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var day = asked ?? RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            if (startOn is { } first)
            {
                if (first > day)
                {
                    throw new BadInputException($"--start: {first:yyyy-MM-dd} is after the plan's day {day:yyyy-MM-dd}");
                }

                RehabStorage.SetStart(db, runner.Id, first, context.Environment.Clock.GetUtcNow().UtcDateTime);
            }

            var rehab = RunnerRehab.Read(db, runner, day);
            var plan = rehab.PlanOn(day);
            if (context.Json)
            {
                var document = JsonSerializer.SerializeToNode(plan, JsonOutput.Options)!.AsObject();
                document["startSource"] = JsonNamingPolicy.CamelCase.ConvertName(rehab.StartSource.ToString());
                context.WriteJson(document);
            }
            else
            {
                PlanReport.Write(context.Console, plan, rehab.StartText);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
