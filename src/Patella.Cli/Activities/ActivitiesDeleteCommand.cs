using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Data.Activities;
using Patella.Data.Runners;
using Spectre.Console;

namespace Patella.Cli.Activities;

/// <summary>
/// <c>patella activities delete ID</c>: deletes one activity (ids as <c>patella activities --json</c> lists them), and its
/// original file when no other activity of that file is left, so a wrong or truncated file can be replaced.
/// </summary>
public static class ActivitiesDeleteCommand
{
    public static Command Create(GlobalOptions options)
    {
        // Read as text so an id that is not a number is bad input (exit 1) naming the argument, as other values are.
        var id = new Argument<string>("ID") { Description = "The activity's id, as 'patella activities --json' lists it." };
        var command = new Command("delete", "Delete one activity (and its original file when nothing else came from it).") { id };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var text = parsed.GetValue(id) ?? "";
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var activityId))
            {
                throw new BadInputException($"ID: '{text}' is not an activity id (a whole number, as 'patella activities --json' lists them)");
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var deleted = ActivityDeletion.Delete(db, runner.Id, activityId)
                ?? throw new BadInputException($"ID: there is no activity {activityId.ToString(CultureInfo.InvariantCulture)}: nothing was deleted (see patella activities --json)");
            var startLocal = TimeZoneInfo.ConvertTimeFromUtc(deleted.StartUtc, RunnerProfile.TimeZoneOf(runner));
            if (context.Json)
            {
                context.WriteJson(new
                {
                    deleted = new
                    {
                        deleted.Id,
                        deleted.Name,
                        deleted.Sport,
                        deleted.StartUtc,
                        StartLocal = startLocal,
                        DistanceMetres = Math.Round(deleted.DistanceMetres, 1),
                        Source = deleted.SourceName,
                        deleted.FileDeleted,
                        deleted.ShoeChoicesDeleted,
                    },
                });
            }
            else
            {
                context.Console.WriteLine(Describe(deleted, startLocal, new Units(runner.Units)));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"Deleted activity 12: Morning Run, 2017-10-08 09:12, 14.00 km; its file sloatsburg.fit went with it."</summary>
    private static string Describe(DeletedActivity deleted, DateTime startLocal, Units units)
    {
        var file = deleted.SourceName switch
        {
            null => "",
            { } source when deleted.FileDeleted => $"; its file {source} went with it",
            { } source => $"; its file {source} stays for the other activities in it",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"Deleted activity {deleted.Id}: {deleted.Name ?? deleted.Sport.ToString()}, {startLocal:yyyy-MM-dd HH:mm}, {units.Distance(deleted.DistanceMetres)}{file}.");
    }
}
