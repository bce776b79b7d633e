using Patella.Core.Load;
using Patella.Core.Measures;
using Patella.Core.Rules;

namespace Patella.Core.Rehab;

/// <summary>The runner's goal race.</summary>
/// <param name="Date">Race day, the runner's local date.</param>
/// <param name="Distance">Race distance; more than 0.</param>
public sealed record RaceGoal(DateOnly Date, Distance Distance)
{
    /// <summary>A goal race from plain numbers, as the CLI and the web receive them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A distance that is not a finite number above 0 or over 250 km.</exception>
    public static RaceGoal Create(DateOnly date, double kilometres) =>
        double.IsFinite(kilometres) && kilometres > 0 && kilometres <= RaceRules.MaxRaceKilometres
            ? new RaceGoal(date, Distance.FromKilometres(kilometres))
            : throw new ArgumentOutOfRangeException(nameof(kilometres), kilometres, $"A race distance is more than 0 and at most {RaceRules.MaxRaceKilometres} km.");
}

/// <summary>The rules of the build to a race (<c>R-RACE-</c>); the build itself is the load engine's (<see cref="BuildUpPlanner"/>).</summary>
public static class RaceRules
{
    /// <summary>Longest race Patella plans for, km (a sanity limit on input, not a clinical rule).</summary>
    public const double MaxRaceKilometres = 250;

    /// <summary>Easy pace assumed when the runner has no runs in the last <see cref="PaceWindowDays"/> days, minutes per km
    /// (Patella convention: a slow recreational easy pace, so distances come out short rather than long).</summary>
    public const double DefaultEasyMinutesPerKilometre = 6.5;

    /// <summary>Days of runs whose median pace is the runner's easy pace (Patella convention: a season, injury weeks included, so it leans slow).</summary>
    public const int PaceWindowDays = 90;

    /// <summary>Common race distances, km, offered as a shorter race: 5 km, 10 km, half and full marathon.</summary>
    public static IReadOnlyList<double> CommonRaceKilometres { get; } = [5.0, 10.0, 21.0975, 42.195];

    public static ClinicalRule Build { get; } = new("R-RACE-BUILD",
        "The build to a race starts where the return to run ends: run/walk to 30 min continuous, then the 10% rule",
        "Seed A (completed her race using gradual mileage build); seed C (four phases, 10% rule)");

    public static ClinicalRule LongRun { get; } = new("R-RACE-LONG-RUN",
        "Race day is a run too: at most 10% longer than the longest run of the 30 days before it",
        "Frandsen et al., BJSM 2025 (session spike, research-notes); applying it to race day is a Patella convention");

    public static ClinicalRule Instead { get; } = new("R-RACE-INSTEAD",
        "When the race is not reachable safely: a shorter race, run/walk it with your clinician's agreement, or a later race",
        "R-LOAD-SPIKE and R-LOAD-10PCT; seed C (a two-week pull-back beats months off)");

    public static IReadOnlyList<ClinicalRule> All { get; } = [Build, LongRun, Instead];
}

/// <summary>
/// Whether a gradual build reaches the goal race safely, week by week: what <c>patella plan</c> prints under the plan and
/// what <c>plan --json</c> carries as <c>race</c>. Distances are kilometres, in the field names.
/// </summary>
/// <param name="DaysToRace">Race date minus the plan's day; 0 or less when the race is today or past.</param>
/// <param name="BuildStartsOn">First day of phase 4 (the build): the plan's day once in phase 4 or later; otherwise the
/// earliest day it can come if every day from tomorrow goes well (<paramref name="BuildStartEstimated"/>).</param>
/// <param name="EasyMinutesPerKilometre">The easy pace distances are worked out at.</param>
/// <param name="EasyPaceFromRuns">False when no runs were on record and <see cref="RaceRules.DefaultEasyMinutesPerKilometre"/> was assumed.</param>
/// <param name="LongRunNeededKilometres">Race distance / 1.10: the long run the 30 days before the race must hold.</param>
/// <param name="LongestRunBeforeRaceKilometres">The build's longest run in the 30 days before the race; null when the build has not started by then.</param>
/// <param name="RaceSpike">The race itself against that longest run (Frandsen 2025's grade); null when the build has not started by then.</param>
/// <param name="Reachable">True when the race is no spike over the build's longest run: the gradual build gets there.</param>
/// <param name="Weeks">The build week by week up to the week before the race (the race week is not planned).</param>
/// <param name="Lines">The reasoning, one line per rule, with the numbers.</param>
/// <param name="Instead">When not reachable: what the rules allow instead, one line each.</param>
/// <param name="EarliestSafeRaceWeek">Monday of the first week a race of this distance is reachable from the same start; null when reachable or not within two years.</param>
public sealed record RaceOutlook(
    DateOnly Day,
    DateOnly RaceDate,
    double RaceKilometres,
    int DaysToRace,
    double WeeksToRace,
    RehabPhase Phase,
    DateOnly BuildStartsOn,
    bool BuildStartEstimated,
    double EasyMinutesPerKilometre,
    bool EasyPaceFromRuns,
    double LongRunNeededKilometres,
    double? LongestRunBeforeRaceKilometres,
    SpikeGrade? RaceSpike,
    double? RaceSpikeHazardRatio,
    bool Reachable,
    IReadOnlyList<RaceWeek> Weeks,
    IReadOnlyList<RaceLine> Lines,
    IReadOnlyList<RaceLine> Instead,
    DateOnly? EarliestSafeRaceWeek);

/// <summary>One week of the build to the race (from <see cref="PlannedWeek"/>).</summary>
/// <param name="TargetKilometres">The most the week holds.</param>
/// <param name="LongRunKilometres">The longest single run of the week, at most.</param>
public sealed record RaceWeek(int Number, DateOnly WeekStart, double TargetKilometres, double LongRunKilometres, bool IsLighter, bool DownhillAllowed, string Note);

/// <summary>One line of the race outlook: the rule and what it says here, with the numbers.</summary>
public sealed record RaceLine(string RuleId, string Text);
