using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella shoes use NAME --on DATE</c>: the runs of that day were in this shoe. Beats the gear name in the file and
/// the default shoe; a later choice for the same day replaces it.
/// </summary>
public static class ShoesUseCommand
{
    public static Command Create(GlobalOptions options)
    {
        var name = new Argument<string>("NAME") { Description = "A shoe, one of its gear names, or a gear name from your activities." };
        var on = new Option<string>("--on") { Description = "The day whose runs were in this shoe (YYYY-MM-DD, your time zone).", Required = true };
        var command = new Command("use", "Say which shoe the runs of a day were in.") { name, on };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var day = LocalDay.Parse(parsed.GetValue(on), "--on")!.Value;
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var settings = RunnerLoad.SettingsOf(runner);
            var choice = ShoesCommand.Change(() => ShoeChoices.Use(db, runner.Id, parsed.GetValue(name) ?? "", day, settings, context.Environment.Clock.GetUtcNow().UtcDateTime));
            var view = new ShoeChoiceView(choice.Shoe.Name, day, choice.ActivityIds, Round.Metres(choice.DistanceMetres), choice.Replaced);
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{choice.ActivityIds.Count} run(s) on {day:yyyy-MM-dd} ({settings.Unit.Format(Distance.FromMetres(choice.DistanceMetres))}) now count on {choice.Shoe.Name}{(choice.Replaced is { } old ? $" instead of {old}" : "")}."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary><c>shoes use --json</c>: the shoe, the day and the runs it took.</summary>
/// <param name="Replaced">The shoe the day was given to before, when another one.</param>
public sealed record ShoeChoiceView(string Shoe, DateOnly Date, IReadOnlyList<long> ActivityIds, double DistanceMetres, string? Replaced);
