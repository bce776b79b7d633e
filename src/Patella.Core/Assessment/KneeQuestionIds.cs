namespace Patella.Core.Assessment;

// The ids and codes of knee-v1 (KneeQuestionnaire.V1). Answer files use exactly these strings.

/// <summary>Question ids of <c>knee-v1</c>.</summary>
public static class KneeQuestions
{
    public const string PainLocation = "painLocation";
    public const string PainPointSpecific = "painPointSpecific";
    public const string Side = "side";
    public const string Onset = "onset";
    public const string PainTriggers = "painTriggers";
    public const string PainTiming = "painTiming";
    public const string PainCourse = "painCourse";
    public const string PainAfterRun = "painAfterRun";
    public const string WeeksSinceOnset = "weeksSinceOnset";
    public const string Swelling = "swelling";
    public const string GivingWay = "givingWay";
    public const string LockingOrCatching = "lockingOrCatching";
    public const string ClickingOrGrinding = "clickingOrGrinding";
    public const string Limping = "limping";
    public const string FeverOrHotRedJoint = "feverOrHotRedJoint";
    public const string CanBearWeight = "canBearWeight";
    public const string HipPainOnTurning = "hipPainOnTurning";
    public const string MorningStiffness = "morningStiffness";
    public const string AgeYears = "ageYears";
    public const string Sex = "sex";
    public const string TrainingChanges = "trainingChanges";
    public const string SelfTreatmentWeeks = "selfTreatmentWeeks";
    public const string SelfTreatmentImproved = "selfTreatmentImproved";
    public const string KnownStiffness = "knownStiffness";
    public const string FootPosture = "footPosture";
    public const string KneeDropsInward = "kneeDropsInward";
}

public static class PainLocations
{
    public const string AroundKneecap = "aroundKneecap";
    public const string OuterSide = "outerSide";
    public const string BelowKneecap = "belowKneecap";
    public const string JointLine = "jointLine";
    public const string AboveKneecap = "aboveKneecap";
}

public static class Onsets
{
    public const string Gradual = "gradual";
    public const string FallTwistOrBlow = "fallTwistOrBlow";
}

public static class PainTrigger
{
    public const string Downhill = "downhill";
    public const string StairsDown = "stairsDown";
    public const string StairsUp = "stairsUp";
    public const string Squatting = "squatting";
    public const string Kneeling = "kneeling";
    public const string Jumping = "jumping";
    public const string LongSitting = "longSittingKneeBent";
}

public static class PainTimings
{
    public const string StartOfRun = "startOfRun";
    public const string LateInLongRuns = "lateInLongRuns";
    public const string ThroughoutRuns = "throughoutRuns";
    public const string AtRest = "atRest";
    public const string AtNight = "atNight";
}

public static class PainCourses
{
    public const string GoneAfterWarmUp = "goneAfterWarmUp";
    public const string StartingEarlier = "startingEarlierInRuns";
    public const string Lingers = "lingersAfterRuns";
    public const string WalkingAndStairs = "onWalkingAndStairs";
}

public static class PainDurationAfterRun
{
    public const string None = "none";
    public const string Under24Hours = "under24Hours";
    public const string From24To48Hours = "from24To48Hours";
    public const string Over48Hours = "over48Hours";
}

public static class SwellingTimes
{
    public const string None = "none";
    public const string AfterActivity = "afterActivity";
    public const string Within2HoursOfInjury = "within2HoursOfInjury";
    public const string HoursToDaysAfterInjury = "hoursToDaysAfterInjury";
    public const string Constant = "constant";
}

public static class Locking
{
    public const string None = "none";
    public const string Catching = "catching";
    public const string Locked = "locked";
}

public static class MorningStiffnessDuration
{
    public const string None = "none";
    public const string UpTo30Minutes = "upTo30Minutes";
    public const string Over30Minutes = "over30Minutes";
}

public static class Sexes
{
    public const string Female = "female";
    public const string Male = "male";
    public const string Other = "other";
}

public static class TrainingChange
{
    public const string Mileage = "mileage";
    public const string SpeedWork = "speedWork";
    public const string Downhill = "downhill";
    public const string NewShoes = "newShoes";
    public const string Surface = "surface";
}

public static class Stiffness
{
    public const string Hip = "hip";
    public const string Ankle = "ankle";
}

public static class FootPostures
{
    public const string Flat = "flat";
    public const string Neutral = "neutral";
    public const string HighArched = "highArched";
}
