using System.Globalization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>
/// The red flags of clinical-rules.md ("see a clinician, no self-management"): seed C's list,
/// seed A's pain-with-swelling rule and the NHS knee red flags in research-notes §3g. Any one of
/// them turns an assessment into a referral.
/// </summary>
public static class RedFlagRules
{
    /// <summary>Weeks of consistent self-treatment without improvement after which to refer: seed C says "4-6 weeks";
    /// Patella refers from the start of that range and says the range.</summary>
    public const int NoImprovementMinWeeks = 4;

    /// <summary>Upper end of seed C's 4-6 week range, quoted in the message.</summary>
    public const int NoImprovementMaxWeeks = 6;

    /// <summary>Swelling within about this many hours of trauma suggests haemarthrosis or ligament rupture (research-notes §3g, 247econsult.net).</summary>
    public const int TraumaSwellingHours = 2;

    /// <summary>Oldest age (years, inclusive) at which knee pain with a painful or blocked hip is read as possible
    /// slipped capital femoral epiphysis: research-notes §3g says "children/adolescents"; adolescence ends at 19 (WHO).</summary>
    public const int AdolescentMaxAgeYears = 19;

    /// <summary>Seed A: pain lasting "more than 24-48 h" after a run. Patella fires from 24 h (the start of the range),
    /// and only together with swelling or instability, as seed A writes it.</summary>
    public const int PainAfterRunMinHours = 24;

    public static ClinicalRule Swelling { get; } = new("R-RF-SWELLING",
        "Visible swelling around the knee: see a clinician", "Seed C (when to stop self-managing)");

    public static ClinicalRule NightPain { get; } = new("R-RF-NIGHT-PAIN",
        "Pain at rest or pain that wakes you at night: see a clinician", "Seed C; NHS knee red flags (research-notes §3g)");

    public static ClinicalRule GivingWay { get; } = new("R-RF-GIVING-WAY",
        "The knee feels unstable or gives way: see a clinician", "Seed C; seed A (stop running on instability)");

    public static ClinicalRule NoImprovement { get; } = new("R-RF-NO-IMPROVEMENT-4-6W",
        "No improvement after 4-6 weeks of consistent self-treatment: see a clinician", "Seed C");

    public static ClinicalRule TraumaSwelling { get; } = new("R-RF-TRAUMA-SWELLING-2H",
        "Swelling within about 2 hours of a fall, twist or blow: possible bleeding in the joint or torn ligament",
        "research-notes §3g (247econsult.net; NHS knee red flags: haemarthrosis, ligament rupture)");

    public static ClinicalRule Locked { get; } = new("R-RF-LOCKED",
        "A locked knee or one that will not straighten: urgent clinic", "NHS knee red flags (research-notes §3g)");

    public static ClinicalRule HotJointFever { get; } = new("R-RF-HOT-JOINT-FEVER",
        "A hot, red, swollen knee or fever: possible infection", "NHS knee red flags; NICE NG226 atypical features (research-notes §3g)");

    public static ClinicalRule NoWeightBearing { get; } = new("R-RF-NO-WEIGHT-BEARING",
        "Unable to stand or walk on the leg: possible fracture or serious injury", "NHS knee red flags (research-notes §3g)");

    public static ClinicalRule AdolescentHip { get; } = new("R-RF-ADOLESCENT-HIP",
        "Young person with knee pain and a painful or blocked hip: rule out a slipped hip growth plate (SCFE)",
        "research-notes §3g (J Pediatr Orthop 1999;19(4):455-460: 15-23% of SCFE present with knee pain)");

    public static ClinicalRule PainWithSwellingAfterRun { get; } = new("R-RF-PAIN-24-48H-SWELLING",
        "Pain lasting 24-48 h or more after a run, with swelling or instability: stop and see a clinician", "Seed A");

    /// <summary>Every red-flag rule, in the order they are checked.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } =
        [HotJointFever, NoWeightBearing, TraumaSwelling, Locked, AdolescentHip, NightPain, GivingWay, Swelling, PainWithSwellingAfterRun, NoImprovement];

    private const string EmergencyAction = "Go to urgent care or an emergency department today. Do not run.";
    private const string SoonAction = "See a doctor or physiotherapist within the next few days. No running until then.";

    /// <summary>The red flags the answers fire, most urgent first (ties in catalogue order).</summary>
    internal static IReadOnlyList<RedFlag> Find(KneeAnswers a)
    {
        var flags = new List<RedFlag>();
        void Fire(ClinicalRule rule, Urgency urgency, string action, params string[] evidence) =>
            flags.Add(new RedFlag(rule, urgency, action, evidence));

        if (a.IsYes(KneeQuestions.FeverOrHotRedJoint))
        {
            Fire(HotJointFever, Urgency.Emergency, EmergencyAction, "feverOrHotRedJoint: yes");
        }

        if (a.IsNo(KneeQuestions.CanBearWeight))
        {
            Fire(NoWeightBearing, Urgency.Emergency, EmergencyAction, "canBearWeight: no");
        }

        // The choice itself says "within about 2 hours of an injury", so it fires even when onset is unanswered.
        if (a.Has(KneeQuestions.Swelling, SwellingTimes.Within2HoursOfInjury))
        {
            Fire(TraumaSwelling, Urgency.Emergency, EmergencyAction,
                [$"swelling: {SwellingTimes.Within2HoursOfInjury}", .. OnsetEvidence(a)]);
        }

        if (a.Has(KneeQuestions.LockingOrCatching, Locking.Locked))
        {
            Fire(Locked, Urgency.Soon, "See a doctor within a day or two (urgent clinic). Do not force the knee straight and do not run.",
                $"lockingOrCatching: {Locking.Locked}");
        }

        if (a.IsYes(KneeQuestions.HipPainOnTurning) && a.Number(KneeQuestions.AgeYears) is { } age && age <= AdolescentMaxAgeYears)
        {
            Fire(AdolescentHip, Urgency.Soon, "See a doctor promptly, and say the hip hurts too: the hip must be examined, not only the knee. No running until then.",
                "hipPainOnTurning: yes", string.Create(CultureInfo.InvariantCulture, $"ageYears: {age} (at most {AdolescentMaxAgeYears})"));
        }

        var restOrNight = a.Codes(KneeQuestions.PainTiming).Where(c => c is PainTimings.AtRest or PainTimings.AtNight).ToArray();
        if (restOrNight.Length > 0)
        {
            Fire(NightPain, Urgency.Soon, SoonAction, $"painTiming: {string.Join(", ", restOrNight)}");
        }

        if (a.IsYes(KneeQuestions.GivingWay))
        {
            Fire(GivingWay, Urgency.Soon, SoonAction, "givingWay: yes");
        }

        var swelling = a.Codes(KneeQuestions.Swelling) is [var s] && s != SwellingTimes.None ? s : null;
        if (swelling is not null)
        {
            Fire(Swelling, Urgency.Soon, SoonAction, $"swelling: {swelling}");
        }

        if (a.HasAny(KneeQuestions.PainAfterRun, PainDurationAfterRun.From24To48Hours, PainDurationAfterRun.Over48Hours)
            && (swelling is not null || a.IsYes(KneeQuestions.GivingWay)))
        {
            Fire(PainWithSwellingAfterRun, Urgency.Soon, SoonAction,
                [$"painAfterRun: {a.Codes(KneeQuestions.PainAfterRun)[0]} (at least {PainAfterRunMinHours} h)",
                 swelling is not null ? $"swelling: {swelling}" : "givingWay: yes"]);
        }

        if (a.Number(KneeQuestions.SelfTreatmentWeeks) is { } weeks && weeks >= NoImprovementMinWeeks && a.IsNo(KneeQuestions.SelfTreatmentImproved))
        {
            Fire(NoImprovement, Urgency.RoutineReferral,
                "Book a physiotherapist or sports doctor: self-treatment alone has not been enough. Keep running only as they advise.",
                string.Create(CultureInfo.InvariantCulture, $"selfTreatmentWeeks: {weeks} (referral from {NoImprovementMinWeeks}-{NoImprovementMaxWeeks} weeks)"),
                "selfTreatmentImproved: no");
        }

        return [.. flags.OrderByDescending(f => f.Urgency)];
    }

    private static string[] OnsetEvidence(KneeAnswers a) =>
        a.Codes(KneeQuestions.Onset) is [var onset] ? [$"onset: {onset}"] : [];
}
