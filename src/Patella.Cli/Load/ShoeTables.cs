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

        var symbol = unit.Symbol();
        var table = Bars.Narrow("Shoes", "Shoe", symbol, "", Invariant($"Alerts {symbol}"), "Runs", "State");
        foreach (var s in report.Shoes)
        {
            var row = load.TrackedRow(s.Name);
            var name = Markup.Escape(s.Name)
                + (row is null ? " [grey](gear)[/]" : "")
                + (row?.DefaultFrom is not null && s.State != ShoeState.Retired ? " [grey](default)[/]" : "");
            table.AddRow(
                name,
                Invariant($"{unit.ValueOf(s.Distance):0.0}"),
                Bars.Of(s.Distance.Metres, s.ReplaceAt.Metres, Colour(s.State), 10),
                Invariant($"{unit.ValueOf(s.PlanReplacementAt):0}/{unit.ValueOf(s.ReplaceAt):0}"),
                s.Runs.ToString(CultureInfo.InvariantCulture),
                Bars.Coloured(State(s), Colour(s.State)));
        }

        console.Write(table);
        console.MarkupLine("[grey](gear): a gear name in your activities, not added as a shoe yet; alerts plan a replacement / replace.[/]");
        if (report.UnassignedRuns > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.UnassignedRuns} runs ({unit.Format(report.Unassigned)}) are in no shoe: give them one with 'patella shoes use NAME --on DATE', or add a default shoe."));
        }
    }

    private static string State(ShoeMileage s) => s.State == ShoeState.Retired
        ? string.Create(CultureInfo.InvariantCulture, $"retired {s.Retired:yyyy-MM-dd}")
        : s.State.Words();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Colour(ShoeState state) => state switch
    {
        ShoeState.Replace => "red",
        ShoeState.PlanReplacement => "yellow",
        ShoeState.Retired => "grey",
        _ => "green",
    };
}
