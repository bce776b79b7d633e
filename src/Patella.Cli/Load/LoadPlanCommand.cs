using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella load plan --target-km N [--race DATE --distance-km D] [--return] [--on DATE]</c>: a week-by-week build-up from the
/// runner's load on the day (default today) to a weekly distance, by a race when given.
/// </summary>
public static class LoadPlanCommand
{
    public static Command Create(GlobalOptions options)
    {
        var target = new Option<double>("--target-km") { Description = "Weekly distance to reach, km.", Required = true };
        var race = new Option<string?>("--race") { Description = "Race day (YYYY-MM-DD); needs --distance-km." };
        var distance = new Option<double?>("--distance-km") { Description = "Race distance, km; needs --race." };
        var returning = new Option<bool>("--return") { Description = "Returning from knee pain: the first 3 weeks are flat (no downhill)." };
        var on = new Option<string?>("--on") { Description = "Plan from the load on this day (YYYY-MM-DD); default today." };
        var command = new Command("plan", "A safe week-by-week build-up to a weekly distance or a race.") { target, race, distance, returning, on };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var targetKm = LocalDay.Kilometres(parsed.GetValue(target), "--target-km");
            var raceDay = LocalDay.Parse(parsed.GetValue(race), "--race");
            var raceKm = parsed.GetValue(distance) is { } km ? LocalDay.Kilometres(km, "--distance-km") : (double?)null;
            if ((raceDay is null) != (raceKm is null))
            {
                throw new BadInputException("--race and --distance-km go together: give both or neither");
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var settings = RunnerLoad.SettingsOf(runner);
            var day = LocalDay.Parse(parsed.GetValue(on), "--on") ?? settings.Today(context.Environment.Clock);
            if (raceDay <= day)
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--race: {raceDay:yyyy-MM-dd} is not after {day:yyyy-MM-dd}"));
            }

            var picture = RunnerLoad.Read(db, runner, day).PictureOn(day);
            var plan = BuildUpPlanner.PlanFrom(
                picture,
                Distance.FromKilometres(targetKm),
                raceDay,
                raceKm is { } r ? Distance.FromKilometres(r) : null,
                parsed.GetValue(returning));
            var view = PlanView.From(picture, plan, Distance.FromKilometres(targetKm), raceDay, raceKm, parsed.GetValue(returning));
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                Write(context.Console, view, picture.Unit, plan);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, PlanView view, DistanceUnit unit, BuildUpPlan plan)
    {
        console.MarkupLine(Invariant(
            $"[bold]Build-up to {unit.Format(Distance.FromMetres(view.TargetWeeklyMetres))} a week[/] from {unit.Format(Distance.FromMetres(view.CurrentWeeklyMetres))} now (longest run of the last 30 days {unit.Format(Distance.FromMetres(view.LongestRecentRunMetres))})."));
        var table = Bars.Narrow("", "#", "Week of", "Target", "", "Long run", "Chg", "Downhill", "Note");
        table.Columns[^1].NoWrap = false;

        var max = plan.Weeks.Count == 0 ? 0 : plan.Weeks.Max(w => w.Target.Metres);
        foreach (var w in plan.Weeks)
        {
            table.AddRow(
                w.Number.ToString(CultureInfo.InvariantCulture),
                Invariant($"{w.WeekStart:yyyy-MM-dd}"),
                unit.Format(w.Target),
                Bars.Of(w.Target.Metres, max, w.IsLighter ? "grey" : "green", 8),
                unit.Format(w.LongestRunMax),
                w.ChangePercent is { } pct ? Invariant($"{pct:+0;-0;0}%") : "-",
                w.DownhillAllowed ? "yes" : "[yellow]flat only[/]",
                Markup.Escape(w.Note));
        }

        console.Write(table);
        console.MarkupLine(view.Reachable
            ? Invariant($"[green]Target reached the week of {view.TargetReachedWeek:yyyy-MM-dd}.[/]")
            : "[yellow]The target is not reached safely in this plan.[/]");
        foreach (var note in view.Notes)
        {
            console.MarkupLine("- " + Markup.Escape(note));
        }

        console.MarkupLine("[grey]Rules: " + Markup.Escape(string.Join(", ", view.Rules.Select(r => r.Id))) + "[/]");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
