using Patella.Core.Assessment;

namespace Patella.Core.Tests.Assessment;

/// <summary>
/// Vignettes written from clinical-rules.md: every red flag alone, at its boundary and in combination;
/// each condition's classic picture; mixed, ambiguous and unanswered pictures.
/// Columns: answers; the exact red-flag rule ids expected; the one Likely condition or "-" for no single label;
/// the PFPS stage or "-" when none is given.
/// </summary>
public class KneeVignetteTests
{
    private const string Base = "painLocation=aroundKneecap; onset=gradual; ageYears=30; ";
    private const string Pfps = "painLocation=aroundKneecap; painPointSpecific=no; onset=gradual; painTriggers=squatting,longSittingKneeBent; ageYears=28; sex=female; ";

    [Theory]
    // Red flags alone
    [InlineData(Base + "swelling=afterActivity", "R-RF-SWELLING", "-", "-")]
    [InlineData(Base + "swelling=constant", "R-RF-SWELLING", "-", "-")]
    [InlineData(Base + "painTiming=atNight", "R-RF-NIGHT-PAIN", "-", "-")]
    [InlineData(Base + "painTiming=atRest", "R-RF-NIGHT-PAIN", "-", "-")]
    [InlineData(Base + "givingWay=yes", "R-RF-GIVING-WAY", "-", "-")]
    [InlineData(Base + "selfTreatmentWeeks=5; selfTreatmentImproved=no", "R-RF-NO-IMPROVEMENT-4-6W", "-", "-")]
    [InlineData(Base + "selfTreatmentWeeks=4; selfTreatmentImproved=no", "R-RF-NO-IMPROVEMENT-4-6W", "-", "-")]
    [InlineData(Base + "selfTreatmentWeeks=3; selfTreatmentImproved=no", "", "-", "Undetermined")]
    [InlineData(Base + "selfTreatmentWeeks=8; selfTreatmentImproved=yes", "", "-", "Undetermined")]
    [InlineData(Base + "selfTreatmentWeeks=8; selfTreatmentImproved=unknown", "", "-", "Undetermined")]
    [InlineData("painLocation=jointLine; onset=fallTwistOrBlow; swelling=within2HoursOfInjury; ageYears=30", "R-RF-TRAUMA-SWELLING-2H,R-RF-SWELLING", "JointInjury", "-")]
    [InlineData(Base + "lockingOrCatching=locked", "R-RF-LOCKED", "-", "-")]
    [InlineData(Base + "lockingOrCatching=catching", "", "-", "Undetermined")]
    [InlineData(Base + "feverOrHotRedJoint=yes", "R-RF-HOT-JOINT-FEVER", "-", "-")]
    [InlineData(Base + "canBearWeight=no", "R-RF-NO-WEIGHT-BEARING", "-", "-")]
    [InlineData(Base + "canBearWeight=yes; feverOrHotRedJoint=no; givingWay=no; swelling=none", "", "-", "Undetermined")]
    [InlineData("painLocation=aroundKneecap; onset=gradual; ageYears=13; hipPainOnTurning=yes", "R-RF-ADOLESCENT-HIP", "-", "-")]
    [InlineData("painLocation=aroundKneecap; onset=gradual; ageYears=19; hipPainOnTurning=yes", "R-RF-ADOLESCENT-HIP", "-", "-")]
    [InlineData("painLocation=aroundKneecap; onset=gradual; ageYears=20; hipPainOnTurning=yes", "", "-", "Undetermined")]
    [InlineData("painLocation=aroundKneecap; onset=gradual; hipPainOnTurning=yes", "", "-", "Undetermined")]
    [InlineData(Base + "painAfterRun=from24To48Hours; swelling=afterActivity", "R-RF-SWELLING,R-RF-PAIN-24-48H-SWELLING", "-", "-")]
    [InlineData(Base + "painAfterRun=over48Hours; givingWay=yes", "R-RF-GIVING-WAY,R-RF-PAIN-24-48H-SWELLING", "-", "-")]
    [InlineData(Base + "painAfterRun=from24To48Hours", "", "-", "Progressing")]
    [InlineData(Base + "painAfterRun=under24Hours; swelling=afterActivity", "R-RF-SWELLING", "-", "-")]
    // Red flags in combination, most urgent first
    [InlineData(Base + "feverOrHotRedJoint=yes; canBearWeight=no; swelling=constant", "R-RF-HOT-JOINT-FEVER,R-RF-NO-WEIGHT-BEARING,R-RF-SWELLING", "-", "-")]
    [InlineData("painLocation=jointLine; onset=fallTwistOrBlow; swelling=within2HoursOfInjury; lockingOrCatching=locked; givingWay=yes; ageYears=24",
        "R-RF-TRAUMA-SWELLING-2H,R-RF-LOCKED,R-RF-GIVING-WAY,R-RF-SWELLING", "JointInjury", "-")]
    [InlineData(Base + "painTiming=atNight,atRest; selfTreatmentWeeks=6; selfTreatmentImproved=no", "R-RF-NIGHT-PAIN,R-RF-NO-IMPROVEMENT-4-6W", "-", "-")]
    [InlineData(VignetteAnswers.SeedRunner + "; swelling=afterActivity", "R-RF-SWELLING", "Pfps", "-")]
    // Classic pictures
    [InlineData(Pfps + "painTiming=lateInLongRuns; painCourse=goneAfterWarmUp; weeksSinceOnset=2", "", "Pfps", "Early")]
    [InlineData(Pfps + "painTriggers=squatting,stairsDown; painCourse=startingEarlierInRuns; weeksSinceOnset=5", "", "Pfps", "Progressing")]
    [InlineData(Pfps + "painCourse=onWalkingAndStairs; weeksSinceOnset=20", "", "Pfps", "Chronic")]
    [InlineData(Pfps + "painCourse=lingersAfterRuns; weeksSinceOnset=13", "", "Pfps", "Progressing")]
    [InlineData(Pfps + "painTiming=lateInLongRuns; weeksSinceOnset=14", "", "Pfps", "Chronic")]
    [InlineData(Pfps + "limping=yes", "", "Pfps", "Progressing")]
    [InlineData(Pfps, "", "Pfps", "Undetermined")]
    [InlineData(VignetteAnswers.SeedRunner, "", "Pfps", "Progressing")]
    [InlineData("painLocation=outerSide; painPointSpecific=yes; onset=gradual; painTriggers=downhill; painTiming=lateInLongRuns; ageYears=35", "", "ItbSyndrome", "-")]
    [InlineData("painLocation=belowKneecap; painPointSpecific=yes; onset=gradual; painTriggers=jumping; ageYears=22; sex=male", "", "PatellarTendinopathy", "-")]
    [InlineData("painLocation=aboveKneecap; painPointSpecific=yes; onset=gradual; painTriggers=jumping; ageYears=40", "", "QuadricepsTendinopathy", "-")]
    [InlineData("painLocation=jointLine; onset=gradual; clickingOrGrinding=yes; morningStiffness=upTo30Minutes; painTriggers=stairsDown; ageYears=62", "", "Osteoarthritis", "-")]
    [InlineData("painLocation=jointLine; onset=fallTwistOrBlow; lockingOrCatching=catching; ageYears=30", "", "JointInjury", "-")]
    [InlineData("painLocation=jointLine; onset=fallTwistOrBlow; swelling=hoursToDaysAfterInjury; ageYears=28", "R-RF-SWELLING", "JointInjury", "-")]
    [InlineData("painLocation=jointLine; onset=fallTwistOrBlow; givingWay=yes; ageYears=27", "R-RF-GIVING-WAY", "JointInjury", "-")]
    [InlineData("painLocation=aroundKneecap; painTriggers=squatting,stairsDown; onset=gradual; ageYears=50; painCourse=startingEarlierInRuns", "", "Pfps", "Progressing")]
    // Mixed and ambiguous: no single label
    [InlineData("painLocation=aroundKneecap,outerSide; onset=gradual; painTriggers=downhill; painTiming=lateInLongRuns", "", "-", "Early")]
    [InlineData("painLocation=aroundKneecap,belowKneecap; painTriggers=jumping,squatting", "", "-", "Undetermined")]
    [InlineData("painLocation=aroundKneecap; onset=gradual; painTriggers=stairsDown; clickingOrGrinding=yes; morningStiffness=upTo30Minutes; ageYears=55", "", "-", "Progressing")]
    [InlineData("painLocation=jointLine; onset=gradual; clickingOrGrinding=yes; morningStiffness=upTo30Minutes", "", "-", "-")]
    // Missing and unknown answers
    [InlineData("painLocation=aroundKneecap", "", "-", "Undetermined")]
    [InlineData("", "", "-", "-")]
    [InlineData("painLocation=unknown; givingWay=unknown; swelling=unknown; ageYears=unknown; canBearWeight=unknown; feverOrHotRedJoint=unknown", "", "-", "-")]
    public void Assess_Vignette(string vignette, string expectedRedFlags, string expectedLikely, string expectedStage)
    {
        var result = KneeAssessor.Assess(VignetteAnswers.Parse(vignette));

        Assert.Equal(expectedRedFlags.Split(',', StringSplitOptions.RemoveEmptyEntries), result.RedFlags.Select(f => f.RuleId));
        Assert.Equal(expectedLikely == "-" ? null : Enum.Parse<KneeCondition>(expectedLikely), result.LikelyCondition);
        Assert.Equal(expectedStage == "-" ? null : Enum.Parse<PfpsStage>(expectedStage), result.Stage?.Stage);
        Assert.Equal(expectedRedFlags.Length > 0, result.ReferralNeeded);
        Assert.Equal(expectedRedFlags.Length > 0, result.RunningBlocked);
        Assert.Equal(expectedRedFlags.Length > 0, result.Summary.StartsWith("Please see a clinician", StringComparison.Ordinal));
        Assert.Equal(6, result.Conditions.Count);
        Assert.Single(result.Conditions, c => c.Condition == KneeCondition.Pfps && c.Note == ConditionRules.PfpsExclusionNote);
        Assert.Equal(AssessmentSummary.Disclaimer, result.Disclaimer);
    }
}
