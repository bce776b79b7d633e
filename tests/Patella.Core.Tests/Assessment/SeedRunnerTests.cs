using System.Text.Json;
using System.Text.Json.Nodes;
using Patella.Core.Assessment;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Assessment;

/// <summary>Issue #4 "done when": seed A's runner, and any red flag turning the answer into a referral.</summary>
public class SeedRunnerTests
{
    // Her own runs: 32 km, then 42 km in the week of 2025-03-10; a 19 km long run after a 30-day longest of 16 km.
    private static readonly TrainingEvidence HerRuns = new()
    {
        WeeklyDistance = new(new DateOnly(2025, 3, 10), Distance.FromKilometres(42), Distance.FromKilometres(32)),
        RunSpike = new(new DateOnly(2025, 3, 16), Distance.FromKilometres(19), Distance.FromKilometres(16)),
        Shoe = new("Daily trainer", Distance.FromKilometres(420)),
        RestDaysInLast14Days = 4,
        RestDaysCountedTo = new DateOnly(2025, 3, 16),
    };

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static AnswerSet HerAnswers(string extra = "") =>
        VignetteAnswers.Parse(VignetteAnswers.SeedRunner.Replace("trainingChanges=mileage", "trainingChanges=", StringComparison.Ordinal) + extra);

    [Fact]
    public void SeedRunner_IsPfpsProgressingWithMileageSpikeFromHerRunsAndHipControl()
    {
        var result = KneeAssessor.Assess(HerAnswers(), HerRuns);

        Assert.Empty(result.RedFlags);
        Assert.Equal(KneeCondition.Pfps, result.LikelyCondition);
        Assert.Equal(1, result.Conditions[0].Rank);
        Assert.All(result.Conditions.Skip(1), c => Assert.True(c.Rank > 1));
        Assert.Equal(PfpsStage.Progressing, result.Stage!.Stage);
        Assert.Equal("R-STAGE-PROGRESSING", result.Stage.RuleId);
        Assert.Equal((4, 8), (result.Stage.Timeline!.MinWeeks, result.Stage.Timeline.MaxWeeks));

        var mileage = Assert.Single(result.Factors, f => f.RuleId == "R-FACTOR-MILEAGE-JUMP");
        Assert.Equal(FactorSource.Runs, mileage.Source);
        Assert.Contains("42.0 km vs 32.0 km", mileage.Evidence[0], StringComparison.Ordinal);
        Assert.Contains("+31%", mileage.Evidence[0], StringComparison.Ordinal);
        Assert.Contains(result.Factors, f => f.RuleId == "R-FACTOR-RUN-SPIKE" && f.Evidence[0].Contains("2025-03-16", StringComparison.Ordinal));
        Assert.Contains(result.Factors, f => f.RuleId == "R-FACTOR-HIP-CONTROL");
        Assert.DoesNotContain(result.Factors, f => f.RuleId is "R-FACTOR-WORN-SHOES" or "R-FACTOR-NO-REST-DAYS");

        Assert.Contains("Patellofemoral pain syndrome", result.Summary, StringComparison.Ordinal);
        Assert.Contains("diagnosis of exclusion", result.Summary, StringComparison.Ordinal);
        Assert.Contains("4-8 weeks", result.Summary, StringComparison.Ordinal);
        Assert.Contains("not a clinical diagnosis", result.Disclaimer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("; swelling=afterActivity", "R-RF-SWELLING", Urgency.Soon)]
    [InlineData("; painTiming=atNight", "R-RF-NIGHT-PAIN", Urgency.Soon)]
    [InlineData("; givingWay=yes", "R-RF-GIVING-WAY", Urgency.Soon)]
    [InlineData("; selfTreatmentWeeks=6; selfTreatmentImproved=no", "R-RF-NO-IMPROVEMENT-4-6W", Urgency.RoutineReferral)]
    [InlineData("; swelling=within2HoursOfInjury", "R-RF-TRAUMA-SWELLING-2H", Urgency.Emergency)]
    [InlineData("; lockingOrCatching=locked", "R-RF-LOCKED", Urgency.Soon)]
    [InlineData("; feverOrHotRedJoint=yes", "R-RF-HOT-JOINT-FEVER", Urgency.Emergency)]
    [InlineData("; canBearWeight=no", "R-RF-NO-WEIGHT-BEARING", Urgency.Emergency)]
    [InlineData("; ageYears=14; hipPainOnTurning=yes", "R-RF-ADOLESCENT-HIP", Urgency.Soon)]
    [InlineData("; painAfterRun=over48Hours; givingWay=yes", "R-RF-PAIN-24-48H-SWELLING", Urgency.Soon)]
    public void SeedRunner_AnyRedFlag_TurnsTheAnswerIntoAReferral(string extra, string ruleId, Urgency urgency)
    {
        var result = KneeAssessor.Assess(HerAnswers(extra), HerRuns);

        var flag = Assert.Single(result.RedFlags, f => f.RuleId == ruleId);
        Assert.True(flag.Urgency <= result.ReferralUrgency);
        Assert.Equal(urgency, flag.Urgency);
        Assert.NotEmpty(flag.Evidence);
        Assert.True(result.ReferralNeeded);
        Assert.True(result.RunningBlocked);
        Assert.Null(result.Stage);
        Assert.StartsWith("Please see a clinician", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Do not run", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("4-8 weeks", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_SerialisesWithRuleIdsAndEnumNames()
    {
        var result = KneeAssessor.Assess(HerAnswers("; swelling=afterActivity"), HerRuns);

        var json = JsonNode.Parse(JsonSerializer.Serialize(result, WebJson))!;

        Assert.Equal("R-RF-SWELLING", (string?)json["redFlags"]![0]!["ruleId"]);
        Assert.Equal("Soon", (string?)json["redFlags"]![0]!["urgency"]);
        Assert.Equal("Pfps", (string?)json["conditions"]![0]!["condition"]);
        Assert.Equal(1, (int?)json["conditions"]![0]!["rank"]);
        Assert.Equal("R-DX-PFPS", (string?)json["conditions"]![0]!["ruleId"]);
        Assert.NotEmpty(json["conditions"]![0]!["supporting"]!.AsArray());
        Assert.Null(json["stage"]);
        Assert.Equal("R-FACTOR-HIP-CONTROL", (string?)json["factors"]![0]!["ruleId"]);
        Assert.True((bool?)json["referralNeeded"]);
    }
}
