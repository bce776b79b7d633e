using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>
/// The load picture on a day: a pure function of the activities, shoes, settings and the day (never the clock:
/// the edge passes the runner's date, e.g. from <see cref="LoadSettings.Today(TimeProvider)"/>).
/// </summary>
public static class LoadEngine
{
    /// <summary>Finished ISO weeks shown before the current one.</summary>
    public const int WeeksShown = 8;

    /// <summary>Builds the history and the picture in one call.</summary>
    public static LoadPicture PictureOn(
        DateOnly day,
        IReadOnlyList<Activity> activities,
        IReadOnlyList<Shoe> shoes,
        LoadSettings settings,
        IReadOnlyList<ShoeAssignment>? assignments = null) =>
        PictureOn(day, LoadHistory.Build(activities, settings), shoes, assignments);

    /// <summary>
    /// The picture from a history already built (extend it with <see cref="LoadHistory.With"/> when one
    /// activity arrives). Costs O(days of history) for the EWMA and O(runs) for the shoes.
    /// </summary>
    public static LoadPicture PictureOn(DateOnly day, LoadHistory history, IReadOnlyList<Shoe> shoes, IReadOnlyList<ShoeAssignment>? assignments = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(shoes);
        var settings = history.Settings;
        var currentMonday = LoadSeries.WeekStart(day);
        var lastMonday = currentMonday.AddDays(-7);
        var weeks = LoadSeries.Weeks(history, day, WeeksShown + 1);
        var windowStart = weeks[0].WeekStart;
        var longest30 = Math.Max(SpikeCheck.LongestBefore(history, day), history.On(day).LongestMetres);
        var spikes = SpikeCheck.ForRuns(history, windowStart, day).Where(s => s.Grade >= SpikeGrade.Small).ToList();
        var picture = new LoadPicture(
            day,
            settings.TimeZone.Id,
            settings.Unit,
            settings.Measure,
            weeks,
            LoadSeries.Days(history, windowStart, day),
            TenPercentRule.Evaluate(history, lastMonday, lastMonday.AddDays(6)),
            TenPercentRule.Evaluate(history, currentMonday, day),
            Distance.FromMetres(longest30),
            Distance.FromMetres(longest30 * LoadRules.SpikeSmallFrom),
            spikes,
            AcuteChronic.On(history, day),
            Foster.On(history, day),
            Downhill.Evaluate(history, lastMonday, lastMonday.AddDays(6)),
            Downhill.Evaluate(history, currentMonday, day),
            ShoeWear.On(history, day, shoes, assignments),
            []);
        return picture with { Warnings = LoadWarnings.For(picture) };
    }
}
