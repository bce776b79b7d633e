using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Load;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary><c>patella shoes retire NAME [--on DATE]</c>: the shoe stays in the history and stops raising alerts.</summary>
public static class ShoesRetireCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("NAME") { Description = "A shoe, one of its gear names, or a gear name from your activities." };
        var on = new Option<string?>("--on") { Description = "Retirement day (YYYY-MM-DD, your time zone); default today." };
        var command = new Command("retire", "Retire a pair of shoes; it stays in your history.") { name, on };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var day = LocalDay.Parse(parsed.GetValue(on), "--on");
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var today = RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var retiredOn = day ?? today;
            var shoe = ShoesCommand.Change(() => ShoeStorage.Retire(db, runner.Id, parsed.GetValue(name) ?? "", retiredOn, context.Environment.Clock.GetUtcNow().UtcDateTime));
            var asOf = retiredOn > today ? retiredOn : today;
            var load = RunnerLoad.Read(db, runner, asOf);
            var mileage = load.ShoesOn(asOf).Shoes.Single(s => s.Name == shoe.Name);
            if (context.Json)
            {
                context.WriteJson(ShoeView.From(mileage, shoe));
            }
            else
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Retired {shoe.Name} on {retiredOn:yyyy-MM-dd} at {load.Settings.Unit.Format(mileage.Distance)} over {mileage.Runs} runs."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
