using System.Text.Json;
using Patella.Data;
using Patella.Data.Exports;

namespace Patella.App.Tests.Exports;

/// <summary>A runner's FHIR export written and parsed back, with the queries the tests ask of it.</summary>
internal sealed class FhirBundle : IDisposable
{
    private FhirBundle(byte[] bytes, FhirExportSummary summary)
    {
        Bytes = bytes;
        Summary = summary;
        Document = JsonDocument.Parse(bytes);
    }

    public byte[] Bytes { get; }

    public FhirExportSummary Summary { get; }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    public IReadOnlyList<JsonElement> Entries => [.. Root.GetProperty("entry").EnumerateArray()];

    public IReadOnlyList<JsonElement> Resources => [.. Entries.Select(e => e.GetProperty("resource"))];

    public JsonElement Patient => Resources.Single(r => r.GetProperty("resourceType").GetString() == "Patient");

    public string PatientUrl => Entries.Single(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Patient").GetProperty("fullUrl").GetString()!;

    public IReadOnlyList<JsonElement> Observations => [.. Resources.Where(r => r.GetProperty("resourceType").GetString() == "Observation")];

    public static FhirBundle Of(PatellaDb db, long runnerId, DateTime nowUtc)
    {
        using var output = new MemoryStream();
        var summary = FhirExport.Write(db, runnerId, output, nowUtc);
        return new FhirBundle(output.ToArray(), summary);
    }

    /// <summary>Observations with a coding of <paramref name="system"/> and <paramref name="code"/>.</summary>
    public IReadOnlyList<JsonElement> WithCode(string system, string code) =>
        [.. Observations.Where(o => o.GetProperty("code").GetProperty("coding").EnumerateArray()
            .Any(c => c.GetProperty("system").GetString() == system && c.GetProperty("code").GetString() == code))];

    public void Dispose() => Document.Dispose();
}
