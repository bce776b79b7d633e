using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>An acute and a chronic load and their ratio (null when the chronic load is zero).</summary>
/// <param name="Acute">Rolling: load of the last 7 days. EWMA: the acute average, per day.</param>
/// <param name="Chronic">Rolling: average weekly load of the chronic window. EWMA: the chronic average, per day.</param>
public sealed record RatioPair(double Acute, double Chronic, double? Ratio)
{
    internal static RatioPair Of(double acute, double chronic) => new(acute, chronic, chronic > 0 ? acute / chronic : null);
}

/// <summary>The three acute:chronic workload ratios on one day, with the caveat that must go with them.</summary>
/// <param name="LoadUnit"><c>km</c>, <c>mi</c>, <c>min</c> or <c>AU</c> (RPE × minutes).</param>
/// <param name="HistoryDays">Days from the first run to the day, inclusive (at least 28 here).</param>
/// <param name="Coupled">Acute 7 days; chronic = 28-day load / 4, acute week included (Hulin/Gabbett 2016).</param>
/// <param name="Uncoupled">Acute 7 days; chronic = load of days −27 … −7 / 3, acute week excluded (Windt &amp; Gabbett 2019).</param>
/// <param name="Ewma">EWMA acute (N = 7) over EWMA chronic (N = 28), λ = 2/(N+1) (Williams 2017).</param>
/// <param name="RunsWithoutRpe">With <see cref="LoadMeasure.SessionRpe"/>: runs in the last 28 days with no RPE, which add no load.</param>
public sealed record WorkloadRatios(
    LoadMeasure Measure,
    string LoadUnit,
    int HistoryDays,
    RatioPair Coupled,
    RatioPair Uncoupled,
    RatioPair Ewma,
    double EwmaAcuteLambda,
    double EwmaChronicLambda,
    int RunsWithoutRpe,
    string Caveat,
    ClinicalRule Rule);

/// <summary>
/// Acute:chronic workload ratios (<see cref="LoadRules.AcuteChronic"/>) from daily loads, rest days counting 0.
/// EWMA seeding: both averages start at the load of the first day with a run (the day itself, rest or not,
/// is day 0), then EWMA_t = λ·L_t + (1 − λ)·EWMA_{t−1} for every later day; ratios are only reported from
/// 28 days of history on, by when the seed's weight in the chronic average has fallen to (1 − λ)^27 ≈ 15%.
/// </summary>
public static class AcuteChronic
{
    /// <summary>λ = 2/(N+1) for N = 7 (Williams 2017): 0.25.</summary>
    public static readonly double AcuteLambda = 2.0 / (LoadRules.AcuteDays + 1);

    /// <summary>λ = 2/(N+1) for N = 28 (Williams 2017): ≈ 0.069.</summary>
    public static readonly double ChronicLambda = 2.0 / (LoadRules.ChronicDays + 1);

    /// <summary>The ratios on <paramref name="day"/>; null with fewer than 28 days since the first run.</summary>
    public static WorkloadRatios? On(LoadHistory history, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.FirstRunDay is not { } first || day.DayNumber - first.DayNumber + 1 < LoadRules.ChronicDays)
        {
            return null;
        }

        double acute7 = 0, chronic21 = 0;
        var runsWithoutRpe = 0;
        for (var back = 0; back < LoadRules.ChronicDays; back++)
        {
            var d = day.AddDays(-back);
            var load = history.LoadOn(d);
            if (back < LoadRules.AcuteDays)
            {
                acute7 += load;
            }
            else
            {
                chronic21 += load;
            }

            runsWithoutRpe += history.On(d).RunsWithoutRpe;
        }

        var (ewmaAcute, ewmaChronic) = Ewma(history, first, day);
        var weeksInChronic = LoadRules.ChronicDays / 7.0;
        return new WorkloadRatios(
            history.Settings.Measure,
            LoadUnit(history.Settings),
            day.DayNumber - first.DayNumber + 1,
            RatioPair.Of(acute7, (acute7 + chronic21) / weeksInChronic),
            RatioPair.Of(acute7, chronic21 / (weeksInChronic - 1)),
            RatioPair.Of(ewmaAcute, ewmaChronic),
            AcuteLambda,
            ChronicLambda,
            history.Settings.Measure == LoadMeasure.SessionRpe ? runsWithoutRpe : 0,
            LoadRules.AcuteChronicCaveat,
            LoadRules.AcuteChronic);
    }

    /// <summary><c>km</c>, <c>mi</c>, <c>min</c> or <c>AU</c>.</summary>
    public static string LoadUnit(LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Measure switch
        {
            LoadMeasure.Minutes => "min",
            LoadMeasure.SessionRpe => "AU",
            _ => settings.Unit.Symbol(),
        };
    }

    private static (double Acute, double Chronic) Ewma(LoadHistory history, DateOnly first, DateOnly day)
    {
        var acute = history.LoadOn(first);
        var chronic = acute;
        for (var d = first.AddDays(1); d <= day; d = d.AddDays(1))
        {
            var load = history.LoadOn(d);
            acute = (AcuteLambda * load) + ((1 - AcuteLambda) * acute);
            chronic = (ChronicLambda * load) + ((1 - ChronicLambda) * chronic);
        }

        return (acute, chronic);
    }
}
