using Patella.Core.Load;
using Patella.Core.Rules;
using Patella.Data.Load;

namespace Patella.Web.Load;

/// <summary>
/// <c>GET /api/load</c>: the load page's data. Distances in metres whatever the runner's unit (<see cref="Units"/> says
/// which they read); warnings' messages and figures are already in that unit, as Core wrote them.
/// </summary>
/// <param name="Weeks">The last <see cref="LoadJson.WeeksShown"/> ISO weeks, oldest first; the last is the current week so far.</param>
/// <param name="RatioCaveat">The text that must go with the ratios (<see cref="LoadRules.AcuteChronicCaveat"/>).</param>
public sealed record LoadJson(
    DateOnly Day,
    string TimeZone,
    string Units,
    IReadOnlyList<LoadWeekJson> Weeks,
    string RatioCaveat,
    string RatioRuleId,
    string TenPercentRuleId,
    string DownhillRuleId,
    IReadOnlyList<ShoeJson> Shoes,
    IReadOnlyList<WarningJson> Warnings)
{
    /// <summary>Weeks on the load page (issue #5: "the last 16 weeks").</summary>
    public const int WeeksShown = 16;

    public static LoadJson From(RunnerLoad load, DateOnly day, string units)
    {
        ArgumentNullException.ThrowIfNull(load);
        var picture = load.PictureOn(day);
        var history = load.History;
        var weeks = LoadSeries.Weeks(history, day, WeeksShown).Select(w =>
        {
            var end = w.WeekStart.AddDays(w.DaysCounted - 1);
            var guide = TenPercentRule.Evaluate(history, w.WeekStart, end);
            var ratios = AcuteChronic.On(history, end);
            return new LoadWeekJson(
                w.WeekStart, $"{w.IsoYear}-W{w.IsoWeek:00}", w.DaysCounted, Math.Round(w.Distance.Metres, 1), Math.Round(guide.Allowed.Metres, 1), guide.Exceeded,
                w.Runs, Math.Round(w.LongestRun.Metres, 1), Math.Round(w.DescentMetres, 1), Math.Round(w.DownhillDistance.Metres, 1),
                Ratio(ratios?.Coupled.Ratio), Ratio(ratios?.Ewma.Ratio));
        }).ToList();
        return new LoadJson(
            day, picture.TimeZone, units, weeks, LoadRules.AcuteChronicCaveat, LoadRules.AcuteChronic.Id, LoadRules.TenPercent.Id, LoadRules.Downhill.Id,
            [.. picture.Shoes.Shoes.Select(ShoeJson.From)],
            [.. picture.Warnings.Select(WarningJson.From)]);
    }

    private static double? Ratio(double? ratio) => ratio is { } r ? Math.Round(r, 2) : null;
}

/// <param name="GuideMetres">The most the week may hold under the 10% rule (<see cref="TenPercentRule.Allowed"/>).</param>
/// <param name="OverGuide">The week exceeded its guide (a partial week only once it already has).</param>
/// <param name="CoupledRatio">Acute:chronic (rolling, coupled) on the week's last day; null before 28 days of history.</param>
/// <param name="EwmaRatio">Acute:chronic (EWMA) on the week's last day; null before 28 days of history.</param>
public sealed record LoadWeekJson(
    DateOnly WeekStart,
    string IsoWeek,
    int DaysCounted,
    double DistanceMetres,
    double GuideMetres,
    bool OverGuide,
    int Runs,
    double LongestRunMetres,
    double DescentMetres,
    double DownhillDistanceMetres,
    double? CoupledRatio,
    double? EwmaRatio);

/// <param name="State">Fine, PlanReplacement, Replace or Retired.</param>
public sealed record ShoeJson(string Name, double DistanceMetres, int Runs, double PlanReplacementAtMetres, double ReplaceAtMetres, string State)
{
    public static ShoeJson From(ShoeMileage s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new ShoeJson(s.Name, Math.Round(s.Distance.Metres, 1), s.Runs, s.PlanReplacementAt.Metres, s.ReplaceAt.Metres, s.State.ToString());
    }
}

/// <param name="Figures">The numbers that fired it, in the runner's unit (each names its unit).</param>
public sealed record WarningJson(string RuleId, string RuleTitle, Severity Severity, string Message, string Advice, string Source, DateOnly? Date, long? ActivityId, IReadOnlyList<LoadFigure> Figures)
{
    public static WarningJson From(LoadWarning w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new WarningJson(w.RuleId, w.RuleTitle, w.Severity, w.Message, w.Advice, w.Source, w.Date, w.ActivityId, w.Figures);
    }
}
