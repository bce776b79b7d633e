using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Today;
using L = Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Today;

/// <summary>A clock the simulator moves on by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>What a simulated runner does on a day, given the decision Patella gave that morning.</summary>
internal delegate CheckIn Behaviour(int dayIndex, DateOnly date, TodayDecision decision);

/// <summary>
/// Lives a runner's days: each morning asks Patella for today's decision (the date from a <see cref="TimeProvider"/>,
/// the load picture from the runs so far), lets the behaviour log the day, turns a logged run into an activity for the
/// load engine, and moves the clock on a day.
/// </summary>
internal sealed class RunnerSimulator(RehabStart start, IEnumerable<Activity>? earlierRuns = null)
{
    /// <summary>Easy pace of the simulated runner, minutes per km.</summary>
    public const double MinutesPerKm = 6.5;

    private readonly ManualClock _clock = new(new DateTimeOffset(start.StartedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));

    public RehabStart Start { get; } = start;

    public List<CheckIn> CheckIns { get; } = [];

    public List<ClearanceRecord> Clearance { get; } = [];

    public List<Activity> Activities { get; } = [.. earlierRuns ?? []];

    /// <summary>Each day's morning decision, in order.</summary>
    public List<TodayDecision> Decisions { get; } = [];

    public DateOnly Today => LoadSettings.Utc.Today(_clock);

    /// <summary>Days lived so far.</summary>
    public int DayIndex => Today.DayNumber - Start.StartedOn.DayNumber;

    public TodayDecision Decide() =>
        TodayDecision.For(Start, CheckIns, Clearance, Today, LoadEngine.PictureOn(Today, Activities, [], LoadSettings.Utc));

    public RehabPlan Plan() => RehabPlan.For(Start, CheckIns, Clearance, Today);

    /// <summary>Lives <paramref name="days"/> days, or until <paramref name="until"/> holds after a day.</summary>
    public void Live(int days, Behaviour behaviour, Func<RunnerSimulator, bool>? until = null)
    {
        for (var i = 0; i < days; i++)
        {
            var decision = Decide();
            Decisions.Add(decision);
            Log(behaviour(DayIndex, Today, decision));
            if (until?.Invoke(this) == true)
            {
                _clock.Advance(TimeSpan.FromDays(1));
                return;
            }

            _clock.Advance(TimeSpan.FromDays(1));
        }
    }

    /// <summary>Logs a check-in for today; a run becomes an activity at the simulated pace.</summary>
    public void Log(CheckIn checkIn)
    {
        CheckIns.Add(checkIn);
        if (checkIn.Ran && checkIn.RunMinutes is { } minutes)
        {
            var start = checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T07:00:00Z";
            Activities.Add(L.Run(start, minutes / MinutesPerKm, minutes: minutes));
        }
    }

    /// <summary>An honest good day: no pain anywhere, exercises done; runs exactly what was prescribed, pain-free.</summary>
    public static CheckIn GoodDay(int dayIndex, DateOnly date, TodayDecision decision) => decision.Prescription is { } p
        ? CheckIn.Create(date, 0, 0, 0, 0, 0, exercisesDone: true, exercisePain: 0, runMinutes: RunMinutes(p))
        : CheckIn.Create(date, 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 0);

    /// <summary>The running minutes of a prescription, kept within its distance limit at the simulated pace.</summary>
    public static double RunMinutes(RunPrescription p) =>
        Math.Min(p.RunMinutes * p.Repeats, p.DistanceKilometres is { } km ? km * MinutesPerKm : double.MaxValue);

    /// <summary>Good days after <paramref name="painfulDays"/> days with pain on stairs (and a little at rest).</summary>
    public static Behaviour SettlingAfter(int painfulDays) => (i, date, d) => i < painfulDays
        ? CheckIn.Create(date, 1, stairsDownPain: 3 - Math.Min(i, 2), exercisesDone: true, exercisePain: 0)
        : GoodDay(i, date, d);
}
