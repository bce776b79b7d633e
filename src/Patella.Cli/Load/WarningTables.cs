using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Rules;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>The picture's warnings on a terminal: loudest first, each with its rule, numbers, what to do and the source.</summary>
internal static class WarningTables
{
    public static void Write(IAnsiConsole console, IReadOnlyList<LoadWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            console.MarkupLine("[green]No load warnings.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("Warnings");
        table.AddColumn(new TableColumn("Rule").NoWrap());
        table.AddColumn("What happened, the numbers, what to do, the source");
        foreach (var w in warnings)
        {
            var figures = string.Join(", ", w.Figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} {f.Value} {f.Unit}")));
            table.AddRow(
                Bars.Coloured(w.Severity.ToString().ToLowerInvariant(), Colour(w.Severity)) + "\n" + Markup.Escape(w.RuleId),
                Markup.Escape(w.Message) + "\n[grey]" + Markup.Escape(figures) + "[/]\n[bold]Do:[/] " + Markup.Escape(w.Advice)
                    + "\n[grey]Source: " + Markup.Escape(w.Source) + "[/]");
        }

        console.Write(table);
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Warning or Severity.Refer => "red",
        Severity.Caution => "yellow",
        _ => "blue",
    };
}
