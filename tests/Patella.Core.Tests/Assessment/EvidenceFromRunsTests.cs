using Patella.Core.Activities;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Core.Tests.Load;

namespace Patella.Core.Tests.Assessment;

/// <summary>Issue #4: "the mileage spike found in her own runs" — from runs through the load engine into the assessment.</summary>
public sealed class EvidenceFromRunsTests
{
    // Six steady weeks of 32 km (Mon 8, Wed 8, Sat 16), then a 42 km week whose long run is 21 km.
    private static List<Activity> HalfMarathonBuild()
    {
        var runs = new List<Activity>();
        var monday = LoadTestData.Date("2025-02-03");
        for (var week = 0; week < 6; week++)
        {
            var start = monday.AddDays(7 * week);
            runs.AddRange(LoadTestData.Daily(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 8, 0, 8, 0, 0, 16, 0));
        }

        runs.AddRange(LoadTestData.Daily("2025-03-17", 10, 0, 11, 0, 0, 21, 0));
        return runs;
    }

    [Fact]
    public void From_FindsTheMileageJumpAndLongRunSpikeInHerRuns()
    {
        var runs = HalfMarathonBuild();
        var day = LoadTestData.Date("2025-03-24");
        var picture = LoadEngine.PictureOn(day, runs, [], new LoadSettings(TimeZoneInfo.Utc));

        var evidence = EvidenceFromRuns.From(picture, runs, TimeZoneInfo.Utc)!;

        Assert.Equal(LoadTestData.Date("2025-03-17"), evidence.WeeklyDistance!.ThisWeekStart);
        Assert.Equal(42, evidence.WeeklyDistance.ThisWeek.Kilometres, 6);
        Assert.Equal(32, evidence.WeeklyDistance.LastWeek.Kilometres, 6);
        Assert.Equal(21, evidence.RunSpike!.Distance.Kilometres, 6);
        Assert.Equal(16, evidence.RunSpike.LongestPrevious30Days.Kilometres, 6);
        // 11-24 March: runs on the 12th, 15th, 17th, 19th and 22nd; the other nine days are rest.
        Assert.Equal(9, evidence.RestDaysInLast14Days);
    }

    [Fact]
    public void From_NoRuns_GivesNoEvidence()
    {
        var picture = LoadEngine.PictureOn(LoadTestData.Date("2025-03-24"), [], [], new LoadSettings(TimeZoneInfo.Utc));
        Assert.Null(EvidenceFromRuns.From(picture, [], TimeZoneInfo.Utc));
    }

    [Fact]
    public void Assess_WithEvidenceFromRuns_NamesTheMileageJumpAsAFactorFromHerRuns()
    {
        var runs = HalfMarathonBuild();
        var picture = LoadEngine.PictureOn(LoadTestData.Date("2025-03-23"), runs, [], new LoadSettings(TimeZoneInfo.Utc));
        var answers = VignetteAnswers.Parse(VignetteAnswers.SeedRunner.Replace("trainingChanges=mileage", "trainingChanges=", StringComparison.Ordinal));

        var result = KneeAssessor.Assess(answers, EvidenceFromRuns.From(picture, runs, TimeZoneInfo.Utc));

        Assert.Equal(KneeCondition.Pfps, result.LikelyCondition);
        var mileage = Assert.Single(result.Factors, f => f.RuleId == "R-FACTOR-MILEAGE-JUMP");
        Assert.Equal(FactorSource.Runs, mileage.Source);
        Assert.Contains(result.Factors, f => f.RuleId == "R-FACTOR-RUN-SPIKE");
        Assert.Contains(result.Factors, f => f.RuleId == "R-FACTOR-HIP-CONTROL");
    }
}
