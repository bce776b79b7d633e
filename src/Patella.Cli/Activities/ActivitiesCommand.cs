using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Patella.Cli.Infrastructure;
using Patella.Core.Activities;
using Patella.Data.Runners;
using Spectre.Console;

namespace Patella.Cli.Activities;

/// <summary>
/// <c>patella activities [--from DATE] [--to DATE]</c>: the runner's activities, newest first;
/// <c>patella activities delete ID</c> deletes one (<see cref="ActivitiesDeleteCommand"/>).
/// </summary>
public static class ActivitiesCommand
{
    public static Command Create(GlobalOptions options)
    {
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, your time zone)." };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD, your time zone), inclusive." };
        var command = new Command("activities", "List imported activities with distance, time, descent and cadence.")
        {
            from,
            to,
            ActivitiesDeleteCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var (fromDay, toDay) = (Day(parsed.GetValue(from), "--from"), Day(parsed.GetValue(to), "--to"));
            if (fromDay > toDay)
            {
                throw new BadInputException($"--from {fromDay:yyyy-MM-dd} is after --to {toDay:yyyy-MM-dd}: nothing can be between them");
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var zone = RunnerProfile.TimeZoneOf(runner);
            var all = db.Activities.AsNoTracking().Where(a => a.RunnerId == runner.Id);
            var query = all;
            if (fromDay is { } first)
            {
                var startUtc = TimeZoneInfo.ConvertTimeToUtc(first.ToDateTime(TimeOnly.MinValue), zone);
                query = query.Where(a => a.StartUtc >= startUtc);
            }

            if (toDay is { } last)
            {
                var endUtc = TimeZoneInfo.ConvertTimeToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
                query = query.Where(a => a.StartUtc < endUtc);
            }

            var rows = query.OrderByDescending(a => a.StartUtc)
                .Select(a => new { Activity = a, Source = a.File != null ? a.File.SourceName : null })
                .ToList()
                .Select(x => ActivityView.From(x.Activity, x.Source, zone))
                .ToList();
            if (context.Json)
            {
                context.WriteJson(new { timeZone = runner.TimeZone, units = runner.Units, activities = rows });
            }
            else
            {
                Print(context.Console, rows, new Units(runner.Units), (fromDay, toDay), rows.Count == 0 ? all.Count() : rows.Count);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly? Day(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadInputException($"{option}: '{text}' is not a date (YYYY-MM-DD)");

    private static void Print(IAnsiConsole console, List<ActivityView> rows, Units units, (DateOnly? From, DateOnly? To) range, int inAll)
    {
        if (rows.Count == 0)
        {
            console.WriteLine(inAll == 0 ? "No activities yet. Import some with: patella import PATH" : Empty(range, inAll));
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "Id", "Date", "Sport", "Name", "Distance", "Moving", "Pace", "Ascent", "Descent", "Downhill", "Cadence", "HR" })
        {
            table.AddColumn(header);
        }

        foreach (var r in rows)
        {
            table.AddRow(
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.StartLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(r.SportName ?? r.Sport.ToString()),
                Markup.Escape(Shorten(r.Name ?? "", 28)),
                units.Distance(r.DistanceMetres),
                Units.Duration(r.MovingTimeSeconds),
                r.Sport.IsOnFoot() ? units.Pace(r.AverageSpeedMetresPerSecond) : "-",
                r.ElevationGainMetres is { } gain ? $"{gain:0} m" : "-",
                r.ElevationLossMetres is { } loss ? $"{loss:0} m" : "-",
                units.Distance(r.DownhillDistanceMetres),
                r.AverageCadenceStepsPerMinute is { } spm ? $"{spm:0} spm" : "-",
                r.AverageHeartRateBpm is { } hr ? $"{hr:0}" : "-");
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} activities, {units.Distance(rows.Where(r => r.Sport.IsRunning()).Sum(r => r.DistanceMetres))} running."));
    }

    /// <summary>"No activities between 2018-01-01 and 2018-12-31 (43 in all)." for a range that holds none of the runner's.</summary>
    private static string Empty((DateOnly? From, DateOnly? To) range, int inAll) => FormattableString.Invariant(range switch
    {
        ({ } f, { } t) => (FormattableString)$"No activities between {f:yyyy-MM-dd} and {t:yyyy-MM-dd} ({inAll} in all).",
        ({ } f, null) => $"No activities from {f:yyyy-MM-dd} on ({inAll} in all).",
        (null, { } t) => $"No activities up to {t:yyyy-MM-dd} ({inAll} in all).",
        _ => $"No activities ({inAll} in all).",
    });

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
