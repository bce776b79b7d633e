using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>One running activity as the load engine sees it.</summary>
/// <param name="Date">Local start date in the runner's zone: the day the whole run counts on.</param>
/// <param name="DescentMetres">Smoothed elevation loss; 0 when the recording had no altitude.</param>
public sealed record LoadRun(
    long ActivityId,
    DateOnly Date,
    DateTime StartUtc,
    Sport Sport,
    Distance Distance,
    TimeSpan MovingTime,
    double DescentMetres,
    Distance DownhillDistance,
    string? Gear,
    int? PerceivedExertion);

/// <summary>A non-running activity, listed as cross-training and kept out of running load.</summary>
public sealed record CrossTrainingSession(long ActivityId, DateOnly Date, Sport Sport, Distance Distance, TimeSpan MovingTime);

/// <summary>
/// Activities bucketed by the runner's local day, built once and then extended one activity at a time
/// (<see cref="With"/>) without re-reading the whole history. Immutable: <see cref="With"/> returns a new history.
/// </summary>
public sealed class LoadHistory
{
    // Days live in blocks of 256 anchored on absolute day numbers: With copies one 20 KB block and the block
    // references instead of one array of every day (which would land on the large object heap on every add).
    private const int BlockShift = 8;
    private const int BlockMask = (1 << BlockShift) - 1;

    private readonly DayTotals[]?[] _blocks;
    private readonly int _firstBlock;

    private LoadHistory(LoadSettings settings, DateOnly firstDay, DateOnly lastDay, DayTotals[]?[] blocks, int firstBlock, LoadRun[] runs, CrossTrainingSession[] cross)
    {
        Settings = settings;
        FirstDay = firstDay;
        LastDay = lastDay;
        _blocks = blocks;
        _firstBlock = firstBlock;
        Runs = runs;
        CrossTraining = cross;
        FirstRunDay = runs.Length == 0 ? null : runs.Min(r => r.Date);
    }

    public LoadSettings Settings { get; }

    /// <summary>The first local day with any activity; meaningless when <see cref="IsEmpty"/>.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The last local day with any activity; meaningless when <see cref="IsEmpty"/>.</summary>
    public DateOnly LastDay { get; }

    public bool IsEmpty => _blocks.Length == 0;

    /// <summary>Running activities, in start order.</summary>
    public IReadOnlyList<LoadRun> Runs { get; }

    /// <summary>Other sports, in date order.</summary>
    public IReadOnlyList<CrossTrainingSession> CrossTraining { get; }

    /// <summary>The first local day with a run, or null: the ratios count history from here.</summary>
    public DateOnly? FirstRunDay { get; }

    /// <summary>Buckets the activities (any order) by local start date in <paramref name="settings"/>' zone.</summary>
    /// <exception cref="ArgumentException">Two activities share an id.</exception>
    public static LoadHistory Build(IEnumerable<Activity> activities, LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(settings);
        var runs = new List<LoadRun>();
        var cross = new List<CrossTrainingSession>();
        var ids = new HashSet<long>();
        foreach (var activity in activities)
        {
            if (!ids.Add(activity.Id))
            {
                throw new ArgumentException($"Activity {activity.Id} appears twice.", nameof(activities));
            }

            Classify(activity, settings, runs, cross);
        }

        runs.Sort(static (a, b) => a.StartUtc.CompareTo(b.StartUtc));
        cross.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        if (runs.Count == 0 && cross.Count == 0)
        {
            return new LoadHistory(settings, default, default, [], 0, [], []);
        }

        var first = Min(runs.Count > 0 ? runs.Min(r => r.Date) : DateOnly.MaxValue, cross.Count > 0 ? cross[0].Date : DateOnly.MaxValue);
        var last = Max(runs.Count > 0 ? runs.Max(r => r.Date) : DateOnly.MinValue, cross.Count > 0 ? cross[^1].Date : DateOnly.MinValue);
        var firstBlock = first.DayNumber >> BlockShift;
        var blocks = new DayTotals[]?[(last.DayNumber >> BlockShift) - firstBlock + 1];
        foreach (var run in runs)
        {
            Slot(blocks, firstBlock, run.Date).Add(run);
        }

        foreach (var session in cross)
        {
            Slot(blocks, firstBlock, session.Date).Add(session);
        }

        return new LoadHistory(settings, first, last, blocks, firstBlock, [.. runs], [.. cross]);
    }

    /// <summary>
    /// This history plus one activity: copies one block of days and the run list, no re-bucketing of the others.
    /// </summary>
    /// <exception cref="ArgumentException">The activity's id is already in the history.</exception>
    public LoadHistory With(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var r in Runs)
        {
            if (r.ActivityId == activity.Id)
            {
                throw new ArgumentException($"Activity {activity.Id} is already in the history.", nameof(activity));
            }
        }

        if (CrossTraining.Any(c => c.ActivityId == activity.Id))
        {
            throw new ArgumentException($"Activity {activity.Id} is already in the history.", nameof(activity));
        }

        var runs = new List<LoadRun>(1);
        var cross = new List<CrossTrainingSession>(1);
        Classify(activity, Settings, runs, cross);
        var date = runs.Count > 0 ? runs[0].Date : cross[0].Date;
        var first = IsEmpty ? date : Min(FirstDay, date);
        var last = IsEmpty ? date : Max(LastDay, date);
        var firstBlock = first.DayNumber >> BlockShift;
        var blocks = new DayTotals[]?[(last.DayNumber >> BlockShift) - firstBlock + 1];
        Array.Copy(_blocks, 0, blocks, _firstBlock - firstBlock, _blocks.Length);
        var b = (date.DayNumber >> BlockShift) - firstBlock;
        blocks[b] = blocks[b] is { } existing ? (DayTotals[])existing.Clone() : null;
        if (runs.Count > 0)
        {
            Slot(blocks, firstBlock, date).Add(runs[0]);
            var allRuns = new LoadRun[Runs.Count + 1];
            var at = 0;
            while (at < Runs.Count && Runs[at].StartUtc <= runs[0].StartUtc)
            {
                at++;
            }

            ((LoadRun[])Runs).AsSpan(0, at).CopyTo(allRuns);
            allRuns[at] = runs[0];
            ((LoadRun[])Runs).AsSpan(at).CopyTo(allRuns.AsSpan(at + 1));
            return new LoadHistory(Settings, first, last, blocks, firstBlock, allRuns, (CrossTrainingSession[])CrossTraining);
        }

        Slot(blocks, firstBlock, date).Add(cross[0]);
        CrossTrainingSession[] allCross = [.. CrossTraining, cross[0]];
        Array.Sort(allCross, static (x, y) => x.Date.CompareTo(y.Date));
        return new LoadHistory(Settings, first, last, blocks, firstBlock, (LoadRun[])Runs, allCross);
    }

    /// <summary>The totals of one local day; zero outside the history.</summary>
    internal DayTotals On(DateOnly day)
    {
        var b = (day.DayNumber >> BlockShift) - _firstBlock;
        return b >= 0 && b < _blocks.Length && _blocks[b] is { } block ? block[day.DayNumber & BlockMask] : default;
    }

    /// <summary>One day's load in the settings' measure (km or mi, minutes, or RPE × minutes).</summary>
    internal double LoadOn(DateOnly day) => On(day).Load(Settings);

    private static ref DayTotals Slot(DayTotals[]?[] blocks, int firstBlock, DateOnly day)
    {
        ref var block = ref blocks[(day.DayNumber >> BlockShift) - firstBlock];
        block ??= new DayTotals[1 << BlockShift];
        return ref block[day.DayNumber & BlockMask];
    }

    private static void Classify(Activity activity, LoadSettings settings, List<LoadRun> runs, List<CrossTrainingSession> cross)
    {
        var date = settings.LocalDate(activity.StartUtc);
        var m = activity.Metrics;
        if (activity.Sport.IsRunning())
        {
            runs.Add(new LoadRun(
                activity.Id, date, DateTime.SpecifyKind(activity.StartUtc, DateTimeKind.Utc), activity.Sport, m.Distance, m.MovingTime,
                m.ElevationLossMetres ?? 0, m.DownhillDistance, activity.Gear, activity.PerceivedExertion));
        }
        else
        {
            cross.Add(new CrossTrainingSession(activity.Id, date, activity.Sport, m.Distance, m.MovingTime));
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
