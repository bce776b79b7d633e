using Patella.Core.Rules;
using static Patella.Core.Assessment.KneeQuestions;

namespace Patella.Core.Assessment;

/// <summary>
/// Weighs each condition's typical and atypical features (research-notes §3h) against the answers
/// and ranks them. Unknown or missing answers add nothing either way.
/// </summary>
internal static class ConditionScoring
{
    public static IReadOnlyList<ConditionLikelihood> Rank(KneeAnswers a)
    {
        var tallies = new[] { Pfps(a), Itb(a), PatellarTendon(a), QuadricepsTendon(a), Osteoarthritis(a), JointInjury(a) };
        var ordered = tallies.OrderByDescending(t => t.Score).ToArray(); // stable: ties keep catalogue order
        var top = ordered[0].Score;
        var lead = top - ordered[1].Score;
        var distinctScores = ordered.Select(t => t.Score).Distinct().ToList();
        return [.. ordered.Select(t => t.ToResult(
            rank: distinctScores.IndexOf(t.Score) + 1,
            likelihood: t.Score == top && top >= ConditionRules.LikelyMinScore && lead >= ConditionRules.LikelyMinLeadPoints
                ? Likelihood.Likely
                : t.Score >= ConditionRules.PossibleMinScore ? Likelihood.Possible : Likelihood.Unlikely))];
    }

    private static bool Located(KneeAnswers a) => a.Answered(PainLocation);

    private static bool At(KneeAnswers a, string location) => a.Has(PainLocation, location);

    private static bool Trauma(KneeAnswers a) => a.Has(Onset, Onsets.FallTwistOrBlow);

    private static bool Gradual(KneeAnswers a) => a.Has(Onset, Onsets.Gradual);

    private static bool Trigger(KneeAnswers a, string trigger) => a.Has(PainTriggers, trigger);

    private static Tally Pfps(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.Pfps, "Patellofemoral pain syndrome (runner's knee)", ConditionRules.Pfps, ConditionRules.PfpsExclusionNote);
        t.For(At(a, PainLocations.AroundKneecap), 4, "pain around or behind the kneecap");
        t.Against(Located(a) && !At(a, PainLocations.AroundKneecap), 3, "no pain around or behind the kneecap");
        t.For(a.IsNo(PainPointSpecific), 1, "diffuse pain, hard to point at with one finger");
        t.Against(a.IsYes(PainPointSpecific), 1, "the pain can be pointed at with one finger (more typical of a tendon)");

        var triggerPoints = 0;
        var triggers = new List<string>();
        void Load(string code, int points, string text)
        {
            if (Trigger(a, code))
            {
                triggerPoints += points;
                triggers.Add(text);
            }
        }

        Load(PainTrigger.Squatting, 2, "squatting (the most sensitive sign)");
        Load(PainTrigger.LongSitting, 2, "long sitting with the knee bent (moviegoer's sign)");
        Load(PainTrigger.StairsDown, 1, "stairs down");
        Load(PainTrigger.StairsUp, 1, "stairs up");
        Load(PainTrigger.Downhill, 1, "downhill running");
        Load(PainTrigger.Kneeling, 1, "kneeling");
        Load(PainTrigger.Jumping, 1, "jumping");
        t.For(triggers.Count > 0, Math.Min(triggerPoints, ConditionRules.PfpsTriggerPointsCap),
            $"worse with loading in a bent knee: {string.Join(", ", triggers)}");

        t.For(a.Has(PainTiming, PainTimings.LateInLongRuns) || a.Has(PainCourse, PainCourses.GoneAfterWarmUp), 1,
            "ache late in long runs or gone after warm-up, the typical early pattern");
        t.For(Gradual(a), 1, "gradual start without an injury");
        t.Against(Trauma(a), 2, "it started with a fall, twist or blow");
        t.For(a.IsYes(ClickingOrGrinding), 1, "grinding or clicking (crepitus: some cartilage involvement)");
        t.Against(a.HasAny(LockingOrCatching, Locking.Catching, Locking.Locked), 2, "catching or locking points to a joint injury");
        t.Against(a.Number(AgeYears) >= ConditionRules.PfpsTypicalMaxAgeYears, 1,
            $"age {ConditionRules.PfpsTypicalMaxAgeYears} or over: PFPS is typical in younger runners");
        t.For(a.Has(Sex, Sexes.Female), 1, "women are about 2.2 times as likely to develop it (Boling et al. 2010)");
        return t;
    }

    private static Tally Itb(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.ItbSyndrome, "Iliotibial band (ITB) syndrome", ConditionRules.ItbSyndrome, null);
        t.For(At(a, PainLocations.OuterSide), 5, "pain on the outer side of the knee");
        t.Against(Located(a) && !At(a, PainLocations.OuterSide), 3, "no pain on the outer side of the knee");
        t.For(Trigger(a, PainTrigger.Downhill), 1, "worse running downhill");
        t.For(a.Has(PainTiming, PainTimings.LateInLongRuns), 1, "comes on late in runs");
        t.For(a.IsYes(PainPointSpecific), 1, "the pain can be pointed at");
        t.Against(Trauma(a), 1, "it started with a fall, twist or blow");
        return t;
    }

    private static Tally PatellarTendon(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.PatellarTendinopathy, "Patellar tendinopathy (jumper's knee)", ConditionRules.PatellarTendinopathy, null);
        t.For(At(a, PainLocations.BelowKneecap), 5, "pain just below the kneecap, at the tendon");
        t.Against(Located(a) && !At(a, PainLocations.BelowKneecap), 3, "no pain below the kneecap");
        t.For(Trigger(a, PainTrigger.Jumping), 2, "worse on jumping or landing");
        t.For(a.IsYes(PainPointSpecific), 1, "the pain can be pointed at with one finger");
        t.Against(a.IsNo(PainPointSpecific), 1, "the pain is diffuse, not at one point");
        var age = a.Number(AgeYears);
        t.For(age >= ConditionRules.TendinopathyTypicalMinAgeYears && age <= ConditionRules.TendinopathyTypicalMaxAgeYears, 1,
            $"age {ConditionRules.TendinopathyTypicalMinAgeYears}-{ConditionRules.TendinopathyTypicalMaxAgeYears}, the typical range");
        t.Against(Trauma(a), 1, "it started with a fall, twist or blow");
        return t;
    }

    private static Tally QuadricepsTendon(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.QuadricepsTendinopathy, "Quadriceps tendinopathy", ConditionRules.QuadricepsTendinopathy, null);
        t.For(At(a, PainLocations.AboveKneecap), 5, "pain just above the kneecap, at the quadriceps tendon");
        t.Against(Located(a) && !At(a, PainLocations.AboveKneecap), 3, "no pain above the kneecap");
        t.For(Trigger(a, PainTrigger.Jumping), 1, "worse on jumping or landing");
        t.For(a.IsYes(PainPointSpecific), 1, "the pain can be pointed at with one finger");
        t.Against(a.IsNo(PainPointSpecific), 1, "the pain is diffuse, not at one point");
        t.Against(Trauma(a), 1, "it started with a fall, twist or blow");
        return t;
    }

    private static Tally Osteoarthritis(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.Osteoarthritis, "Knee osteoarthritis", ConditionRules.Osteoarthritis,
            "Osteoarthritis looks different on imaging; a clinician decides whether any is needed.");
        var age = a.Number(AgeYears);
        t.For(age >= ConditionRules.OsteoarthritisMinAgeYears, 3, $"age {ConditionRules.OsteoarthritisMinAgeYears} or over");
        t.Against(age < ConditionRules.OsteoarthritisMinAgeYears, 3, $"under {ConditionRules.OsteoarthritisMinAgeYears}");
        t.For(a.HasAny(KneeQuestions.MorningStiffness, Assessment.MorningStiffnessDuration.None, Assessment.MorningStiffnessDuration.UpTo30Minutes), 1,
            "morning stiffness none or at most 30 minutes");
        t.Against(a.Has(KneeQuestions.MorningStiffness, Assessment.MorningStiffnessDuration.Over30Minutes), 2,
            "morning stiffness over 30 minutes suggests an inflammatory cause instead");
        t.For(a.Answered(PainTriggers) && a.Codes(PainTriggers).Count > 0, 1, "pain with activity");
        t.For(a.IsYes(ClickingOrGrinding), 1, "grinding or clicking");
        t.For(Gradual(a), 1, "gradual start");
        t.Against(Trauma(a), 1, "it started with a fall, twist or blow");
        return t;
    }

    private static Tally JointInjury(KneeAnswers a)
    {
        var t = new Tally(KneeCondition.JointInjury, "Meniscal tear or other joint injury", ConditionRules.JointInjury,
            "Joint injuries need a clinician's examination; self-management is not the first step.");
        t.For(Trauma(a), 4, "it started with a fall, twist or blow");
        t.For(At(a, PainLocations.JointLine), 3, "pain on the joint line");
        t.Against(Located(a) && !At(a, PainLocations.JointLine), 2, "no pain on the joint line");
        t.For(a.HasAny(LockingOrCatching, Locking.Catching, Locking.Locked), 3, "catching or locking");
        t.For(a.Has(Swelling, SwellingTimes.HoursToDaysAfterInjury), 2, "swelling hours to days after the injury");
        t.For(a.Has(Swelling, SwellingTimes.Within2HoursOfInjury), 2, "swelling soon after the injury");
        t.For(a.IsYes(GivingWay), 2, "the knee gives way");
        t.Against(Gradual(a) && a.Number(AgeYears) < ConditionRules.DegenerativeMeniscusMinAgeYears, 2,
            $"gradual start under {ConditionRules.DegenerativeMeniscusMinAgeYears}, when meniscal tears are usually traumatic");
        return t;
    }

    /// <summary>Collects one condition's points and the features behind them.</summary>
    private sealed class Tally(KneeCondition condition, string name, ClinicalRule rule, string? note)
    {
        private readonly List<string> _supporting = [];
        private readonly List<string> _opposing = [];

        public int Score { get; private set; }

        public void For(bool holds, int points, string feature)
        {
            if (holds)
            {
                Score += points;
                _supporting.Add(feature);
            }
        }

        public void Against(bool holds, int points, string feature)
        {
            if (holds)
            {
                Score -= points;
                _opposing.Add(feature);
            }
        }

        public ConditionLikelihood ToResult(int rank, Likelihood likelihood) =>
            new(condition, name, rank, likelihood, Score, [.. _supporting], [.. _opposing], note, rule);
    }
}
