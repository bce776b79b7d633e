using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Patella.Data.Exports;
using Patella.Tests;
using Patella.Web.Accounts;
using Patella.Web.Clinic;
using Patella.Web.Settings;

namespace Patella.Web.Tests.Api;

/// <summary>
/// The clinician's exports of a runner who shares (FHIR bundle, runs.csv, checkins.csv) and the bundle in the runner's
/// own export zip. Who may read them (grant, revoke, another runner) is in <see cref="ClinicAccessTests"/>.
/// </summary>
public class ClinicExportTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient a;
    private readonly WebClient clinician;
    private readonly long runnerA;

    public ClinicExportTests()
    {
        a = app.Browser();
        clinician = app.Browser();
        a.SignUp("a@example.org").GetAwaiter().GetResult().Dispose();
        ClinicAccessTests.SignUpClinician(clinician, "physio@example.org");
        a.Upload(SharedTestData.File("fit", "sloatsburg.fit")).GetAwaiter().GetResult().Dispose();
        a.PostForm("/", "/api/checkins", ("painAtRest", "2"), ("stairsDown", "3"), ("swelling", "true")).GetAwaiter().GetResult().Dispose();
        runnerA = a.Get<AccountJson>("/api/account").GetAwaiter().GetResult().RunnerId;
    }

    [Fact]
    public async Task Clinician_WithAGrant_GetsTheBundle_AsFhirJson_WithAFileName()
    {
        await Join();

        using var response = await clinician.Http.GetAsync($"/api/clinic/runners/{runnerA}/fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirExport.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"patella-runner-{runnerA}-2026-03-18-fhir.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var bundle = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var resources = bundle.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        Assert.Equal("Patient", resources[0].GetProperty("resourceType").GetString());

        // One check-in: at rest and stairs down rated, the three yes/no answers, swelling logged.
        var observations = resources.Where(r => r.GetProperty("resourceType").GetString() == "Observation").ToList();
        Assert.Equal(5, observations.Count);
        var swelling = Assert.Single(observations, o => o.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString() == "swelling");
        Assert.True(swelling.GetProperty("valueBoolean").GetBoolean());
    }

    [Theory]
    [InlineData("runs.csv", 1)]
    [InlineData("checkins.csv", 1)]
    public async Task Clinician_WithAGrant_GetsTheCsv_AsTheRunnersExportHasIt(string file, int rows)
    {
        await Join();

        using var response = await clinician.Http.GetAsync($"/api/clinic/runners/{runnerA}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Equal($"patella-runner-{runnerA}-2026-03-18-{file}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var table = Rfc4180.Read(await response.Content.ReadAsStringAsync());
        Assert.Equal(file == CsvExport.RunsFile ? CsvExport.RunColumns : CsvExport.CheckInColumns, table[0]);
        Assert.Equal(rows, table.Count - 1);
        using var zip = new ZipArchive(await a.Http.GetStreamAsync("/api/export"), ZipArchiveMode.Read);
        using var inZip = new StreamReader(zip.GetEntry(file)!.Open());
        Assert.Equal(await inZip.ReadToEndAsync(), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("fhir")]
    [InlineData("runs.csv")]
    [InlineData("checkins.csv")]
    public async Task Runner_GetsTheirOwn(string file)
    {
        using var response = await a.Http.GetAsync($"/api/clinic/runners/{runnerA}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RunnersExportZip_HoldsTheSameBundle()
    {
        using var zip = new ZipArchive(await a.Http.GetStreamAsync("/api/export"), ZipArchiveMode.Read);
        var entry = zip.GetEntry(FhirExport.FileName) ?? throw new Xunit.Sdk.XunitException("no fhir.json in the export zip");
        using var copy = new MemoryStream();
        await using (var stream = entry.Open())
        {
            await stream.CopyToAsync(copy);
        }

        var direct = await a.Http.GetByteArrayAsync($"/api/clinic/runners/{runnerA}/fhir");

        Assert.Equal(direct, copy.ToArray());
        using var bundle = JsonDocument.Parse(copy.ToArray());
        Assert.Equal(("Bundle", "collection"), (bundle.RootElement.GetProperty("resourceType").GetString(), bundle.RootElement.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task ClinicianRunnerPage_LinksTheThreeExports()
    {
        await Join();

        var page = await clinician.Http.GetStringAsync($"/clinic/runners/{runnerA}");

        foreach (var file in new[] { "fhir", "runs.csv", "checkins.csv" })
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"href=\"/api/clinic/runners/{runnerA}/{file}\""), page, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        a.Dispose();
        clinician.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task Join()
    {
        using var made = await a.Http.PostAsync("/api/settings/invites", null);
        var invite = (await made.Content.ReadFromJsonAsync<Patella.Data.Clinic.InviteCode>(WebClient.Json))!;
        using var joined = await clinician.Http.PostAsJsonAsync("/api/clinic/join", new JoinRequest(invite.Code));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
    }
}
