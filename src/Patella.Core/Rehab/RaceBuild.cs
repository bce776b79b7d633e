using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Rehab;

/// <summary>
/// Whether the runner reaches a goal race safely (<see cref="RaceRules"/>): from the plan's phase, the run/walk steps left
/// (each passed twice, a rest day between runs) to the first day of phase 4, then the load engine's build-up
/// (<see cref="BuildUpPlanner"/>: the 10% rule with its 3 km floor, the long run at most 110% of the 4 weeks before, a lighter
/// week every 4, flat for the first 3 weeks) from phase 4's easy run. The race is reachable when it is no spike over the
/// build's longest run of the 30 days before it. Runs before the rehab do not count: the return restarts the long run at
/// 30 minutes (R-RTR-10PCT), whatever the runner ran before the knee hurt.
/// </summary>
public static class RaceBuild
{
    private static readonly Speed DefaultSpeed = Speed.FromMetresPerSecond(1000.0 / (RaceRules.DefaultEasyMinutesPerKilometre * 60));

    /// <summary>
    /// The runner's easy speed: the median speed of their runs in the <see cref="RaceRules.PaceWindowDays"/> days through
    /// <paramref name="day"/>; <c>FromRuns</c> is false and <see cref="RaceRules.DefaultEasyMinutesPerKilometre"/> is used without any.
    /// </summary>
    public static (Speed Speed, bool FromRuns) EasySpeed(IEnumerable<LoadRun> runs, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var speeds = runs
            .Where(r => r.Date <= day && r.Date > day.AddDays(-RaceRules.PaceWindowDays) && r.Distance.Metres > 0 && r.MovingTime > TimeSpan.Zero)
            .Select(r => r.Distance.Metres / r.MovingTime.TotalSeconds)
            .Order()
            .ToList();
        if (speeds.Count == 0)
        {
            return (DefaultSpeed, false);
        }

        var mid = speeds.Count / 2;
        var median = speeds.Count % 2 == 1 ? speeds[mid] : (speeds[mid - 1] + speeds[mid]) / 2;
        return (Speed.FromMetresPerSecond(median), true);
    }

    /// <summary>The outlook for <paramref name="race"/> from <paramref name="plan"/> (its day, phase, run/walk step and easy run).</summary>
    /// <param name="easySpeed">The runner's easy speed (<see cref="EasySpeed"/>); must be above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An easy speed of 0.</exception>
    /// <param name="unit">The unit the lines are written in (the runner's); the outlook's numbers stay in km.</param>
    public static RaceOutlook Judge(RehabPlan plan, RaceGoal race, Speed easySpeed, bool easyPaceFromRuns = true, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(race);
        if (easySpeed.MetresPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(easySpeed), "The easy speed must be above 0.");
        }

        var minutesPerKm = 1000.0 / easySpeed.MetresPerSecond / 60;
        var days = race.Date.DayNumber - plan.Day.DayNumber;
        var needed = race.Distance * (1 / LoadRules.SpikeSmallFrom);
        var lines = new List<RaceLine>
        {
            new(RaceRules.Build.Id, Text($"Race: {unit.Format(race.Distance)} on {race.Date:yyyy-MM-dd}, in {days} days ({days / 7.0:0.0} weeks).")),
        };
        var (buildStart, estimated) = BuildStart(plan, lines);
        var outlook = new RaceOutlook(plan.Day, race.Date, race.Distance.Kilometres, days, days / 7.0, plan.Phase, buildStart, estimated,
            minutesPerKm, easyPaceFromRuns, needed.Kilometres, null, null, null, false, [], lines, [], null);
        if (days <= 0)
        {
            lines.Add(new(RaceRules.Build.Id, Text($"The race date is not after {plan.Day:yyyy-MM-dd}: set a new race or clear it.")));
            return outlook;
        }

        var easyMinutes = plan.EasyRun?.DurationMinutes ?? RunWalkLadder.Last.DurationMinutes;
        var request = Request(plan, race, buildStart, Distance.FromKilometres(easyMinutes / minutesPerKm), needed) with { Unit = unit };
        lines.Add(new(LoadRules.Spike.Id, Text($"A {unit.Format(race.Distance)} race needs a long run of at least {unit.Format(needed)} in the 30 days before it (the race at most {(LoadRules.SpikeSmallFrom - 1) * 100:0}% longer).")));
        lines.Add(new(LoadRules.TenPercent.Id, Text(
            $"The build, from {unit.Format(request.CurrentWeekly)} a week and a {unit.Format(request.LongestRecentRun)} run ({easyMinutes} min at {Pace(minutesPerKm, unit)}{(easyPaceFromRuns ? ", your median pace of the last " + RaceRules.PaceWindowDays.ToString(CultureInfo.InvariantCulture) + " days" : ", assumed: no runs on record")}): ") +
            Text($"the week grows by at most {LoadRules.TenPercentMaxGrowth * 100:0}% (or {Floor(unit)}), the long run by at most {(LoadRules.SpikeSmallFrom - 1) * 100:0}% over the 4 weeks before, a lighter week every {LoadRules.LighterWeekEvery} ({LoadRules.LighterWeek.Id}){(request.FlatFirst ? Text($", flat for the first {LoadRules.DownhillReturnWeeks} weeks ({LoadRules.DownhillInReturn.Id})") : "")}.")));

        if (race.Date <= buildStart)
        {
            lines.Add(new(RaceRules.LongRun.Id, Text($"Not reachable safely: phase 4 starts on {buildStart:yyyy-MM-dd} at the earliest, not before the race; until then you run only on the run/walk ladder, {RunWalkLadder.Last.Text} at most.")));
            return Unreachable(outlook with { Lines = lines }, request, race, request.LongestRecentRun, null, unit);
        }

        var build = BuildUpPlanner.Plan(request);
        var spike = build.RaceSpike!;
        var weeks = build.Weeks.Select(w => new RaceWeek(w.Number, w.WeekStart, Round(w.Target.Kilometres), Round(w.LongestRunMax.Kilometres), w.IsLighter, w.DownhillAllowed, w.Note)).ToList();
        outlook = outlook with
        {
            LongestRunBeforeRaceKilometres = spike.LongestPrevious30Days.Kilometres,
            RaceSpike = spike.Grade,
            RaceSpikeHazardRatio = spike.HazardRatio,
            Weeks = weeks,
        };
        if (spike.Grade == SpikeGrade.None)
        {
            var when = build.Weeks.FirstOrDefault(w => w.LongestRunMax >= needed * 0.999) is { } week
                ? Text($"the long run reaches {unit.Format(week.LongestRunMax)} in week {week.Number} (from {week.WeekStart:yyyy-MM-dd})")
                : Text($"the {easyMinutes}-minute run ({unit.Format(request.LongestRecentRun)}) is long enough");
            lines.Add(new(RaceRules.LongRun.Id, Text(
                $"Reachable: {when}; the race is {Increase(spike)} over the longest run of the 30 days before it ({unit.Format(spike.LongestPrevious30Days)}).{(estimated ? " Only if every day until phase 4 goes well." : "")}")));
            return outlook with { Reachable = true, Lines = lines };
        }

        lines.Add(new(RaceRules.LongRun.Id, Text(
            $"Not reachable safely: by the race the longest run is at most {unit.Format(spike.LongestPrevious30Days)}; {unit.Format(race.Distance)} would be {Increase(spike)} over it, a {Grade(spike.Grade)} spike (hazard rate ratio {spike.HazardRatio:0.00}, Frandsen 2025).")));
        return Unreachable(outlook with { Lines = lines }, request, race, spike.LongestPrevious30Days, spike, unit);
    }

    /// <summary>The first day of phase 4 and whether it is an estimate; adds a line per phase still to go.</summary>
    private static (DateOnly Start, bool Estimated) BuildStart(RehabPlan plan, List<RaceLine> lines)
    {
        const int Passes = RehabRules.PassesPerStep;
        var ladderRuns = RunWalkLadder.Steps.Count * Passes;
        var day = plan.Day;
        DateOnly runWalkFrom;
        switch (plan.Phase)
        {
            case RehabPhase.ResolveBaselinePain:
                var left1 = Left(plan, RehabRules.BaselinePainFreeCheckIns);
                var phase2 = day.AddDays(left1 + 1);
                lines.Add(new(RehabRules.Phase1Exit.Id, Text($"Phase 1: {left1} more check-ins without pain in daily life or on stairs: phase 2 from {phase2:yyyy-MM-dd} at the earliest.")));
                runWalkFrom = phase2.AddDays(RehabRules.PainFreeSessionsToRun);
                lines.Add(new(RehabRules.Phase2Exit.Id, Text($"Phase 2: {RehabRules.PainFreeSessionsToRun} exercise sessions without knee pain: run/walk from {runWalkFrom:yyyy-MM-dd} at the earliest.")));
                break;
            case RehabPhase.PainFreeExercise:
                var left2 = Left(plan, RehabRules.PainFreeSessionsToRun);
                runWalkFrom = day.AddDays(left2 + 1);
                lines.Add(new(RehabRules.Phase2Exit.Id, Text($"Phase 2: {left2} more exercise sessions without knee pain: run/walk from {runWalkFrom:yyyy-MM-dd} at the earliest.")));
                break;
            case RehabPhase.RunWalk when plan.RunWalk is { } rw:
                ladderRuns = (rw.PassesNeeded - rw.PassesAtStep) + ((rw.StepCount - rw.Step.Number) * rw.PassesNeeded);
                runWalkFrom = rw.LastRunDate is { } last && last.AddDays(RehabRules.DaysBetweenRuns) > day.AddDays(1) ? last.AddDays(RehabRules.DaysBetweenRuns) : day.AddDays(1);
                break;
            default:
                lines.Add(new(RehabRules.Volume.Id, Text($"Phase {plan.PhaseNumber} since {plan.PhaseSince:yyyy-MM-dd}: the easy run is {plan.EasyRun?.DurationMinutes ?? RunWalkLadder.Last.DurationMinutes} min and grows by the 10% rule.")));
                return (day, false);
        }

        var lastRun = runWalkFrom.AddDays(RehabRules.DaysBetweenRuns * (ladderRuns - 1));
        var phase4 = lastRun.AddDays(1);
        lines.Add(new(RehabRules.StepTwice.Id, Text(
            $"Run/walk: {ladderRuns} passed sessions to go (each step twice, a rest day between runs, {RehabRules.RestDay.Id}): {RunWalkLadder.Last.Text} passed on {lastRun:yyyy-MM-dd}, phase 4 from {phase4:yyyy-MM-dd} at the earliest, if every day goes well.")));
        return (phase4, true);
    }

    private static int Left(RehabPlan plan, int fallbackNeeded) =>
        plan.Criteria.FirstOrDefault(c => c.Needed is not null) is { Needed: { } needed } c ? Math.Max(1, needed - (c.Done ?? 0)) : fallbackNeeded;

    private static BuildUpRequest Request(RehabPlan plan, RaceGoal race, DateOnly buildStart, Distance easyRun, Distance needed)
    {
        // The partial week phase 4 begins in runs at the easy run's level; the build's first week is the next full one.
        var start = buildStart.DayOfWeek == DayOfWeek.Monday ? buildStart : LoadSeries.WeekStart(buildStart).AddDays(7);
        var weekly = easyRun * (7.0 / RehabRules.DaysBetweenRuns);
        // Up to the next 100 m, so the long run's share of the week (40%) can hold the whole long run needed.
        var target = Distance.FromKilometres(Math.Ceiling(needed.Kilometres / LoadRules.LongRunMaxShareOfWeek * 10) / 10);
        return new BuildUpRequest
        {
            Start = start,
            CurrentWeekly = weekly,
            LongestRecentRun = easyRun,
            TargetWeekly = target > weekly ? target : weekly,
            RaceDate = race.Date,
            RaceDistance = race.Distance,
            FlatFirst = plan.EasyRun?.DownhillAllowed != true,
        };
    }

    private static RaceOutlook Unreachable(RaceOutlook outlook, BuildUpRequest request, RaceGoal race, Distance longest, SpikeResult? spike, DistanceUnit unit)
    {
        var instead = new List<RaceLine>();
        var upTo = longest * LoadRules.SpikeSmallFrom;
        var fits = RaceRules.CommonRaceKilometres.Where(k => k <= upTo.Kilometres && k < race.Distance.Kilometres).ToList();
        instead.Add(new(LoadRules.Spike.Id, fits.Count > 0
            ? Text($"A shorter race: by {race.Date:yyyy-MM-dd} a race up to {unit.Format(upTo)} is no spike over your longest run ({unit.Format(longest)}): a {RaceName(fits[^1], unit)} race fits.")
            : Text($"A shorter race: by {race.Date:yyyy-MM-dd} a race up to {unit.Format(upTo)} is no spike over your longest run ({unit.Format(longest)}): not even {RaceName(RaceRules.CommonRaceKilometres[0], unit)} fits.")));
        instead.Add(new(RehabRules.Ladder.Id, spike is null
            ? Text($"Run/walk the race: not before the build: by race day you are still returning on the run/walk ladder, {RunWalkLadder.Last.Text} at most.")
            : Text($"Run/walk the race: walk breaks lower the effort, not the distance: {unit.Format(race.Distance)} stays a {Grade(spike.Grade)} spike (hazard rate ratio {spike.HazardRatio:0.00}). Only with your clinician's agreement, and stop on the rules of today's decision.")));
        var earliest = EarliestWeek(request);
        instead.Add(new(RaceRules.Instead.Id, earliest is { } e
            ? Text($"A later race: the same build reaches a {unit.Format(race.Distance)} race safely from the week of {e:yyyy-MM-dd} ({(e.DayNumber - race.Date.DayNumber + 6) / 7} weeks later).")
            : Text($"A later race: the same build does not reach {unit.Format(race.Distance)} within {BuildUpPlanner.MaxWeeks} weeks.")));
        return outlook with { Instead = instead, EarliestSafeRaceWeek = earliest };
    }

    /// <summary>Monday of the first week a race of the request's distance is no spike over the same build, or null within two years.</summary>
    private static DateOnly? EarliestWeek(BuildUpRequest request)
    {
        var open = BuildUpPlanner.Plan(request with { RaceDate = request.Start.AddDays(7 * BuildUpPlanner.MaxWeeks) });
        var needed = request.RaceDistance!.Value * (1 / LoadRules.SpikeSmallFrom);
        foreach (var week in open.Weeks.Where(w => w.LongestRunMax >= needed * 0.999))
        {
            // Confirm with the planner's own race check, so the date it names is one it would call reachable.
            var candidate = week.WeekStart.AddDays(7);
            if (BuildUpPlanner.Plan(request with { RaceDate = candidate }).RaceSpike is { Grade: SpikeGrade.None })
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Increase(SpikeResult spike) => spike.Increase is { } i ? Text($"{i:+0%;-0%;0%}") : "not comparable";

    private static string Grade(SpikeGrade grade) => grade.ToString().ToLowerInvariant();

    /// <summary>"6:30 min/km", or per mile for a runner who reads miles.</summary>
    private static string Pace(double minutesPerKm, DistanceUnit unit)
    {
        var minutes = unit == DistanceUnit.Miles ? minutesPerKm * Distance.MetresPerMile / 1000 : minutesPerKm;
        var whole = (int)minutes;
        var seconds = (int)Math.Round((minutes - whole) * 60);
        return (seconds == 60 ? Text($"{whole + 1}:00") : Text($"{whole}:{seconds:00}")) + " min/" + unit.Symbol();
    }

    /// <summary>A common race by its distance: "10 km", or "6.2 mi" for a runner who reads miles.</summary>
    private static string RaceName(double kilometres, DistanceUnit unit) => unit == DistanceUnit.Miles
        ? unit.Format(Distance.FromKilometres(kilometres))
        : Text($"{kilometres:0.#} km");

    /// <summary>The 10% rule's floor (3 km) in the unit.</summary>
    private static string Floor(DistanceUnit unit) => unit == DistanceUnit.Miles
        ? unit.Format(Distance.FromKilometres(LoadRules.TenPercentFloorKilometres))
        : Text($"{LoadRules.TenPercentFloorKilometres:0} km");

    private static double Round(double km) => Math.Round(km, 1);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
