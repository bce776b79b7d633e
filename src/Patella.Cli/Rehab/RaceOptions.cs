using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Measures;
using Patella.Core.Rehab;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>--race DATE --race-distance D</c> and <c>--no-race</c> on <c>patella plan</c>: set or clear the goal race.
/// A distance is a number with an optional unit: <c>21.1km</c>, <c>21.1</c> (km) or <c>13.1mi</c>.
/// </summary>
internal sealed class RaceOptions
{
    public Option<string?> Date { get; } = new("--race") { Description = "Set your goal race day (YYYY-MM-DD, after the plan's day); needs --race-distance." };

    public Option<string?> Distance { get; } = new("--race-distance") { Description = "Race distance: 21.1km, 21.1 (km) or 13.1mi; needs --race." };

    public Option<bool> None { get; } = new("--no-race") { Description = "Clear the goal race." };

    public IEnumerable<Option> All => [Date, Distance, None];

    /// <summary>What the options ask for: (null, false) leaves the stored race as it is.</summary>
    /// <exception cref="BadInputException">A bad date or distance, one of the pair without the other, --no-race with --race, or a race not after <paramref name="day"/>.</exception>
    public (RaceGoal? Set, bool Clear) Read(ParseResult parsed, DateOnly day)
    {
        var date = LocalDay.Parse(parsed.GetValue(Date), "--race");
        var distance = parsed.GetValue(Distance) is { } text ? Parse(text) : (double?)null;
        var clear = parsed.GetValue(None);
        if (clear && (date is not null || distance is not null))
        {
            throw new BadInputException("--no-race clears the race: leave out --race and --race-distance");
        }

        if ((date is null) != (distance is null))
        {
            throw new BadInputException("--race and --race-distance go together: give both or neither");
        }

        if (date is not { } d || distance is not { } km)
        {
            return (null, clear);
        }

        if (d <= day)
        {
            throw new BadInputException(Text($"--race: {d:yyyy-MM-dd} is not after the plan's day {day:yyyy-MM-dd}"));
        }

        return km is > 0 and <= RaceRules.MaxRaceKilometres
            ? (RaceGoal.Create(d, km), false)
            : throw new BadInputException(Text($"--race-distance: {km:0.###} km is outside 0-{RaceRules.MaxRaceKilometres:0} km"));
    }

    /// <summary>Kilometres from "21.1km", "21.1" or "13.1mi".</summary>
    private static double Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, factor) = t.EndsWith("km", StringComparison.Ordinal) ? (t[..^2], 1.0)
            : t.EndsWith("mi", StringComparison.Ordinal) ? (t[..^2], Core.Measures.Distance.MetresPerMile / 1000)
            : (t, 1.0);
        return double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value * factor
            : throw new BadInputException($"--race-distance: '{text}' is not a distance (e.g. 21.1km, 10, 13.1mi)");
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
