using System.Globalization;
using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>
/// Plans a return or a build-up week by week: each building week grows by the 10% rule with its 3 km floor
/// (<see cref="TenPercentRule.Allowed"/>) and never past the target; every Nth week is lighter (share of the week
/// before) and the week after it resumes the level before it, so no week exceeds the 10% rule's reference; the
/// long run stays within 110% of the planned longest of the 4 weeks before (Frandsen 2025); when returning from
/// knee pain, the first 3 weeks are flat. Weeks advance only while the knee stays calm: that is the rehab's call.
/// </summary>
public static class BuildUpPlanner
{
    /// <summary>Longest plan without a race date, weeks.</summary>
    public const int MaxWeeks = 104;

    /// <summary>Weeks of planned long runs that count as "the previous 30 days" for the next long run.</summary>
    private const int LongRunWindowWeeks = 4;

    /// <summary>A plan from a load picture: starts next Monday, from the current 10% reference and 30-day longest run.</summary>
    public static BuildUpPlan PlanFrom(LoadPicture picture, Distance targetWeekly, DateOnly? raceDate = null, Distance? raceDistance = null, bool flatFirst = false)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return Plan(new BuildUpRequest
        {
            Start = LoadSeries.WeekStart(picture.Day).AddDays(7),
            CurrentWeekly = picture.CurrentWeek.Reference,
            LongestRecentRun = picture.LongestRunLast30Days,
            TargetWeekly = targetWeekly,
            RaceDate = raceDate,
            RaceDistance = raceDistance,
            FlatFirst = flatFirst,
            Unit = picture.Unit,
        });
    }

    /// <exception cref="ArgumentOutOfRangeException">A non-positive target, a cycle other than 3-4, a share outside 0.5-0.95, or a race date without a distance.</exception>
    public static BuildUpPlan Plan(BuildUpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var start = LoadSeries.WeekStart(request.Start);
        DateOnly? raceWeek = request.RaceDate is { } race ? LoadSeries.WeekStart(race) : null;
        var weekCount = raceWeek is { } rw ? Math.Max(0, (rw.DayNumber - start.DayNumber) / 7) : MaxWeeks;
        var target = request.TargetWeekly;
        var weeks = new List<PlannedWeek>();
        var longRuns = new List<Distance> { request.LongestRecentRun };
        var previous = request.CurrentWeekly;
        var level = request.CurrentWeekly;
        var previousLighter = false;
        DateOnly? reached = null;
        for (var n = 1; n <= weekCount; n++)
        {
            var monday = start.AddDays(7 * (n - 1));
            var lighter = n % request.LighterWeekEvery == 0;
            Distance weekly;
            if (lighter)
            {
                weekly = previous * request.LighterWeekShare;
            }
            else
            {
                weekly = previousLighter ? level : Min(target, TenPercentRule.Allowed(previous));
                level = weekly;
            }

            var longest = LongestRunMax(longRuns, weekly, lighter, request.LighterWeekShare);
            longRuns.Add(longest);
            var downhill = !request.FlatFirst || n > LoadRules.DownhillReturnWeeks;
            weeks.Add(new PlannedWeek(
                n, monday, weekly, longest, lighter, downhill,
                previous.Metres > 0 ? (weekly.Metres - previous.Metres) / previous.Metres * 100.0 : null,
                Note(lighter, previousLighter, downhill, request.FlatFirst)));
            if (!lighter && weekly >= target)
            {
                reached ??= monday;
                if (raceWeek is null)
                {
                    break;
                }
            }

            previous = weekly;
            previousLighter = lighter;
        }

        var raceSpike = RaceSpike(request, weeks, longRuns);
        var reachable = reached is not null;
        var notes = Notes(request, reachable, raceSpike, weeks);
        if (!reachable && raceWeek is not null)
        {
            reached = Plan(request with { RaceDate = null, RaceDistance = null }).TargetReachedWeek;
            notes.Insert(0, Text($"Not reachable safely by the race: {request.Unit.Format(request.TargetWeekly)} a week needs the plan until the week of {reached:yyyy-MM-dd}."));
        }

        return new BuildUpPlan(weeks, reachable, reached, raceSpike, notes, [LoadRules.TenPercent, LoadRules.Spike, LoadRules.LighterWeek, LoadRules.DownhillInReturn]);
    }

    private static Distance LongestRunMax(List<Distance> longRuns, Distance weekly, bool lighter, double share)
    {
        var reference = Distance.Zero;
        for (var i = Math.Max(0, longRuns.Count - LongRunWindowWeeks); i < longRuns.Count; i++)
        {
            reference = reference > longRuns[i] ? reference : longRuns[i];
        }

        // With no run to compare with, spread the week over three runs (Patella convention) rather than invent a spike reference.
        var longest = reference.Metres > 0 ? reference * LoadRules.SpikeSmallFrom : weekly * (1.0 / 3);
        if (lighter)
        {
            longest = Min(longest, longRuns[^1] * share);
        }

        return Min(longest, weekly * LoadRules.LongRunMaxShareOfWeek);
    }

    private static SpikeResult? RaceSpike(BuildUpRequest request, List<PlannedWeek> weeks, List<Distance> longRuns)
    {
        if (request.RaceDate is not { } race || request.RaceDistance is not { } distance)
        {
            return null;
        }

        // longRuns[0] is the runner's current 30-day longest; longRuns[i] belongs to weeks[i - 1].
        var start = LoadSeries.WeekStart(request.Start);
        var reference = start.AddDays(-1) >= race.AddDays(-LoadRules.SpikeWindowDays) ? longRuns[0] : Distance.Zero;
        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].WeekStart.AddDays(6) >= race.AddDays(-LoadRules.SpikeWindowDays) && longRuns[i + 1] > reference)
            {
                reference = longRuns[i + 1];
            }
        }

        return SpikeCheck.Judge(null, race, distance, reference);
    }

    private static List<string> Notes(BuildUpRequest request, bool reachable, SpikeResult? raceSpike, List<PlannedWeek> weeks)
    {
        var notes = new List<string>
        {
            "Advance a week only if the knee stays calm: pain while running at most 2/10, settled within the hour and no worse the next morning. Otherwise repeat the week.",
            Text($"A lighter week every {request.LighterWeekEvery} weeks at {request.LighterWeekShare:P0} is a coaching convention, not evidence."),
        };
        if (request.FlatFirst)
        {
            notes.Add("Weeks 1-3 are flat: downhill only after 2-3 pain-free weeks at flat volume (seed C), then build descent slowly.");
        }

        if (raceSpike is { Grade: >= SpikeGrade.Small } spike)
        {
            notes.Add(Text($"The race ({request.Unit.Format(spike.Run)}) would be a {spike.Grade.ToString().ToLowerInvariant()} spike over the plan's longest run ({request.Unit.Format(spike.LongestPrevious30Days)}): hazard rate ratio {spike.HazardRatio:0.00} (Frandsen 2025)."));
        }

        if (request.RaceDate is not null)
        {
            notes.Add("Race week is not planned: taper as your coach advises.");
        }

        if (!reachable && request.RaceDate is null)
        {
            notes.Add(Text($"The target is not reached within {weeks.Count} weeks."));
        }

        return notes;
    }

    private static string Note(bool lighter, bool afterLighter, bool downhill, bool flatFirst) =>
        (lighter, afterLighter, downhill) switch
        {
            (true, _, _) => "Lighter week.",
            (_, true, _) => "Back to the level before the lighter week.",
            (_, _, false) => "Flat routes only.",
            _ when flatFirst => "Downhill allowed if the flat weeks were pain-free; build descent slowly.",
            _ => "Build.",
        };

    private static void Validate(BuildUpRequest r)
    {
        if (r.TargetWeekly.Metres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "The target weekly distance must be positive.");
        }

        if (r.LighterWeekEvery is < 3 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "A lighter week comes every 3 or 4 weeks.");
        }

        if (r.LighterWeekShare is < 0.5 or > 0.95)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "A lighter week runs 50-95% of the week before.");
        }

        if ((r.RaceDate is null) != (r.RaceDistance is null))
        {
            throw new ArgumentOutOfRangeException(nameof(r), "A race needs both a date and a distance.");
        }
    }

    private static Distance Min(Distance a, Distance b) => a < b ? a : b;

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
