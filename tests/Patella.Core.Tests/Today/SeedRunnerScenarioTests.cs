using Patella.Core.Activities;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Tests.Assessment;
using Patella.Core.Today;
using L = Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Today;

/// <summary>
/// Issue #7 "done when": seed A's runner (32, half-marathon build, weak hip control, mileage up from 32 to 42 km with a
/// 19 km long run after a 30-day longest of 16 km; stairs down hurt) assessed on Monday 2025-03-17.
/// </summary>
public class SeedRunnerScenarioTests
{
    private static readonly DateOnly Monday = new(2025, 3, 17);

    // Nine steady weeks (7 + 7 km midweek, a 14-15 km long run on Sunday), then 30, 32 and 42 km weeks: the long run goes
    // 16 km on 2025-03-02, then 19 km on 2025-03-16.
    private static readonly Activity[] HerRuns =
    [
        .. Enumerable.Range(0, 8).SelectMany(w => Week(new DateOnly(2024, 12, 30).AddDays(7 * w), 7, 7, w < 3 ? 14 : 15)),
        .. Week(new DateOnly(2025, 2, 24), 7, 7, 16),
        L.RunOn("2025-03-04", 6), L.RunOn("2025-03-06", 8), L.RunOn("2025-03-07", 6), L.RunOn("2025-03-09", 12),
        L.RunOn("2025-03-11", 7), L.RunOn("2025-03-13", 8), L.RunOn("2025-03-14", 8), L.RunOn("2025-03-16", 19),
    ];

    private static IEnumerable<Activity> Week(DateOnly monday, double tuesday, double thursday, double sunday) =>
    [
        L.RunOn(Iso(monday.AddDays(1)), tuesday), L.RunOn(Iso(monday.AddDays(3)), thursday), L.RunOn(Iso(monday.AddDays(6)), sunday),
    ];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static RunnerSimulator Her()
    {
        var picture = LoadEngine.PictureOn(Monday, HerRuns, [], LoadSettings.Utc);
        var answers = VignetteAnswers.Parse(VignetteAnswers.SeedRunner.Replace("trainingChanges=mileage", "trainingChanges=", StringComparison.Ordinal));
        var assessment = KneeAssessor.Assess(answers, EvidenceFromRuns.From(picture, HerRuns, TimeZoneInfo.Utc));
        return new RunnerSimulator(new RehabStart(Monday, assessment), HerRuns);
    }

    [Fact]
    public void DayOne_GluteAndQuadWork_ACutInDistance_AndAHigherCadence()
    {
        var her = Her();
        her.Log(CheckIn.Create(Monday, 0, stairsDownPain: 2, exercisesDone: true, exercisePain: 0));

        var plan = her.Plan();
        var today = her.Decide();

        Assert.Empty(her.Start.Assessment!.RedFlags);
        Assert.Equal(RehabPhase.ResolveBaselinePain, plan.Phase);
        var session = plan.Exercises.Session.Select(e => e.Id).ToList();
        Assert.Equal(["clamshell", "side-lying-hip-abduction", "glute-bridge"], session.Take(3));
        Assert.Contains("straight-leg-raise", session);
        Assert.Contains("terminal-knee-extension", session);
        var hips = Assert.Single(plan.TrainingChanges, t => t.Id == "R-REHAB-HIP-FIRST");
        Assert.Contains("knee collapses inward (valgus) on a single-leg squat (reported in the assessment)", hips.Evidence, StringComparison.Ordinal);
        var cut = Assert.Single(plan.TrainingChanges, t => t.Id == "R-REHAB-CUT-DISTANCE");
        Assert.Contains("42.0 km vs 32.0 km", cut.Evidence, StringComparison.Ordinal);
        Assert.Contains("19.0 km", cut.Evidence, StringComparison.Ordinal);
        Assert.Contains(plan.TrainingChanges, t => t.Id == "R-REHAB-CADENCE" && t.Text.Contains("+5-10%", StringComparison.Ordinal));

        Assert.Equal(Decision.CrossTrain, today.Decision);
        Assert.Contains(today.Reasons, r => r.RuleId == "R-RUN-PHASE");
        Assert.Contains(today.Reasons, r => r.RuleId == "R-REHAB-CUT-DISTANCE");
        Assert.Contains("Swimming (easy, only if pain-free)", today.Instead);
    }

    [Fact]
    public void HonestGoodDays_ReachAGradualBuildInAboutFourWeeks()
    {
        var her = Her();
        her.Live(60, RunnerSimulator.SettlingAfter(2), x => x.Plan().Phase == RehabPhase.ProgressiveReturn);
        var buildFrom = her.DayIndex;
        her.Live(28, RunnerSimulator.GoodDay);

        Assert.InRange(buildFrom, 24, 32);
        var build = her.Decisions.Skip(buildFrom).ToList();
        // Every other day a run; between, the rest day of the return, and the 10% rule when the week is full.
        Assert.All(build.Where(d => d.Decision != Decision.Run), d =>
        {
            Assert.Equal(Decision.CrossTrain, d.Decision);
            Assert.Subset(new HashSet<string> { "R-RTR-REST-DAY", "R-LOAD-10PCT" }, d.Reasons.Where(r => r.Leads > Decision.Run).Select(r => r.RuleId).ToHashSet());
        });
        var runs = build.Where(d => d.Decision == Decision.Run).ToList();
        Assert.InRange(runs.Count, 13, 14);
        Assert.All(runs, d => Assert.Contains("+5-10%", d.Prescription!.CadenceCue, StringComparison.Ordinal));
        Assert.All(runs.Take(10), d => Assert.True(d.Prescription!.FlatOnly));
        Assert.False(runs[^1].Prescription!.FlatOnly);
        Assert.Equal([30, 33, 36, 40], runs.Select(d => d.Prescription!.DurationMinutes).Distinct());

        var picture = LoadEngine.PictureOn(her.Today, her.Activities, [], LoadSettings.Utc);
        Assert.False(picture.LastWeek.Exceeded);
        Assert.True(picture.LastWeek.ThisWeek.Kilometres < 42, "still below her 42 km peak: the cut is temporary, the build gradual");
        Assert.True(picture.LastWeek.ThisWeek > picture.Weeks[^4].Distance, "volume grows week on week");
    }

    [Fact]
    public void SwollenKnee_StopsHerAtOnceWithAReferral()
    {
        var her = Her();
        her.Live(60, RunnerSimulator.SettlingAfter(2), x => x.Plan().Phase == RehabPhase.ProgressiveReturn);

        her.Log(CheckIn.Create(her.Today, 1, 3, 2, null, 2, swelling: true, exercisesDone: false, runMinutes: 20));
        var d = her.Decide();

        Assert.Equal(Decision.Refer, d.Decision);
        Assert.Contains(d.Reasons, r => r.RuleId == "R-RUN-STOP-SWELLING" && r.Leads == Decision.Refer);
        Assert.Null(d.Prescription);
        Assert.Contains("See a doctor or physiotherapist", d.Instead[0], StringComparison.Ordinal);
    }
}
