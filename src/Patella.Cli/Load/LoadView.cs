using Patella.Core.Load;
using Patella.Core.Rules;
using Patella.Data.Load;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella load --json</c>: the load picture with units in the field names. Distances are metres and times seconds
/// whatever the runner's unit (a stable contract for scripts, as in <c>activities --json</c>); <see cref="Units"/> says
/// which unit the runner reads, and every message and warning figure is already in it.
/// </summary>
public sealed record LoadView(
    DateOnly Day,
    string TimeZone,
    string Units,
    LoadMeasure LoadMeasure,
    IReadOnlyList<WeekView> Weeks,
    IReadOnlyList<DayView> Days,
    TenPercentView LastWeek,
    TenPercentView CurrentWeek,
    LongestRunView LongestRun,
    IReadOnlyList<SpikeView> Spikes,
    RatiosView? Ratios,
    MonotonyView Monotony,
    DownhillView LastWeekDownhill,
    DownhillView CurrentWeekDownhill,
    ShoeReportView Shoes,
    IReadOnlyList<WarningView> Warnings)
{
    public static LoadView From(LoadPicture p, RunnerLoad load)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new LoadView(
            p.Day,
            p.TimeZone,
            p.Unit.Symbol(),
            p.Measure,
            [.. p.Weeks.Select(WeekView.From)],
            [.. p.Days.Select(DayView.From)],
            TenPercentView.From(p.LastWeek),
            TenPercentView.From(p.CurrentWeek),
            new LongestRunView(Round.Metres(p.LongestRunLast30Days.Metres), Round.Metres(p.NextRunLongestWithoutSpike.Metres), LoadRules.Spike.Id),
            [.. p.Spikes.Select(SpikeView.From)],
            p.Ratios is { } r ? RatiosView.From(r) : null,
            MonotonyView.From(p.Monotony),
            DownhillView.From(p.LastWeekDownhill),
            DownhillView.From(p.CurrentWeekDownhill),
            ShoeReportView.From(p.Shoes, load),
            [.. p.Warnings.Select(WarningView.From)]);
    }
}

/// <summary>One ISO week; the last one of a picture is the current week so far (<see cref="DaysCounted"/> &lt; 7).</summary>
public sealed record WeekView(
    DateOnly WeekStart,
    string IsoWeek,
    int DaysCounted,
    double DistanceMetres,
    double MovingTimeSeconds,
    int Runs,
    double DescentMetres,
    double DownhillDistanceMetres,
    double LongestRunMetres,
    double Load,
    double? DistanceChangePercent,
    double? DescentChangePercent,
    double? DownhillDistanceChangePercent,
    IReadOnlyList<CrossTrainingView> CrossTraining)
{
    public static WeekView From(WeekLoad w) => new(
        w.WeekStart, $"{w.IsoYear}-W{w.IsoWeek:00}", w.DaysCounted, Round.Metres(w.Distance.Metres), Round.Seconds(w.MovingTime), w.Runs,
        Round.Metres(w.DescentMetres), Round.Metres(w.DownhillDistance.Metres), Round.Metres(w.LongestRun.Metres), Round.Load(w.Load),
        Round.Percent(w.DistanceChangePercent), Round.Percent(w.DescentChangePercent), Round.Percent(w.DownhillDistanceChangePercent),
        [.. w.CrossTraining.Select(c => new CrossTrainingView(c.Sport, c.Sessions, Round.Seconds(c.MovingTime), Round.Metres(c.Distance.Metres)))]);
}

public sealed record CrossTrainingView(Core.Activities.Sport Sport, int Sessions, double MovingTimeSeconds, double DistanceMetres);

public sealed record DayView(
    DateOnly Date, double DistanceMetres, double MovingTimeSeconds, int Runs, double DescentMetres, double DownhillDistanceMetres,
    double LongestRunMetres, double Load, int CrossTrainingSessions, double CrossTrainingTimeSeconds)
{
    public static DayView From(DayLoad d) => new(
        d.Date, Round.Metres(d.Distance.Metres), Round.Seconds(d.MovingTime), d.Runs, Round.Metres(d.DescentMetres),
        Round.Metres(d.DownhillDistance.Metres), Round.Metres(d.LongestRun.Metres), Round.Load(d.Load), d.CrossTrainingSessions,
        Round.Seconds(d.CrossTrainingTime));
}

/// <param name="ProjectedMetres">Partial week only: so far × 7 / days. Shown, never judged.</param>
public sealed record TenPercentView(
    DateOnly WeekStart, bool PartialWeek, double ThisWeekMetres, double LastWeekMetres, double WeekBeforeMetres, double ReferenceMetres,
    double AllowedMetres, double? ChangePercent, bool Exceeded, double? ProjectedMetres, double RemainingMetres, string RuleId)
{
    public static TenPercentView From(TenPercentCheck c) => new(
        c.WeekStart, c.IsPartialWeek, Round.Metres(c.ThisWeek.Metres), Round.Metres(c.LastWeek.Metres), Round.Metres(c.WeekBefore.Metres),
        Round.Metres(c.Reference.Metres), Round.Metres(c.Allowed.Metres), Round.Percent(c.ChangePercent), c.Exceeded,
        c.Projected is { } p ? Round.Metres(p.Metres) : null, Round.Metres(c.Remaining.Metres), LoadRules.TenPercent.Id);
}

/// <param name="NextRunLongestWithoutSpikeMetres">The longest next run that is not a spike: 110% of the 30-day longest.</param>
public sealed record LongestRunView(double Last30DaysMetres, double NextRunLongestWithoutSpikeMetres, string RuleId);

/// <param name="IncreasePercent">Over the 30-day longest run, percent; null without one.</param>
public sealed record SpikeView(
    long? ActivityId, DateOnly Date, double RunMetres, double LongestPrevious30DaysMetres, double? IncreasePercent, SpikeGrade Grade,
    double? HazardRatio, double LongestWithoutSpikeMetres)
{
    public static SpikeView From(SpikeResult s) => new(
        s.ActivityId, s.Date, Round.Metres(s.Run.Metres), Round.Metres(s.LongestPrevious30Days.Metres), Round.Percent(s.Increase * 100),
        s.Grade, s.HazardRatio, Round.Metres(s.LongestWithoutSpike.Metres));
}

/// <param name="LoadUnit">Of every acute and chronic load here: km, mi, min or AU.</param>
public sealed record RatiosView(
    LoadMeasure LoadMeasure, string LoadUnit, int HistoryDays, RatioView Coupled, RatioView Uncoupled, RatioView Ewma,
    double EwmaAcuteLambda, double EwmaChronicLambda, int RunsWithoutRpe, string Caveat, string RuleId)
{
    public static RatiosView From(WorkloadRatios r) => new(
        r.Measure, r.LoadUnit, r.HistoryDays, RatioView.From(r.Coupled), RatioView.From(r.Uncoupled), RatioView.From(r.Ewma),
        Math.Round(r.EwmaAcuteLambda, 4), Math.Round(r.EwmaChronicLambda, 4), r.RunsWithoutRpe, r.Caveat, r.Rule.Id);
}

public sealed record RatioView(double AcuteLoad, double ChronicLoad, double? Ratio)
{
    public static RatioView From(RatioPair p) => new(Round.Load(p.Acute), Round.Load(p.Chronic), p.Ratio is { } r ? Math.Round(r, 3) : null);
}

/// <param name="WarningAbove">Foster's threshold the monotony is read against.</param>
public sealed record MonotonyView(
    DateOnly FirstDay, DateOnly LastDay, string LoadUnit, double WeeklyLoad, double MeanDailyLoad, double StandardDeviation, double? Monotony,
    double? Strain, bool Capped, double WarningAbove, string RuleId)
{
    public static MonotonyView From(MonotonyStrain m) => new(
        m.From, m.To, m.LoadUnit, Round.Load(m.WeeklyLoad), Round.Load(m.MeanDailyLoad), Round.Load(m.StandardDeviation),
        m.Monotony is { } mo ? Math.Round(mo, 3) : null, m.Strain is { } s ? Round.Load(s) : null, m.Capped,
        LoadRules.MonotonyWarningAbove, LoadRules.Monotony.Id);
}

public sealed record DownhillView(
    DateOnly WeekStart, bool PartialWeek, double DescentMetres, double LastWeekDescentMetres, double ReferenceDescentMetres,
    double AllowedDescentMetres, double? DescentChangePercent, double DownhillDistanceMetres, double LastWeekDownhillDistanceMetres,
    double? DownhillDistanceChangePercent, bool Exceeded, string RuleId)
{
    public static DownhillView From(DownhillCheck d) => new(
        d.WeekStart, d.IsPartialWeek, Round.Metres(d.DescentMetres), Round.Metres(d.LastWeekDescentMetres), Round.Metres(d.ReferenceDescentMetres),
        Round.Metres(d.AllowedDescentMetres), Round.Percent(d.DescentChangePercent), Round.Metres(d.DownhillDistance.Metres),
        Round.Metres(d.LastWeekDownhillDistance.Metres), Round.Percent(d.DownhillDistanceChangePercent), d.Exceeded, LoadRules.Downhill.Id);
}

/// <param name="Figures">The numbers that fired it, already in the runner's unit (each says its unit).</param>
public sealed record WarningView(
    string RuleId, string RuleTitle, Severity Severity, string Message, IReadOnlyList<LoadFigure> Figures, string Advice, string Source,
    DateOnly? Date, long? ActivityId)
{
    public static WarningView From(LoadWarning w) => new(w.RuleId, w.RuleTitle, w.Severity, w.Message, w.Figures, w.Advice, w.Source, w.Date, w.ActivityId);
}

/// <summary>Rounding of the JSON numbers: 0.1 m, whole seconds, 0.1%, loads to 0.001 of their unit.</summary>
internal static class Round
{
    public static double Metres(double metres) => Math.Round(metres, 1);

    public static double Seconds(TimeSpan time) => Math.Round(time.TotalSeconds);

    public static double Load(double load) => Math.Round(load, 3);

    public static double? Percent(double? percent) => percent is { } p ? Math.Round(p, 1) : null;
}
