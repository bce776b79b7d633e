using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Load;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella shoes add NAME [--start-km N] [--default] [--plan-at-km N] [--replace-at-km N] [--alias GEAR]...</c>.
/// Distances are kilometres, as the option names say, whatever the display unit.
/// </summary>
public static class ShoesAddCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("NAME") { Description = "The shoe's name; unique, case-insensitively." };
        var start = new Option<double>("--start-km") { Description = "Distance already on the shoe, km (default 0)." };
        var isDefault = new Option<bool>("--default") { Description = "Runs with no gear and no manual choice go to this shoe from today." };
        var plan = new Option<double?>("--plan-at-km") { Description = "\"Plan a replacement\" alert, km (default 600)." };
        var replace = new Option<double?>("--replace-at-km") { Description = "\"Replace\" alert, km (default 800)." };
        var alias = new Option<string[]>("--alias") { Description = "A gear name in your activities (Strava) that means this shoe; repeatable." };
        var command = new Command("add", "Track a pair of shoes.") { name, start, isDefault, plan, replace, alias };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var shoe = new NewShoe(parsed.GetValue(name) ?? "")
            {
                StartKilometres = LocalDay.Kilometres(parsed.GetValue(start), "--start-km", zeroAllowed: true),
                IsDefault = parsed.GetValue(isDefault),
                PlanAtKilometres = parsed.GetValue(plan) is { } p ? LocalDay.Kilometres(p, "--plan-at-km") : null,
                ReplaceAtKilometres = parsed.GetValue(replace) is { } r ? LocalDay.Kilometres(r, "--replace-at-km") : null,
                GearNames = parsed.GetValue(alias) ?? [],
            };
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var today = RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var stored = ShoesCommand.Change(() => ShoeStorage.Add(db, runner.Id, shoe, today, context.Environment.Clock.GetUtcNow().UtcDateTime));
            var load = RunnerLoad.Read(db, runner, today);
            var mileage = load.ShoesOn(today).Shoes.Single(s => s.Name == stored.Name);
            var view = ShoeView.From(mileage, stored);
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Added {stored.Name}: {load.Settings.Unit.Format(mileage.Distance)} so far, alerts at {load.Settings.Unit.Format(mileage.PlanReplacementAt)} and {load.Settings.Unit.Format(mileage.ReplaceAt)}{(stored.DefaultFrom is { } from ? $"; default for runs from {from:yyyy-MM-dd}" : "")}."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
