using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Patella.Data.Runners;

namespace Patella.Data.Exports;

/// <summary>What one FHIR export held.</summary>
/// <param name="CheckIns">Check-in rows read.</param>
/// <param name="KujalaScores">Kujala rows read.</param>
/// <param name="Observations">Observation resources written (besides the one Patient).</param>
public sealed record FhirExportSummary(int CheckIns, int KujalaScores, int Observations);

/// <summary>
/// One runner's record as a FHIR R4 JSON <c>Bundle</c> of type <c>collection</c>, for a clinic's system: the runner as a
/// <c>Patient</c>, then per check-in (oldest first) its pain ratings and its swelling / limp / giving-way answers, then
/// each Kujala total, all as patient-reported (<c>survey</c>) observations whose <c>subject</c> is the Patient's fullUrl
/// (see <see cref="FhirObservations"/> for the codes). Runs are not in it: they would need LOINC codes for one running
/// session's distance and times that were not verified, so they are left to <c>runs.csv</c>. Every fullUrl is a name-based
/// <c>urn:uuid:</c> (<see cref="FhirIds"/>), so the same rows and the same <c>nowUtc</c> give the same bytes.
/// </summary>
public static class FhirExport
{
    /// <summary>The name the bundle has in the runner's export zip.</summary>
    public const string FileName = "fhir.json";

    /// <summary>The FHIR JSON media type (hl7.org/fhir/R4/http.html#mime-type).</summary>
    public const string MediaType = "application/fhir+json";

    // Non-ASCII names as they are (JSON is UTF-8); HTML-significant characters still escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes the runner's bundle to <paramref name="output"/> (left open); <paramref name="nowUtc"/> is its timestamp.</summary>
    /// <exception cref="InvalidOperationException">No runner has the id.</exception>
    public static FhirExportSummary Write(PatellaDb db, long runnerId, Stream output, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        var runner = db.Runners.AsNoTracking().SingleOrDefault(r => r.Id == runnerId)
            ?? throw new InvalidOperationException($"runner {runnerId}: no such runner to export");
        var checkIns = db.CheckIns.AsNoTracking().Where(c => c.RunnerId == runnerId).OrderBy(c => c.Date).ThenBy(c => c.Id).ToList();
        var kujala = db.KujalaScores.AsNoTracking().Where(k => k.RunnerId == runnerId).OrderBy(k => k.ScoreDate).ThenBy(k => k.Id).ToList();
        List<FhirObservation> observations = [.. checkIns.SelectMany(FhirObservations.Of), .. kujala.Select(FhirObservations.Of)];

        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("resourceType", "Bundle");
        w.WriteString("type", "collection");
        w.WriteString("timestamp", FhirJson.Instant(nowUtc));
        w.WriteStartArray("entry");
        var patient = Id(runner, "patient", runner.Id);
        var patientUrl = FhirIds.Url(patient);
        Entry(w, patientUrl, () => FhirJson.WritePatient(w, patient, runner.Name));
        foreach (var o in observations)
        {
            var id = Id(runner, o.Kind, o.RowId);
            Entry(w, FhirIds.Url(id), () => FhirJson.WriteObservation(w, id, patientUrl, o));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return new FhirExportSummary(checkIns.Count, kujala.Count, observations.Count);
    }

    private static Guid Id(Runner runner, string kind, long rowId) => FhirIds.For(runner.Id, runner.CreatedUtc, kind, rowId);

    private static void Entry(Utf8JsonWriter w, string fullUrl, Action resource)
    {
        w.WriteStartObject();
        w.WriteString("fullUrl", fullUrl);
        w.WritePropertyName("resource");
        resource();
        w.WriteEndObject();
    }
}
