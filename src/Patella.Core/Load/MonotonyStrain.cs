namespace Patella.Core.Load;

/// <summary>Foster's monotony and strain over the 7 days ending on a day.</summary>
/// <param name="WeeklyLoad">Sum of the 7 daily loads, in <paramref name="LoadUnit"/>.</param>
/// <param name="StandardDeviation">Population SD of the 7 daily loads (the 7 days are the whole week, not a sample).</param>
/// <param name="Monotony">Mean / SD, capped at 10; null when the week carried no load.</param>
/// <param name="Strain">Weekly load × monotony; null with monotony.</param>
/// <param name="Capped">True when the SD was 0 with load on every day, or the ratio exceeded the cap.</param>
public sealed record MonotonyStrain(
    DateOnly From,
    DateOnly To,
    string LoadUnit,
    double WeeklyLoad,
    double MeanDailyLoad,
    double StandardDeviation,
    double? Monotony,
    double? Strain,
    bool Capped);

/// <summary>
/// Foster monotony (mean daily load / SD over 7 days, rest days 0) and strain (weekly load × monotony)
/// (<see cref="LoadRules.Monotony"/>). SD = 0 has two cases: no load at all (monotony null: nothing to
/// judge) and the same positive load every day (monotony set to the cap, 10: as monotonous as a week gets).
/// </summary>
public static class Foster
{
    public static MonotonyStrain On(LoadHistory history, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        Span<double> loads = stackalloc double[LoadRules.AcuteDays];
        for (var i = 0; i < loads.Length; i++)
        {
            loads[i] = history.LoadOn(day.AddDays(i - loads.Length + 1));
        }

        return Of(loads, day.AddDays(1 - loads.Length), day, AcuteChronic.LoadUnit(history.Settings));
    }

    /// <summary>Monotony and strain of given daily loads (any count ≥ 1).</summary>
    public static MonotonyStrain Of(ReadOnlySpan<double> dailyLoads, DateOnly from, DateOnly to, string loadUnit)
    {
        var sum = 0.0;
        foreach (var load in dailyLoads)
        {
            sum += load;
        }

        var mean = sum / dailyLoads.Length;
        var squares = 0.0;
        foreach (var load in dailyLoads)
        {
            squares += (load - mean) * (load - mean);
        }

        var sd = Math.Sqrt(squares / dailyLoads.Length);
        double? monotony = null;
        var capped = false;
        if (sum > 0)
        {
            // Equal loads every day leave SD at 0 (or within rounding of it): the ratio explodes, the cap holds.
            var raw = sd > 1e-9 * mean ? mean / sd : double.PositiveInfinity;
            capped = raw > LoadRules.MonotonyCap;
            monotony = Math.Min(raw, LoadRules.MonotonyCap);
        }

        return new MonotonyStrain(from, to, loadUnit, sum, mean, sd, monotony, sum * monotony, capped);
    }
}
