namespace Patella.Data.Exports;

/// <summary>A FHIR R4 <c>Coding</c>: a code from a code system (a URI), with the text a person reads.</summary>
public sealed record FhirCoding(string System, string Code, string Display);

/// <summary>
/// The code systems and codes the FHIR export uses. Standard codes only where one means exactly what Patella stores
/// (LOINC 72514-3 for a 0-10 pain rating, the HL7 observation category <c>survey</c>, UCUM <c>{score}</c>); everything
/// else is a code from a Patella code system under <see cref="PatellaBase"/>, always with a readable <c>code.text</c>.
/// </summary>
public static class FhirCodes
{
    public const string Loinc = "http://loinc.org";

    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>UCUM; <c>{score}</c> is its annotation for a dimensionless score.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    public const string ScoreUnit = "{score}";

    /// <summary>Root of Patella's own code systems. A placeholder domain (RFC 2606): the URIs name systems, they do not resolve.</summary>
    public const string PatellaBase = "https://patella.example/fhir/CodeSystem/";

    /// <summary>When the knee hurt: at-rest, during-run, after-run, next-morning, stairs-down, during-exercises.</summary>
    public const string PainContext = PatellaBase + "pain-context";

    /// <summary>The yes/no answers of the daily check-in: swelling, limp-or-changed-stride, giving-way.</summary>
    public const string CheckIn = PatellaBase + "check-in";

    /// <summary>Questionnaire totals: kujala-akps.</summary>
    public const string Score = PatellaBase + "questionnaire-score";

    /// <summary>LOINC 72514-3, as LOINC names it (loinc.org/72514-3).</summary>
    public static FhirCoding PainSeverity { get; } = new(Loinc, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");

    /// <summary>A patient-reported answer: every observation in the export is one.</summary>
    public static FhirCoding Survey { get; } = new(ObservationCategory, "survey", "Survey");

    /// <summary>
    /// Kujala Anterior Knee Pain Scale total. LOINC has no code for the Kujala scale (none found in LOINC or in FHIR
    /// implementation guides when this was written), so it is a Patella code.
    /// </summary>
    public static FhirCoding Kujala { get; } = new(Score, "kujala-akps", "Kujala Anterior Knee Pain Scale (AKPS) total score");
}
