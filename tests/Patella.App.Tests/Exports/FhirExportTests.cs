using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Clinic;
using Patella.Core.Assessment.Kujala;
using Patella.Core.Rehab;
using Patella.Data.Assessment;
using Patella.Data.Clinic;
using Patella.Data.Exports;
using Patella.Data.Rehab;

namespace Patella.App.Tests.Exports;

/// <summary>The FHIR export of ClinicWorld's runner A (three check-ins, plus one with a red flag and one Kujala here), parsed back.</summary>
public sealed partial class FhirExportTests : IDisposable
{
    private readonly ClinicWorld world = new();

    public FhirExportTests()
    {
        world.Fill();
        RehabStorage.Save(world.Db, world.A.RunnerId,
            CheckIn.Create(ClinicWorld.Today, 2, painDuringRun: 4, painAfterRun: 5, painNextMorning: 3, swelling: true, givingWay: true), ClinicWorld.Now);
        var kujala = new KujalaResponse(KujalaQuestionnaire.Version, ClinicWorld.Today, KujalaQuestionnaire.Items.ToDictionary(i => i.Id, i => i.Options[0].Code));
        AssessmentStorage.Store(world.Db, world.A.RunnerId, KujalaScore.From(kujala), ClinicWorld.Now);
    }

    [Fact]
    public void Bundle_HoldsThePatientAndOneObservationPerStoredValue()
    {
        using var bundle = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);
        var checkIns = world.Db.CheckIns.AsNoTracking().Where(c => c.RunnerId == world.A.RunnerId).ToList();
        var pains = checkIns.Sum(c => 1 + new[] { c.PainDuringRun, c.PainAfterRun, c.PainNextMorning, c.StairsDownPain, c.ExercisePain }.Count(p => p is not null));

        Assert.Equal("Bundle", bundle.Root.GetProperty("resourceType").GetString());
        Assert.Equal("collection", bundle.Root.GetProperty("type").GetString());
        Assert.Single(bundle.Resources, r => r.GetProperty("resourceType").GetString() == "Patient");
        Assert.Equal(4, checkIns.Count);
        Assert.Equal(pains, bundle.WithCode(FhirCodes.Loinc, "72514-3").Count);
        Assert.Equal(checkIns.Count, bundle.WithCode(FhirCodes.CheckIn, "swelling").Count);
        Assert.Equal(checkIns.Count, bundle.WithCode(FhirCodes.CheckIn, "limp-or-changed-stride").Count);
        Assert.Equal(checkIns.Count, bundle.WithCode(FhirCodes.CheckIn, "giving-way").Count);
        Assert.Single(bundle.WithCode(FhirCodes.Score, "kujala-akps"));
        Assert.Equal(pains + (3 * checkIns.Count) + 1, bundle.Observations.Count);
        Assert.Equal(new FhirExportSummary(4, 1, bundle.Observations.Count), bundle.Summary);
        Assert.Equal(1 + bundle.Observations.Count, bundle.Entries.Count);
    }

    [Fact]
    public void Bundle_CarriesTheValuesWithTheirContextAndRules()
    {
        using var bundle = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);
        var today = ClinicWorld.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var afterRun = Assert.Single(bundle.WithCode(FhirCodes.PainContext, "after-run"));
        Assert.Equal(today, afterRun.GetProperty("effectiveDateTime").GetString());
        Assert.Equal(5, afterRun.GetProperty("valueQuantity").GetProperty("value").GetInt32());
        Assert.Equal("{score}", afterRun.GetProperty("valueQuantity").GetProperty("code").GetString());
        Assert.Equal("72514-3", afterRun.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("survey", afterRun.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("final", afterRun.GetProperty("status").GetString());

        var swellings = bundle.WithCode(FhirCodes.CheckIn, "swelling");
        var logged = Assert.Single(swellings, o => o.GetProperty("valueBoolean").GetBoolean());
        Assert.Contains("R-RF-SWELLING", logged.GetProperty("note")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(swellings, o => Assert.Contains("R-RF-SWELLING", o.GetProperty("code").GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.All(swellings.Where(o => !o.GetProperty("valueBoolean").GetBoolean()), o => Assert.False(o.TryGetProperty("note", out _)));
        Assert.Contains("R-RF-GIVING-WAY", Assert.Single(bundle.WithCode(FhirCodes.CheckIn, "giving-way"), o => o.GetProperty("valueBoolean").GetBoolean())
            .GetProperty("note")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(bundle.WithCode(FhirCodes.CheckIn, "limp-or-changed-stride"), o => Assert.False(o.GetProperty("valueBoolean").GetBoolean()));

        var kujala = Assert.Single(bundle.WithCode(FhirCodes.Score, "kujala-akps"));
        Assert.Equal(100, kujala.GetProperty("valueQuantity").GetProperty("value").GetInt32());
        var name = world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId).Name;
        Assert.Equal(name, bundle.Patient.GetProperty("name")[0].GetProperty("text").GetString());
        Assert.Equal(["resourceType", "id", "name"], bundle.Patient.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Bundle_EverySubjectIsThePatientsFullUrl_AndEveryFullUrlIsTheResourcesOwnUuid()
    {
        using var bundle = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);

        Assert.All(bundle.Observations, o => Assert.Equal(bundle.PatientUrl, o.GetProperty("subject").GetProperty("reference").GetString()));
        var urls = bundle.Entries.Select(e => e.GetProperty("fullUrl").GetString()!).ToList();
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.All(bundle.Entries, e =>
        {
            var url = e.GetProperty("fullUrl").GetString()!;
            Assert.Matches(UuidUrn(), url);
            Assert.Equal(url["urn:uuid:".Length..], e.GetProperty("resource").GetProperty("id").GetString());
        });
    }

    [Fact]
    public void Bundle_HasNoEmptyStringArrayObjectOrNull()
    {
        using var bundle = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);

        var empties = new List<string>();
        Walk(bundle.Root, "$", empties);

        Assert.Empty(empties);
    }

    [Fact]
    public void Bundle_DatesAreFhirDates_AndInstantsFhirInstants()
    {
        using var bundle = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);

        Assert.Equal("2026-03-18T12:00:00Z", bundle.Root.GetProperty("timestamp").GetString());
        Assert.All(bundle.Observations, o =>
        {
            var effective = o.GetProperty("effectiveDateTime").GetString()!;
            Assert.Matches(FhirDate(), effective);
            Assert.True(DateOnly.TryParseExact(effective, "yyyy-MM-dd", out _), effective);
            Assert.Matches(FhirInstant(), o.GetProperty("issued").GetString()!);
        });
    }

    [Fact]
    public void Bundle_OfTheSameData_IsByteIdentical_AndANewCheckInKeepsTheOtherUrls()
    {
        using var first = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);
        using var again = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);
        Assert.Equal(first.Bytes, again.Bytes);

        RehabStorage.Save(world.Db, world.A.RunnerId, CheckIn.Create(ClinicWorld.Today.AddDays(-10), 1), ClinicWorld.Now);
        using var later = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);

        var before = first.Entries.Select(e => e.GetProperty("fullUrl").GetString()).ToHashSet();
        Assert.Equal(first.Entries.Count + 4, later.Entries.Count);
        Assert.Subset(later.Entries.Select(e => e.GetProperty("fullUrl").GetString()).ToHashSet(), before);
    }

    [Fact]
    public void Bundle_OfAnotherRunner_HoldsOnlyTheirs()
    {
        using var a = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);
        using var b = FhirBundle.Of(world.Db, world.B.RunnerId, ClinicWorld.Now);

        Assert.Equal(new FhirExportSummary(1, 0, 4), b.Summary);
        Assert.NotEqual(a.PatientUrl, b.PatientUrl);
        Assert.Empty(b.Entries.Select(e => e.GetProperty("fullUrl").GetString()).Intersect(a.Entries.Select(e => e.GetProperty("fullUrl").GetString())));
    }

    [Fact]
    public void Write_OfNoSuchRunner_SaysWhichAndWritesNothing()
    {
        using var output = new MemoryStream();

        var e = Assert.Throws<InvalidOperationException>(() => FhirExport.Write(world.Db, 9999, output, ClinicWorld.Now));

        Assert.Contains("9999", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void RunnerExportZip_HoldsTheBundle()
    {
        using var zipBytes = new MemoryStream();
        RunnerExport.Write(world.Db, world.A.RunnerId, zipBytes, ClinicWorld.Now);
        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        using var direct = FhirBundle.Of(world.Db, world.A.RunnerId, ClinicWorld.Now);

        var entry = zip.GetEntry(FhirExport.FileName) ?? throw new Xunit.Sdk.XunitException("no fhir.json in the export");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal(direct.Bytes, copy.ToArray());
    }

    public void Dispose() => world.Dispose();

    private static void Walk(JsonElement e, string path, List<string> empties)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (!e.EnumerateObject().Any())
                {
                    empties.Add(path + " is {}");
                }

                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value, path + "." + p.Name, empties);
                }

                break;
            case JsonValueKind.Array:
                if (e.GetArrayLength() == 0)
                {
                    empties.Add(path + " is []");
                }

                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", empties);
                }

                break;
            case JsonValueKind.String when string.IsNullOrWhiteSpace(e.GetString()):
                empties.Add(path + " is a blank string");
                break;
            case JsonValueKind.Null:
                empties.Add(path + " is null");
                break;
        }
    }

    // hl7.org/fhir/R4/datatypes.html: date, instant, and the URN form of a UUID (lower case).
    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
    private static partial Regex FhirDate();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")]
    private static partial Regex FhirInstant();

    [GeneratedRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex UuidUrn();
}
