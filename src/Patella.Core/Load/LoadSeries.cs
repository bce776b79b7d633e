using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>One local day of running (and cross-training listed beside it).</summary>
/// <param name="Load">The day's load in the settings' <see cref="LoadMeasure"/>.</param>
/// <param name="LongestRun">Longest single run of the day; zero on a rest day.</param>
public sealed record DayLoad(
    DateOnly Date,
    Distance Distance,
    TimeSpan MovingTime,
    int Runs,
    double DescentMetres,
    Distance DownhillDistance,
    Distance LongestRun,
    double Load,
    int CrossTrainingSessions,
    TimeSpan CrossTrainingTime);

/// <summary>Cross-training of one sport in a week.</summary>
public sealed record CrossTrainingTotal(Sport Sport, int Sessions, TimeSpan MovingTime, Distance Distance);

/// <summary>
/// One ISO week (Monday to Sunday, runner's zone) of running. Changes are against the previous ISO week
/// and are null when that week had none of the quantity (a change from zero has no percentage).
/// </summary>
/// <param name="DaysCounted">7 for a finished week; 1-6 for the current week, Monday through the picture's day.</param>
/// <param name="DistanceChangePercent">Percent, e.g. 12.5 for +12.5%.</param>
public sealed record WeekLoad(
    DateOnly WeekStart,
    int IsoYear,
    int IsoWeek,
    int DaysCounted,
    Distance Distance,
    TimeSpan MovingTime,
    int Runs,
    double DescentMetres,
    Distance DownhillDistance,
    Distance LongestRun,
    double Load,
    IReadOnlyList<CrossTrainingTotal> CrossTraining,
    double? DistanceChangePercent,
    double? DescentChangePercent,
    double? DownhillDistanceChangePercent)
{
    public bool IsComplete => DaysCounted == 7;
}

/// <summary>Daily and weekly series from a <see cref="LoadHistory"/>.</summary>
public static class LoadSeries
{
    /// <summary>The Monday of the ISO week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, rest days included.</summary>
    public static IReadOnlyList<DayLoad> Days(LoadHistory history, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(history);
        var days = new List<DayLoad>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var t = history.On(d);
            days.Add(new DayLoad(
                d, Distance.FromMetres(t.DistanceMetres), TimeSpan.FromSeconds(t.MovingSeconds), t.Runs, t.DescentMetres,
                Distance.FromMetres(t.DownhillMetres), Distance.FromMetres(t.LongestMetres), t.Load(history.Settings),
                t.CrossSessions, TimeSpan.FromSeconds(t.CrossSeconds)));
        }

        return days;
    }

    /// <summary>
    /// <paramref name="count"/> ISO weeks ending with the one holding <paramref name="day"/>, oldest first; the last
    /// one counts only Monday through <paramref name="day"/>.
    /// </summary>
    public static IReadOnlyList<WeekLoad> Weeks(LoadHistory history, DateOnly day, int count)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var currentMonday = WeekStart(day);
        var firstMonday = currentMonday.AddDays(-7 * (count - 1));
        var weeks = new List<WeekLoad>(count);
        var previous = Sum(history, firstMonday.AddDays(-7), firstMonday.AddDays(-1));
        for (var monday = firstMonday; monday <= currentMonday; monday = monday.AddDays(7))
        {
            var last = monday == currentMonday ? day : monday.AddDays(6);
            var t = Sum(history, monday, last);
            var asDateTime = monday.ToDateTime(TimeOnly.MinValue);
            weeks.Add(new WeekLoad(
                monday, ISOWeek.GetYear(asDateTime), ISOWeek.GetWeekOfYear(asDateTime), last.DayNumber - monday.DayNumber + 1,
                Distance.FromMetres(t.DistanceMetres), TimeSpan.FromSeconds(t.MovingSeconds), t.Runs, t.DescentMetres,
                Distance.FromMetres(t.DownhillMetres), Distance.FromMetres(t.LongestMetres), t.Load(history.Settings),
                CrossTrainingIn(history, monday, last),
                ChangePercent(t.DistanceMetres, previous.DistanceMetres),
                ChangePercent(t.DescentMetres, previous.DescentMetres),
                ChangePercent(t.DownhillMetres, previous.DownhillMetres)));
            previous = t;
        }

        return weeks;
    }

    /// <summary>Sum of the running days from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    internal static DayTotals Sum(LoadHistory history, DateOnly from, DateOnly to)
    {
        var sum = default(DayTotals);
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var t = history.On(d);
            sum.DistanceMetres += t.DistanceMetres;
            sum.MovingSeconds += t.MovingSeconds;
            sum.Runs += t.Runs;
            sum.DescentMetres += t.DescentMetres;
            sum.DownhillMetres += t.DownhillMetres;
            sum.LongestMetres = Math.Max(sum.LongestMetres, t.LongestMetres);
            sum.SessionRpe += t.SessionRpe;
            sum.RunsWithoutRpe += t.RunsWithoutRpe;
            sum.CrossSessions += t.CrossSessions;
            sum.CrossSeconds += t.CrossSeconds;
        }

        return sum;
    }

    private static double? ChangePercent(double current, double previous) =>
        previous > 0 ? (current - previous) / previous * 100.0 : null;

    private static List<CrossTrainingTotal> CrossTrainingIn(LoadHistory history, DateOnly from, DateOnly to)
    {
        var totals = new List<CrossTrainingTotal>();
        foreach (var group in history.CrossTraining.Where(c => c.Date >= from && c.Date <= to).GroupBy(c => c.Sport).OrderBy(g => g.Key))
        {
            totals.Add(new CrossTrainingTotal(
                group.Key, group.Count(), TimeSpan.FromSeconds(group.Sum(c => c.MovingTime.TotalSeconds)),
                Distance.FromMetres(group.Sum(c => c.Distance.Metres))));
        }

        return totals;
    }
}
