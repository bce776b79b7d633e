using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>The seeds' 10% rule applied to one week.</summary>
/// <param name="IsPartialWeek">True for the current week, judged on the distance run so far (see <see cref="TenPercentRule"/>).</param>
/// <param name="Reference">The larger of the two previous weeks: the figure the allowance grows from.</param>
/// <param name="Allowed">The most this week may hold: max(reference × 1.10, reference + 3 km).</param>
/// <param name="ChangePercent">This week against last week, percent; null when last week was empty.</param>
/// <param name="Projected">For a partial week: so far × 7 / days counted. Shown, never judged.</param>
/// <param name="Remaining">How much more this week can take before it exceeds <paramref name="Allowed"/>; zero once over.</param>
public sealed record TenPercentCheck(
    DateOnly WeekStart,
    bool IsPartialWeek,
    Distance ThisWeek,
    Distance LastWeek,
    Distance WeekBefore,
    Distance Reference,
    Distance Allowed,
    double? ChangePercent,
    bool Exceeded,
    Distance? Projected,
    Distance Remaining);

/// <summary>
/// The 10% rule (<see cref="LoadRules.TenPercent"/>), with three decisions a reviewer must know:
/// <list type="bullet">
/// <item><b>Low volume</b>: a week may always grow by <see cref="LoadRules.TenPercentFloorKilometres"/> (3 km), so
/// below 30 km a week the floor, not the 10%, sets the allowance; from an empty reference the allowance is 3 km.</item>
/// <item><b>Reference</b>: the larger of last week and the week before, so a planned lighter week (or a week off)
/// does not turn the runner's usual week into a "jump". Two empty weeks reset it to zero.</item>
/// <item><b>Partial week</b>: judged on the distance so far: it fires only once the week has already exceeded its
/// allowance. The projection (so far × 7 / days) is reported but never fires: one long run on Monday would project
/// to seven. <see cref="TenPercentCheck.Remaining"/> tells the runner what is left.</item>
/// </list>
/// </summary>
public static class TenPercentRule
{
    /// <summary>The most a week may hold after a reference week: max(reference × 1.10, reference + 3 km).</summary>
    public static Distance Allowed(Distance reference)
    {
        var byPercent = reference * (1 + LoadRules.TenPercentMaxGrowth);
        var byFloor = reference + Distance.FromKilometres(LoadRules.TenPercentFloorKilometres);
        return byPercent > byFloor ? byPercent : byFloor;
    }

    /// <summary>The week starting on <paramref name="weekStart"/> (a Monday), counted through <paramref name="throughDay"/>.</summary>
    public static TenPercentCheck Evaluate(LoadHistory history, DateOnly weekStart, DateOnly throughDay)
    {
        ArgumentNullException.ThrowIfNull(history);
        var daysCounted = throughDay.DayNumber - weekStart.DayNumber + 1;
        var partial = daysCounted < 7;
        var end = partial ? throughDay : weekStart.AddDays(6);
        var thisWeek = Distance.FromMetres(LoadSeries.Sum(history, weekStart, end).DistanceMetres);
        var lastWeek = Distance.FromMetres(LoadSeries.Sum(history, weekStart.AddDays(-7), weekStart.AddDays(-1)).DistanceMetres);
        var weekBefore = Distance.FromMetres(LoadSeries.Sum(history, weekStart.AddDays(-14), weekStart.AddDays(-8)).DistanceMetres);
        var reference = lastWeek > weekBefore ? lastWeek : weekBefore;
        var allowed = Allowed(reference);
        var remaining = allowed - thisWeek;
        return new TenPercentCheck(
            weekStart,
            partial,
            thisWeek,
            lastWeek,
            weekBefore,
            reference,
            allowed,
            lastWeek.Metres > 0 ? (thisWeek.Metres - lastWeek.Metres) / lastWeek.Metres * 100.0 : null,
            thisWeek > allowed,
            partial ? thisWeek * (7.0 / daysCounted) : null,
            remaining > Distance.Zero ? remaining : Distance.Zero);
    }
}
