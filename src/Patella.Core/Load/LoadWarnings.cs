using System.Globalization;
using Patella.Core.Rules;

namespace Patella.Core.Load;

/// <summary>Turns a picture's checks into one list of warnings, loudest first, then by date.</summary>
internal static class LoadWarnings
{
    public static IReadOnlyList<LoadWarning> For(LoadPicture p)
    {
        var unit = p.Unit;
        var warnings = new List<LoadWarning>();
        AddTenPercent(warnings, p.LastWeek, unit);
        AddTenPercent(warnings, p.CurrentWeek, unit);
        foreach (var spike in p.Spikes.Where(s => s.Date.DayNumber > p.Day.DayNumber - LoadRules.SpikeWarningDays))
        {
            warnings.Add(LoadWarning.Of(
                LoadRules.Spike,
                spike.Grade == SpikeGrade.Small ? Severity.Caution : Severity.Warning,
                Text($"Run on {spike.Date:yyyy-MM-dd} of {unit.Format(spike.Run)} was {spike.Increase * 100:0}% longer than your longest run of the 30 days before ({unit.Format(spike.LongestPrevious30Days)}): a {spike.Grade.ToString().ToLowerInvariant()} spike (hazard rate ratio {spike.HazardRatio:0.00}, Frandsen 2025)."),
                [LoadFigure.Of("run", spike.Run, unit), LoadFigure.Of("longestPrevious30Days", spike.LongestPrevious30Days, unit),
                 LoadFigure.Percent("increase", spike.Increase ?? 0), new LoadFigure("hazardRatio", spike.HazardRatio ?? 1, "ratio")],
                Text($"Keep the next runs shorter than {unit.Format(spike.LongestWithoutSpike)} until your longest runs catch up, and watch the knee over the next 24-48 h."),
                spike.Date,
                spike.ActivityId));
        }

        AddRatios(warnings, p.Ratios);
        if (p.Monotony is { Monotony: > LoadRules.MonotonyWarningAbove } m)
        {
            warnings.Add(LoadWarning.Of(
                LoadRules.Monotony,
                Severity.Caution,
                Text($"Training monotony {m.Monotony:0.00} over {m.From:yyyy-MM-dd}..{m.To:yyyy-MM-dd} is above Foster's 2.0{(m.Capped ? " (capped: nearly the same load every day)" : "")}; strain {m.Strain:0.0} {m.LoadUnit}."),
                [LoadFigure.Ratio("monotony", m.Monotony ?? 0), new LoadFigure("strain", Math.Round(m.Strain ?? 0, 1), m.LoadUnit),
                 new LoadFigure("weeklyLoad", Math.Round(m.WeeklyLoad, 1), m.LoadUnit)],
                "Make easy days easier and keep real rest days or cross-training between harder runs.",
                m.To));
        }

        AddDownhill(warnings, p.LastWeekDownhill);
        AddDownhill(warnings, p.CurrentWeekDownhill);
        foreach (var shoe in p.Shoes.Shoes)
        {
            if (shoe.State is ShoeState.PlanReplacement or ShoeState.Replace)
            {
                var replace = shoe.State == ShoeState.Replace;
                warnings.Add(LoadWarning.Of(
                    replace ? LoadRules.ShoeReplace : LoadRules.ShoePlan,
                    replace ? Severity.Warning : Severity.Caution,
                    Text($"Shoe \"{shoe.Name}\" has {unit.Format(shoe.Distance)} (threshold {unit.Format(replace ? shoe.ReplaceAt : shoe.PlanReplacementAt)})."),
                    [LoadFigure.Of("shoe", shoe.Distance, unit), LoadFigure.Of("threshold", replace ? shoe.ReplaceAt : shoe.PlanReplacementAt, unit)],
                    replace ? "Replace this pair: the midsole wears out before the outsole shows it." : Text($"Plan a replacement: {unit.Format(shoe.UntilReplace)} left before {unit.Format(shoe.ReplaceAt)}."),
                    shoe.LastRun));
            }
        }

        return [.. warnings.OrderByDescending(w => w.Severity).ThenBy(w => w.Date)];
    }

    private static void AddTenPercent(List<LoadWarning> warnings, TenPercentCheck c, DistanceUnit unit)
    {
        if (!c.Exceeded)
        {
            return;
        }

        var which = c.IsPartialWeek ? "This week so far" : Text($"The week of {c.WeekStart:yyyy-MM-dd}");
        var change = c.ChangePercent is { } pct ? Text($" ({pct:+0;-0}% on last week)") : " (last week was empty)";
        warnings.Add(LoadWarning.Of(
            LoadRules.TenPercent,
            Severity.Caution,
            Text($"{which}: {unit.Format(c.ThisWeek)} against {unit.Format(c.Reference)}{change}; the 10% rule allows {unit.Format(c.Allowed)}."),
            [LoadFigure.Of("thisWeek", c.ThisWeek, unit), LoadFigure.Of("lastWeek", c.LastWeek, unit), LoadFigure.Of("reference", c.Reference, unit),
             LoadFigure.Of("allowed", c.Allowed, unit), LoadFigure.Percent("change", (c.ChangePercent ?? 0) / 100)],
            c.IsPartialWeek
                ? "Make the rest of this week easy or rest; cross-train instead of adding running."
                : "Hold next week at or below last week's distance before building again.",
            c.WeekStart));
    }

    private static void AddRatios(List<LoadWarning> warnings, WorkloadRatios? r)
    {
        if (r?.Ewma.Ratio is not { } ewma)
        {
            return;
        }

        var uncoupled = r.Uncoupled.Ratio;
        if (ewma < LoadRules.AcuteChronicContestedHigh && !(uncoupled >= LoadRules.AcuteChronicContestedHigh))
        {
            return;
        }

        warnings.Add(LoadWarning.Of(
            LoadRules.AcuteChronic,
            Severity.Info,
            Text($"The last week's load is well above your usual: EWMA ratio {ewma:0.00}, uncoupled {uncoupled:0.00}. {r.Caveat}"),
            [LoadFigure.Ratio("ewma", ewma), LoadFigure.Ratio("uncoupled", uncoupled ?? 0), LoadFigure.Ratio("coupled", r.Coupled.Ratio ?? 0)],
            "Read it as a trend: check the 10% rule, the spikes and how the knee feels.",
            null));
    }

    private static void AddDownhill(List<LoadWarning> warnings, DownhillCheck d)
    {
        if (!d.Exceeded)
        {
            return;
        }

        warnings.Add(LoadWarning.Of(
            LoadRules.Downhill,
            Severity.Caution,
            Text($"{(d.IsPartialWeek ? "This week so far" : Text($"The week of {d.WeekStart:yyyy-MM-dd}"))}: {d.DescentMetres:0} m of descent against {d.ReferenceDescentMetres:0} m; allowed {d.AllowedDescentMetres:0} m."),
            [new LoadFigure("descent", Math.Round(d.DescentMetres), "m"), new LoadFigure("reference", Math.Round(d.ReferenceDescentMetres), "m"),
             new LoadFigure("allowed", Math.Round(d.AllowedDescentMetres), "m")],
            "Descents load the kneecap most: flatten your routes for a week, build uphill first.",
            d.WeekStart));
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
