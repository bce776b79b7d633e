using System.Globalization;
using System.Text.Json;

namespace Patella.Data.Exports;

/// <summary>
/// FHIR R4 JSON of the export's resources, written element by element (hl7.org/fhir/R4/json.html): property names as
/// the spec spells them, a choice element by its typed name (<c>valueQuantity</c>, <c>effectiveDateTime</c>), and no
/// element that would be empty — FHIR forbids empty strings, arrays and objects, so an absent value is left out.
/// </summary>
internal static class FhirJson
{
    /// <summary>A FHIR date: <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A FHIR instant in UTC to the second: <c>YYYY-MM-DDThh:mm:ssZ</c>.</summary>
    public static string Instant(DateTime utc) =>
        (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The runner as a Patient: the name they gave, nothing else (Patella stores no demographics).</summary>
    public static void WritePatient(Utf8JsonWriter w, Guid id, string? name)
    {
        w.WriteStartObject();
        w.WriteString("resourceType", "Patient");
        w.WriteString("id", id.ToString("D", CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(name))
        {
            w.WriteStartArray("name");
            w.WriteStartObject();
            w.WriteString("text", name.Trim());
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>One observation about the patient at <paramref name="patientUrl"/>.</summary>
    public static void WriteObservation(Utf8JsonWriter w, Guid id, string patientUrl, FhirObservation o)
    {
        w.WriteStartObject();
        w.WriteString("resourceType", "Observation");
        w.WriteString("id", id.ToString("D", CultureInfo.InvariantCulture));
        w.WriteString("status", "final");
        w.WriteStartArray("category");
        WriteConcept(w, [FhirCodes.Survey], null);
        w.WriteEndArray();
        w.WritePropertyName("code");
        WriteConcept(w, o.Codes, o.Text);
        w.WriteStartObject("subject");
        w.WriteString("reference", patientUrl);
        w.WriteEndObject();
        w.WriteString("effectiveDateTime", Date(o.Effective));
        w.WriteString("issued", Instant(o.IssuedUtc));
        if (o.Score is { } score)
        {
            w.WriteStartObject("valueQuantity");
            w.WriteNumber("value", score);
            w.WriteString("unit", FhirCodes.ScoreUnit);
            w.WriteString("system", FhirCodes.Ucum);
            w.WriteString("code", FhirCodes.ScoreUnit);
            w.WriteEndObject();
        }
        else if (o.Present is { } present)
        {
            w.WriteBoolean("valueBoolean", present);
        }

        if (!string.IsNullOrWhiteSpace(o.Note))
        {
            w.WriteStartArray("note");
            w.WriteStartObject();
            w.WriteString("text", o.Note);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteConcept(Utf8JsonWriter w, IReadOnlyList<FhirCoding> codes, string? text)
    {
        w.WriteStartObject();
        if (codes.Count > 0)
        {
            w.WriteStartArray("coding");
            foreach (var c in codes)
            {
                w.WriteStartObject();
                w.WriteString("system", c.System);
                w.WriteString("code", c.Code);
                w.WriteString("display", c.Display);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            w.WriteString("text", text);
        }

        w.WriteEndObject();
    }
}
