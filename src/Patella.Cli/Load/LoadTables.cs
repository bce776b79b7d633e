using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Load;
using Patella.Data.Load;
using Spectre.Console;

namespace Patella.Cli.Load;

/// <summary>The load picture on a terminal: tables with small bars, in the runner's unit. Shows, never decides.</summary>
internal static class LoadTables
{
    public static void Write(IAnsiConsole console, LoadPicture p, RunnerLoad load)
    {
        var unit = p.Unit;
        console.MarkupLine(Invariant($"[bold]Load on {p.Day:yyyy-MM-dd}[/] ({Markup.Escape(p.TimeZone)}, {unit.Symbol()})"));
        console.Write(Weeks(p));
        var cross = p.Weeks.SelectMany(w => w.CrossTraining).GroupBy(c => c.Sport).OrderBy(g => g.Key)
            .Select(g => Invariant($"{g.Key} {g.Sum(c => c.Sessions)}x {Units.Duration(g.Sum(c => c.MovingTime.TotalSeconds))}")).ToList();
        if (cross.Count > 0)
        {
            console.MarkupLine(Markup.Escape("Cross-training in these weeks (not in running load): " + string.Join(", ", cross) + "."));
        }

        console.Write(CurrentWeek(p));
        console.MarkupLine(p.LongestRunLast30Days.Metres > 0
            ? Invariant($"Longest run of the last 30 days: [bold]{unit.Format(p.LongestRunLast30Days)}[/]; the next run is not a spike up to [bold]{unit.Format(p.NextRunLongestWithoutSpike)}[/] ({LoadRules.Spike.Id}).")
            : Invariant($"No run in the last 30 days: nothing to measure a spike against; start short ({LoadRules.Spike.Id})."));
        console.Write(Ratios(p));
        console.MarkupLine(Markup.Escape(LoadRules.AcuteChronicCaveat));
        var m = p.Monotony;
        console.MarkupLine(m.Monotony is { } monotony
            ? Invariant($"Monotony (Foster, {m.From:MM-dd}..{m.To:MM-dd}): [bold]{monotony:0.00}[/]{(m.Capped ? " (capped)" : "")}, strain {m.Strain:0.0} {m.LoadUnit}; above {LoadRules.MonotonyWarningAbove:0.0} warns ({LoadRules.Monotony.Id}).")
            : "Monotony: no running in the last 7 days.");
        var d = p.CurrentWeekDownhill;
        console.MarkupLine(Invariant(
            $"Descent this week so far: [bold]{d.DescentMetres:0} m[/] (last week {d.LastWeekDescentMetres:0} m, allowed {d.AllowedDescentMetres:0} m); downhill {unit.Format(d.DownhillDistance)} ({LoadRules.Downhill.Id})."));
        ShoeTables.Write(console, p.Shoes, load, unit);
        WarningTables.Write(console, p.Warnings);
    }

    private static Table Weeks(LoadPicture p)
    {
        var unit = p.Unit;
        var symbol = unit.Symbol();
        var table = Bars.Narrow(
            "Last 8 weeks and this week (*: so far)", "Week of", symbol, "", "Runs", "Time", "Desc m", "Down", "Long", "Chg");
        var max = p.Weeks.Max(w => w.Distance.Metres);
        foreach (var w in p.Weeks)
        {
            table.AddRow(
                Invariant($"{w.WeekStart:yyyy-MM-dd}") + (w.IsComplete ? "" : "*"),
                Number(unit, w.Distance),
                Bars.Of(w.Distance.Metres, max, w.IsComplete ? "green" : "blue", 8),
                w.Runs.ToString(CultureInfo.InvariantCulture),
                Units.Duration(w.MovingTime.TotalSeconds),
                Invariant($"{w.DescentMetres:0}"),
                Number(unit, w.DownhillDistance),
                Number(unit, w.LongestRun),
                !w.IsComplete ? "so far" : w.DistanceChangePercent is { } pct ? Invariant($"{pct:+0;-0;0}%") : "-");
        }

        table.Caption(Invariant($"Desc: descent; Down: distance run downhill, {symbol}; Long: longest run, {symbol}; Chg: on the week before."));
        return table;
    }

    private static Table CurrentWeek(LoadPicture p)
    {
        var unit = p.Unit;
        var c = p.CurrentWeek;
        var table = new Table().Border(TableBorder.Simple).Title(Invariant($"This week so far: the 10% rule ({LoadRules.TenPercent.Id})"));
        table.AddColumn("");
        table.AddColumn("Distance");
        table.AddColumn("");
        var max = Math.Max(c.Allowed.Metres, c.ThisWeek.Metres);
        table.AddRow("So far", unit.Format(c.ThisWeek), Bars.Of(c.ThisWeek.Metres, max, c.Exceeded ? "red" : "blue"));
        table.AddRow("Allowed", unit.Format(c.Allowed), Bars.Of(c.Allowed.Metres, max, "grey"));
        table.AddRow("Left this week", unit.Format(c.Remaining), "");
        table.AddRow("Reference (larger of the last two weeks)", unit.Format(c.Reference), "");
        table.AddRow("Last week", unit.Format(c.LastWeek), "");
        if (c.Projected is { } projected)
        {
            table.AddRow("Projected at this pace (shown, not judged)", unit.Format(projected), "");
        }

        return table;
    }

    private static Table Ratios(LoadPicture p)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Invariant($"Acute:chronic workload ({LoadRules.AcuteChronic.Id})"));
        if (p.Ratios is not { } r)
        {
            table.AddColumn("Needs 28 days since the first run: not shown yet.");
            return table;
        }

        foreach (var header in new[] { "", Invariant($"Acute ({r.LoadUnit})"), Invariant($"Chronic ({r.LoadUnit})"), "Ratio", "" })
        {
            table.AddColumn(header);
        }

        foreach (var (name, pair) in new[] { ("Rolling, coupled", r.Coupled), ("Rolling, uncoupled", r.Uncoupled), ("EWMA (7/28)", r.Ewma) })
        {
            table.AddRow(
                name,
                Invariant($"{pair.Acute:0.0}"),
                Invariant($"{pair.Chronic:0.0}"),
                pair.Ratio is { } ratio ? Invariant($"{ratio:0.00}") : "-",
                Bars.Of(pair.Ratio ?? 0, 2.0, pair.Ratio >= LoadRules.AcuteChronicContestedHigh ? "yellow" : "blue", 10));
        }

        return table;
    }

    private static string Number(DistanceUnit unit, Core.Measures.Distance distance) => Invariant($"{unit.ValueOf(distance):0.0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
