using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>Small horizontal bars drawn in table cells (a BarChart per row would not line up with the numbers).</summary>
internal static class Bars
{
    /// <summary>Cells of the bars in the tables.</summary>
    public const int Width = 16;

    /// <summary>A bar of <paramref name="value"/> against <paramref name="max"/>, in a colour; empty when max is 0.</summary>
    public static string Of(double value, double max, string colour = "green", int width = Width)
    {
        var filled = max > 0 ? (int)Math.Round(Math.Clamp(value / max, 0, 1) * width) : 0;
        return $"[{colour}]{new string('█', filled)}[/][grey]{new string('·', width - filled)}[/]";
    }

    /// <summary>A table with one space between columns, so nine columns fit the 80 columns of a redirected console.</summary>
    public static Table Narrow(string title, params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        if (title.Length > 0)
        {
            table.Title(title);
        }

        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).PadLeft(0).PadRight(1).NoWrap());
        }

        return table;
    }

    /// <summary>Markup for a severity or a state, escaped.</summary>
    public static string Coloured(string text, string colour) => $"[{colour}]{Markup.Escape(text)}[/]";
}
