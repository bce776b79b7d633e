using System.Globalization;
using Patella.Core.Load;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>Shoes on a terminal: distance bars against each shoe's replace distance, the 600/800 km marks in the text.</summary>
internal static class ShoeTables
{
    public static void Write(IAnsiConsole console, ShoeReport report, RunnerLoad load, DistanceUnit unit)
    {
        if (report.Shoes.Count == 0)
        {
            console.MarkupLine("Shoes: none tracked and no gear in your activities. Add one with: patella shoes add NAME --default");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("Shoes");
        foreach (var header in new[] { "Shoe", "Distance", "", "Plan / replace at", "Runs", "State" })
        {
            table.AddColumn(header);
        }

        foreach (var s in report.Shoes)
        {
            var row = load.TrackedRow(s.Name);
            var name = Markup.Escape(s.Name)
                + (row is null ? " [grey](from your activities' gear)[/]" : "")
                + (row?.DefaultFrom is not null && s.State != ShoeState.Retired ? " [grey](default)[/]" : "");
            table.AddRow(
                name,
                unit.Format(s.Distance),
                Bars.Of(s.Distance.Metres, s.ReplaceAt.Metres, Colour(s.State)),
                $"{unit.Format(s.PlanReplacementAt)} / {unit.Format(s.ReplaceAt)}",
                s.Runs.ToString(CultureInfo.InvariantCulture),
                Bars.Coloured(State(s), Colour(s.State)));
        }

        console.Write(table);
        if (report.UnassignedRuns > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.UnassignedRuns} runs ({unit.Format(report.Unassigned)}) are in no shoe: give them one with 'patella shoes use NAME --on DATE', or add a default shoe."));
        }
    }

    private static string State(ShoeMileage s) => s.State switch
    {
        ShoeState.Replace => $"replace ({LoadRules.ShoeReplace.Id})",
        ShoeState.PlanReplacement => $"plan a replacement ({LoadRules.ShoePlan.Id})",
        ShoeState.Retired => string.Create(CultureInfo.InvariantCulture, $"retired {s.Retired:yyyy-MM-dd}"),
        _ => "fine",
    };

    private static string Colour(ShoeState state) => state switch
    {
        ShoeState.Replace => "red",
        ShoeState.PlanReplacement => "yellow",
        ShoeState.Retired => "grey",
        _ => "green",
    };
}
