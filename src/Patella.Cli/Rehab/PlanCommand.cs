using System.CommandLine;
using System.Text.Json;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Rehab;
using Patella.Data.Load;
using Patella.Data.Rehab;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella plan [--on DATE] [--start DATE] [--race DATE --race-distance D | --no-race]</c>: the rehab plan on a day:
/// phase, criteria met and missing, the run/walk step or easy run, this week's sessions, every change with its rule id,
/// the advice with its sources, and with a goal race whether a gradual build reaches it (<see cref="RaceBuild"/>). JSON:
/// the <see cref="Core.Rehab.RehabPlan"/> as it is, plus <c>startSource</c> and <c>race</c> (a <see cref="RaceOutlook"/>,
/// null without a race). <c>--start</c> stores the plan's first day; <c>--race</c> stores the race, <c>--no-race</c> clears it.
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
        var race = new RaceOptions();
        var command = new Command("plan", "Your rehab plan: phase, what it takes to move on, run/walk step, exercises, advice, and your race.") { on, start };
        foreach (var option in race.All)
        {
            command.Options.Add(option);
        }

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

            var (setRace, clearRace) = race.Read(parsed, day);
            if (setRace is not null)
            {
                RaceGoalStorage.Set(db, runner.Id, setRace, context.Environment.Clock.GetUtcNow().UtcDateTime);
            }
            else if (clearRace)
            {
                RaceGoalStorage.Clear(db, runner.Id);
            }

            var rehab = RunnerRehab.Read(db, runner, day);
            var plan = rehab.PlanOn(day);
            var outlook = RaceGoalStorage.Of(db, runner.Id) is { } goal ? Outlook(db, runner, plan, goal, day) : null;
            if (context.Json)
            {
                var document = JsonSerializer.SerializeToNode(plan, JsonOutput.Options)!.AsObject();
                document["startSource"] = JsonNamingPolicy.CamelCase.ConvertName(rehab.StartSource.ToString());
                document["race"] = outlook is null ? null : JsonSerializer.SerializeToNode(outlook, JsonOutput.Options);
                context.WriteJson(document);
            }
            else
            {
                PlanReport.Write(context.Console, plan, rehab.StartText);
                if (outlook is not null)
                {
                    RaceReport.Write(context.Console, outlook, RunnerLoad.SettingsOf(runner).Unit);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The race outlook at the runner's easy pace from their own runs (the plan's run/walk sessions included).</summary>
    private static RaceOutlook Outlook(Data.PatellaDb db, Data.Runners.Runner runner, RehabPlan plan, RaceGoal goal, DateOnly day)
    {
        var (speed, fromRuns) = RaceBuild.EasySpeed(RunnerLoad.Read(db, runner, day).History.Runs, day);
        return RaceBuild.Judge(plan, goal, speed, fromRuns, RunnerLoad.SettingsOf(runner).Unit);
    }
}
