using System.Globalization;
using System.Text.RegularExpressions;
using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Core.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>
/// The goal race under the plan: the verdict first, then the reasoning, the build week by week, and what instead; every
/// distance and pace in the runner's unit, as <c>load</c> shows them (<see cref="DistanceUnitFormat"/>).
/// </summary>
internal static partial class RaceReport
{
    public static void Write(IAnsiConsole console, RaceOutlook race, DistanceUnit unit)
    {
        console.WriteLine();
        var distance = unit.Format(Distance.FromKilometres(race.RaceKilometres));
        console.Write(new Rule(Text($"Race: {distance} on {race.RaceDate:yyyy-MM-dd}, {(race.Reachable ? "reachable with a gradual build" : "not reachable safely")}")) { Justification = Justify.Left });
        foreach (var line in race.Lines)
        {
            console.WriteLine($"  [{line.RuleId}] {InUnit(line.Text, unit)}");
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
                    Markup.Escape(InUnit(w.Note, unit)));
            }

            console.Write(table);
        }

        if (race.Instead.Count > 0)
        {
            console.WriteLine("Instead:");
            foreach (var line in race.Instead)
            {
                console.WriteLine($"  [{line.RuleId}] {InUnit(line.Text, unit)}");
            }
        }
    }

    /// <summary>
    /// Core's race lines in the runner's unit: "10.9 km" and "6:30 min/km" become miles for a runner who reads miles.
    /// Core writes them in kilometres (<see cref="RaceBuild.Judge"/> takes no unit yet); the numbers are converted, never re-decided.
    /// </summary>
    internal static string InUnit(string text, DistanceUnit unit)
    {
        if (unit != DistanceUnit.Miles)
        {
            return text;
        }

        var paces = PerKilometre().Replace(text, m =>
        {
            var secondsPerMile = Math.Round(((int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) * Distance.MetresPerMile / 1000);
            return Text($"{(int)(secondsPerMile / 60)}:{secondsPerMile % 60:00} min/mi");
        });
        return Kilometres().Replace(paces, m => unit.Format(Distance.FromKilometres(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));
    }

    [GeneratedRegex(@"\b(\d+):(\d\d) min/km\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerKilometre();

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?) ?km\b", RegexOptions.CultureInvariant)]
    private static partial Regex Kilometres();

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
