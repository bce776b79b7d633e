using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Core.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>
/// The goal race under the plan: the verdict first, then the reasoning, the build week by week, and what instead; every
/// distance and pace in the runner's unit, as <c>load</c> shows them (<see cref="DistanceUnitFormat"/>).
/// </summary>
internal static class RaceReport
{
    public static void Write(IAnsiConsole console, RaceOutlook race, DistanceUnit unit)
    {
        console.WriteLine();
        var distance = unit.Format(Distance.FromKilometres(race.RaceKilometres));
        console.Write(new Rule(Text($"Race: {distance} on {race.RaceDate:yyyy-MM-dd}, {(race.Reachable ? "reachable with a gradual build" : "not reachable safely")}")) { Justification = Justify.Left });
        foreach (var line in race.Lines)
        {
            console.WriteLine($"  [{line.RuleId}] {line.Text}");
        }

        if (race.Weeks.Count > 0)
        {
            var symbol = unit.Symbol();
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("#", "Week of", $"Week, {symbol}", $"Long run, {symbol}", "Downhill", "Note");
            foreach (var w in race.Weeks)
            {
                table.AddRow(
                    w.Number.ToString(CultureInfo.InvariantCulture),
                    Text($"{w.WeekStart:yyyy-MM-dd}"),
                    Text($"{unit.ValueOf(Distance.FromKilometres(w.TargetKilometres)):0.0}"),
                    Text($"{unit.ValueOf(Distance.FromKilometres(w.LongRunKilometres)):0.0}"),
                    w.DownhillAllowed ? "yes" : "flat",
                    Markup.Escape(w.Note));
            }

            console.Write(table);
        }

        if (race.Instead.Count > 0)
        {
            console.WriteLine("Instead:");
            foreach (var line in race.Instead)
            {
                console.WriteLine($"  [{line.RuleId}] {line.Text}");
            }
        }
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
