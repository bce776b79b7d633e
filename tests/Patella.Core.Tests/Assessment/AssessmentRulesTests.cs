using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;

namespace Patella.Core.Tests.Assessment;

public class AssessmentRulesTests
{
    [Fact]
    public void Catalogue_IdsAreUniqueAndPrefixedAndSourced()
    {
        var rules = AssessmentRules.All;

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.Matches("^R-(RF|DX|STAGE|FACTOR|KUJALA)-[A-Z0-9-]+$", r.Id));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(10, RedFlagRules.All.Count);
        Assert.Contains("PMC10362729", KujalaRules.Score.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R-RF-SWELLING")]
    [InlineData("R-RF-NIGHT-PAIN")]
    [InlineData("R-RF-GIVING-WAY")]
    [InlineData("R-RF-NO-IMPROVEMENT-4-6W")]
    [InlineData("R-RF-TRAUMA-SWELLING-2H")]
    [InlineData("R-RF-LOCKED")]
    [InlineData("R-RF-HOT-JOINT-FEVER")]
    [InlineData("R-RF-NO-WEIGHT-BEARING")]
    [InlineData("R-RF-ADOLESCENT-HIP")]
    [InlineData("R-RF-PAIN-24-48H-SWELLING")]
    [InlineData("R-KUJALA-MCID-10")]
    public void Catalogue_HoldsTheBriefsRuleIds(string id)
    {
        Assert.NotNull(AssessmentRules.Find(id));
    }

    [Fact]
    public void Conditions_TiedScoresShareARankAndNoneIsLikely()
    {
        var result = KneeAssessor.Assess(VignetteAnswers.Parse("painLocation=aroundKneecap,belowKneecap; painTriggers=jumping,squatting"));

        var top = result.Conditions.Where(c => c.Rank == 1).Select(c => c.Condition).ToList();
        Assert.Equal([KneeCondition.Pfps, KneeCondition.PatellarTendinopathy], top);
        Assert.All(result.Conditions, c => Assert.NotEqual(Likelihood.Likely, c.Likelihood));
        Assert.Contains("do not point clearly to one condition", result.Summary, StringComparison.Ordinal);
    }
}
