using System.Globalization;
using System.Text.Json;
using Patella.Core.Rehab;

namespace Patella.App.Tests.Rehab;

/// <summary>
/// Issue #7's "done when", end to end through the CLI and the database (<see cref="SeedRunner"/>): the seed A runner gets
/// glute and quad work, a temporary cut in distance and a slightly higher cadence; logging honest good days she is back to
/// steady running in about four weeks and a gradual build reaches her half marathon; a swollen knee refers her at once.
/// </summary>
public sealed class SeedRunnerScenarioTests
{
    private static DateOnly Day(int n) => SeedRunner.AssessedOn.AddDays(n);

    private static string Iso(int n) => DayLog.Iso(Day(n));

    [Fact]
    public void DayOne_GluteAndQuadWork_ACutInDistanceFromHerLoad_AndAHigherCadence()
    {
        using var her = new SeedRunner();

        var plan = her.Json("plan");
        var load = her.Json("load");
        var cadence = her.Json("cadence");
        var today = her.Json("today");

        var session = plan.GetProperty("exercises").GetProperty("session").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(["clamshell", "side-lying-hip-abduction", "glute-bridge"], session.Take(3));
        Assert.Contains("straight-leg-raise", session);
        Assert.Contains("terminal-knee-extension", session);
        var changes = plan.GetProperty("trainingChanges").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("evidence").GetString()!);
        Assert.Contains("42.0 km vs 32.0 km", changes["R-REHAB-CUT-DISTANCE"], StringComparison.Ordinal);
        Assert.Contains("R-REHAB-CADENCE", changes.Keys);
        var warnings = load.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("R-LOAD-10PCT", warnings);
        Assert.Contains("R-LOAD-SPIKE", warnings);

        var baseline = cadence.GetProperty("baseline");
        Assert.True(baseline.GetProperty("established").GetBoolean());
        var goal = cadence.GetProperty("target").GetProperty("goalStepsPerMinute").GetDouble();
        var usual = baseline.GetProperty("typicalBand").GetProperty("stepsPerMinute").GetDouble();
        Assert.InRange(goal / usual, 1.05, 1.10);

        Assert.Equal("cross-train", today.GetProperty("decision").GetString());
        Assert.Contains(today.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "R-REHAB-CUT-DISTANCE");
    }

    [Fact]
    public void HonestGoodDays_SteadyRunningInAboutFourWeeks_EveryPrescriptionRun_AndTheHalfMarathonReachable()
    {
        using var her = new SeedRunner();
        var atStart = her.Json("plan", "--race", "2025-09-28", "--race-distance", "21.1km").GetProperty("race");
        Assert.True(atStart.GetProperty("reachable").GetBoolean());
        Assert.True(atStart.GetProperty("buildStartEstimated").GetBoolean());

        her.Live(31 + 28, SeedRunner.Honest());

        // Phase dates: 2 settling days, then 3 good check-ins (days 2-4), 3 pain-free sessions (days 5-7), 12 run/walk
        // sessions every other day (days 8-30), each passed once the next morning is logged.
        var plan = her.Json("plan");
        var phases = plan.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "phase")
            .Select(c => (c.GetProperty("ruleId").GetString(), c.GetProperty("date").GetString())).ToList();
        Assert.Equal([(RehabRules.Phase1Exit.Id, Iso(4)), (RehabRules.Phase2Exit.Id, Iso(7)), (RehabRules.Phase3Exit.Id, Iso(30))], phases);
        Assert.Equal("progressiveReturn", plan.GetProperty("phase").GetString());
        Assert.Equal(Iso(31), plan.GetProperty("phaseSince").GetString());

        // Every run or run-reduced morning was followed by her run of that size, and no run on any other day.
        var activities = her.Json("activities", "--from", Iso(0)).GetProperty("activities").EnumerateArray()
            .ToDictionary(a => a.GetProperty("startLocal").GetString()![..10]);
        var runDays = her.Days.Where(d => d.Decision is "run" or "run-reduced").ToList();
        Assert.Equal(runDays.Select(d => DayLog.Iso(d.Date)).Order(), activities.Keys.Order());
        foreach (var day in runDays)
        {
            var p = day.Today.GetProperty("prescription");
            var run = activities[DayLog.Iso(day.Date)];
            var minutes = run.GetProperty("elapsedTimeSeconds").GetDouble() / 60;
            var km = run.GetProperty("distanceMetres").GetDouble() / 1000;
            var capped = p.GetProperty("distanceKilometres") is { ValueKind: JsonValueKind.Number } cap && km > cap.GetDouble() - 0.1;
            Assert.True(capped || Math.Abs(minutes - p.GetProperty("durationMinutes").GetInt32()) < 0.5, $"{day.Date}: {minutes:0.0} min for {p.GetProperty("text").GetString()}");
            Assert.True(p.GetProperty("distanceKilometres") is not { ValueKind: JsonValueKind.Number } limit || km <= limit.GetDouble() + 0.05, $"{day.Date}: {km:0.00} km");
        }

        // The load picture decides too: with the rest day, the 10% rule caps the phase-4 runs' distance.
        var build = her.Days.Where(d => d.Date >= Day(31)).ToList();
        Assert.All(build.Where(d => d.Decision != "run"), d => Assert.Equal("cross-train", d.Decision));
        Assert.All(build.Where(d => d.Decision == "run"), d => Assert.Equal(JsonValueKind.Number, d.Today.GetProperty("prescription").GetProperty("distanceKilometres").ValueKind));
        Assert.Equal([30, 33, 36, 40], build.Where(d => d.Decision == "run").Select(d => d.Today.GetProperty("prescription").GetProperty("durationMinutes").GetInt32()).Distinct());
        Assert.Contains(build, d => d.RuleIds.Contains("R-RTR-REST-DAY"));

        var race = plan.GetProperty("race");
        Assert.True(race.GetProperty("reachable").GetBoolean(), race.GetProperty("lines").ToString());
        Assert.Equal("none", race.GetProperty("raceSpike").GetString());
        Assert.False(race.GetProperty("buildStartEstimated").GetBoolean());
        Assert.True(race.GetProperty("longestRunBeforeRaceKilometres").GetDouble() >= 21.1 / 1.1 - 0.05);
        Assert.True(race.GetProperty("weeks").GetArrayLength() > 10);

        // The same half marathon four weeks from now is too soon for the rules: they say what instead.
        var soon = her.Json("plan", "--race", Iso(59 + 27), "--race-distance", "21.1km").GetProperty("race");
        Assert.False(soon.GetProperty("reachable").GetBoolean());
        Assert.Equal(["R-LOAD-SPIKE", "R-RTR-LADDER", "R-RACE-INSTEAD"], soon.GetProperty("instead").EnumerateArray().Select(l => l.GetProperty("ruleId").GetString()));
        Assert.Contains("a 10 km race fits", soon.GetProperty("instead")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(DateOnly.Parse(soon.GetProperty("earliestSafeRaceWeek").GetString()!, CultureInfo.InvariantCulture) <= new DateOnly(2025, 9, 22));
    }
}
