using System.Globalization;
using System.Text;
using System.Text.Json;
using Patella.App.Tests.Assessment;
using Patella.App.Tests.Cli;
using Patella.App.Tests.Gait;
using Patella.Core.Activities;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.App.Tests.Rehab;

/// <summary>A clock the scenario moves on by hand, one day at a time.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>What the runner logs for a day, given the morning's <c>today --json</c>.</summary>
/// <param name="Run">The session run that day, or null.</param>
/// <param name="NextMorning">Pain on waking after a run day, logged the next morning by checking in again for the day.</param>
internal sealed record DayLog(int PainRest, int? Stairs, bool Exercises, int? ExercisePain = null, Session? Run = null, int PainDuring = 0, int PainAfter = 0, int NextMorning = 0, bool Swelling = false)
{
    public string[] Args(DateOnly date, bool withNextMorning)
    {
        var args = new List<string> { "checkin", "--date", Iso(date), "--pain-rest", Num(PainRest) };
        if (Stairs is { } s)
        {
            args.AddRange(["--stairs-pain", Num(s)]);
        }

        if (Exercises)
        {
            args.Add("--exercises-done");
        }

        if (ExercisePain is { } e)
        {
            args.AddRange(["--exercise-pain", Num(e)]);
        }

        if (Swelling)
        {
            args.Add("--swelling");
        }

        if (Run is { } run)
        {
            args.AddRange(["--pain-during", Num(PainDuring), "--pain-after", Num(PainAfter), "--run-minutes", Num(run.Minutes)]);
            if (withNextMorning)
            {
                args.AddRange(["--next-morning", Num(NextMorning)]);
            }
        }

        return [.. args];
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A session as run: repeats of run then walk minutes (no walk after the last), stopped early at <paramref name="MaxKilometres"/>.</summary>
internal sealed record Session(int RunMinutes, int WalkMinutes, int Repeats, double? MaxKilometres)
{
    /// <summary>Seed A's runner's easy pace on the way back, s/km; walking breaks at 1.4 m/s.</summary>
    public const double SecondsPerKm = 375;

    public const double WalkMetresPerSecond = 1.4;

    /// <summary>The session a prescription asks for (the <c>prescription</c> of <c>today --json</c>).</summary>
    public static Session From(JsonElement p) => new(
        p.GetProperty("runMinutes").GetInt32(), p.GetProperty("walkMinutes").GetInt32(), p.GetProperty("repeats").GetInt32(),
        p.GetProperty("distanceKilometres") is { ValueKind: JsonValueKind.Number } km ? km.GetDouble() : null);

    /// <summary>Seconds and metres of each 10-second track step, in order, ending at the session's end or its distance limit.</summary>
    public IEnumerable<(int Second, double Metres)> Track()
    {
        var metres = 0.0;
        var second = 0;
        for (var r = 0; r < Repeats; r++)
        {
            foreach (var (minutes, speed) in new[] { (RunMinutes, 1000 / SecondsPerKm), (r < Repeats - 1 ? WalkMinutes : 0, WalkMetresPerSecond) })
            {
                for (var s = 0; s < minutes * 60; s += 10)
                {
                    if (MaxKilometres is { } max && metres + (speed * 10) > max * 1000)
                    {
                        yield break;
                    }

                    metres += speed * 10;
                    second += 10;
                    yield return (second, metres);
                }
            }
        }
    }

    /// <summary>Minutes the session lasted as run (walk breaks included).</summary>
    public double Minutes => Track().Last().Second / 60.0;

    /// <summary>A GPX 1.1 file of the session, flat, due north from Oslo, starting at 07:00 UTC on <paramref name="date"/>.</summary>
    public string Gpx(DateOnly date)
    {
        var start = date.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc);
        var gpx = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="patella-tests" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>""");
        foreach (var (second, metres) in Track().Prepend((0, 0)))
        {
            gpx.Append(CultureInfo.InvariantCulture, $"""<trkpt lat="{59.9 + (metres / 111_195.0):0.0000000}" lon="10.75"><ele>20</ele><time>{start.AddSeconds(second):yyyy-MM-ddTHH:mm:ssZ}</time></trkpt>""");
        }

        return gpx.Append("</trkseg></trk></gpx>").ToString();
    }
}

/// <summary>
/// Seed A's runner, end to end through the <c>patella</c> command on a real database: 32, training for a half marathon,
/// weak hip control, weekly mileage up from 32 to 42 km with a 19 km long run on Sunday 2025-03-16 (after a 30-day longest of
/// 16 km), stairs down hurting; assessed on Monday 2025-03-17. Her earlier runs are stored rows at 6:00 min/km and 164 spm;
/// her runs during the rehab are GPX files she imports, each the session <c>today</c> prescribed.
/// </summary>
internal sealed class SeedRunner : IDisposable
{
    public static readonly DateOnly AssessedOn = new(2025, 3, 17);

    private readonly List<LivedDay> _days = [];

    public SeedRunner()
    {
        Clock = new SteppingClock(new DateTimeOffset(AssessedOn.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        Cli = new CliRun { Clock = Clock };
        Ok("settings", "--timezone", "UTC");
        CadenceHistory.Add(Cli, EarlierRuns());
        Ok("assess", "--answers", AnswerFiles.Write(Cli, "seed-a.json", AnswerFiles.SeedRunner));
    }

    public SteppingClock Clock { get; }

    public CliRun Cli { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Days since the assessment.</summary>
    public int DayIndex => Today.DayNumber - AssessedOn.DayNumber;

    /// <summary>Every day lived: the morning's decision and what she logged.</summary>
    public IReadOnlyList<LivedDay> Days => _days;

    /// <summary>Runs a command that must succeed and returns its JSON.</summary>
    public JsonElement Json(params string[] args)
    {
        var (code, json, error) = Cli.RunJson(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {error}");
        return json;
    }

    public void Ok(params string[] args)
    {
        var (code, _, error) = Cli.Run(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {error}");
    }

    /// <summary>
    /// Lives up to <paramref name="days"/> days: each morning asks <c>today</c>, lets <paramref name="behaviour"/> log the day
    /// (importing the run's GPX), moves the clock to the next morning and, after a run, checks in again for the run's day
    /// with the next-morning pain. Stops early once <paramref name="until"/> holds on a morning.
    /// </summary>
    public void Live(int days, Func<int, JsonElement, DayLog> behaviour, Func<SeedRunner, bool>? until = null)
    {
        for (var i = 0; i < days && until?.Invoke(this) != true; i++)
        {
            var today = Json("today");
            var log = behaviour(DayIndex, today);
            Log(log);
            _days.Add(new LivedDay(Today, today, log));
            Clock.Advance(TimeSpan.FromDays(1));
            if (log.Run is not null)
            {
                Ok(log.Args(Today.AddDays(-1), withNextMorning: true));
            }
        }
    }

    /// <summary>Logs a day without asking <c>today</c> first (and imports its run).</summary>
    public void Log(DayLog log)
    {
        if (log.Run is { } run)
        {
            var path = Path.Combine(Cli.DataFolder, $"run-{DayLog.Iso(Today)}.gpx");
            File.WriteAllText(path, run.Gpx(Today));
            Ok("import", path);
        }

        Ok(log.Args(Today, withNextMorning: false));
    }

    /// <summary>The plan's phase this morning (1-5).</summary>
    public int Phase() => Json("plan").GetProperty("phaseNumber").GetInt32();

    /// <summary>An honest runner: pain on the stairs for <paramref name="settlingDays"/> days, then no pain anywhere, exercises
    /// every day, and on a day <c>today</c> prescribes a run, exactly that run.</summary>
    public static Func<int, JsonElement, DayLog> Honest(int settlingDays = 2) => (i, today) =>
        i < settlingDays ? new DayLog(1, 2, true, 0)
        : today.GetProperty("prescription") is { ValueKind: JsonValueKind.Object } p ? new DayLog(0, 0, true, 0, Session.From(p))
        : new DayLog(0, 0, true, 0);

    public void Dispose() => Cli.Dispose();

    /// <summary>Nine steady weeks (7 + 7 km midweek, a 14-16 km Sunday), then 30, 32 and 42 km weeks with a 19 km long run.</summary>
    private static IEnumerable<StoredActivity> EarlierRuns()
    {
        var days = new List<(DateOnly Day, double Km)>();
        var monday = new DateOnly(2024, 12, 30);
        for (var w = 0; w < 9; w++, monday = monday.AddDays(7))
        {
            days.AddRange([(monday.AddDays(1), 7), (monday.AddDays(3), 7), (monday.AddDays(6), w < 3 ? 14 : w < 8 ? 15 : 16)]);
        }

        double[] last = [6, 8, 6, 12, 7, 8, 8, 19];
        int[] offsets = [1, 3, 4, 6, 8, 10, 11, 13];
        days.AddRange(offsets.Select((o, i) => (new DateOnly(2025, 3, 3).AddDays(o), last[i])));
        return days.Select(d => new StoredActivity
        {
            RunnerId = Runner.LocalRunnerId,
            Sport = Sport.Running,
            Name = "before the knee",
            StartUtc = d.Day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc),
            DistanceMetres = d.Km * 1000,
            MovingTimeSeconds = d.Km * 360,
            ElapsedTimeSeconds = d.Km * 360,
            AverageSpeedMetresPerSecond = 1000.0 / 360,
            AverageCadenceStepsPerMinute = 164,
            CadenceDistribution = string.Create(CultureInfo.InvariantCulture, $"160:{d.Km * 360}"),
        });
    }
}

/// <summary>One day of a scenario: the morning's <c>today --json</c> and what the runner logged.</summary>
internal sealed record LivedDay(DateOnly Date, JsonElement Today, DayLog Log)
{
    public string Decision => Today.GetProperty("decision").GetString()!;

    public IEnumerable<string> RuleIds => Today.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!);
}
