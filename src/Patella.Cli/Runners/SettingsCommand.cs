using Spectre.Console;
using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data.Runners;

namespace Patella.Cli.Runners;

/// <summary><c>patella settings [--timezone ZONE] [--units km|mi] [--name TEXT]</c>: show or change the runner's profile.</summary>
public static class SettingsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var zone = new Option<string?>("--timezone") { Description = "IANA time zone, e.g. Europe/Oslo. Days and weeks are counted in it." };
        var units = new Option<string?>("--units") { Description = "km or mi." };
        units.AcceptOnlyFromAmong("km", "mi");
        var name = new Option<string?>("--name") { Description = "Your name, as Patella greets you." };
        var command = new Command("settings", "Show or change your profile: time zone, units, name.") { zone, units, name };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            if (parsed.GetValue(zone) is { } zoneId)
            {
                if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _))
                {
                    throw new BadInputException($"--timezone: '{zoneId}' is not a time zone this machine knows (use an IANA id such as Europe/Oslo)");
                }

                runner.TimeZone = zoneId;
            }

            if (parsed.GetValue(units) is { } unitName)
            {
                runner.Units = unitName;
            }

            if (parsed.GetValue(name) is { } newName)
            {
                runner.Name = string.IsNullOrWhiteSpace(newName) ? throw new BadInputException("--name: empty") : newName.Trim();
            }

            db.SaveChanges();
            var view = new { name = runner.Name, timeZone = runner.TimeZone, units = runner.Units, database = context.Database.Describe() };
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                context.Console.WriteLine($"Name:      {view.name}");
                context.Console.WriteLine($"Time zone: {view.timeZone}");
                context.Console.WriteLine($"Units:     {view.units}");
                context.Console.WriteLine($"Data:      {view.database}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
