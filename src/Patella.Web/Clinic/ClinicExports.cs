using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Exports;
using Patella.Web.Accounts;
using Patella.Web.Settings;

namespace Patella.Web.Clinic;

/// <summary>
/// A runner's record as files for the clinic's own systems: the FHIR R4 bundle (<see cref="FhirExport"/>) and the two
/// CSV files of the runner's export zip (<see cref="CsvExport"/>). For a clinician with a standing grant and for the
/// runner themselves: every one goes through <see cref="RunnerAccess.ReadableRunner"/>, 404 otherwise.
/// </summary>
public static class ClinicExports
{
    public const string CsvMediaType = "text/csv; charset=utf-8";

    /// <summary><c>GET /api/clinic/runners/{id}/fhir</c>: <c>application/fhir+json</c>, saved as <c>patella-runner-{id}-{date}.fhir.json</c>.</summary>
    public static Results<FileContentHttpResult, NotFound> Fhir(long id, HttpContext context, PatellaDb db, TimeProvider clock)
    {
        if (db.ReadableRunner(SignedIn.Required(context.User).AccountId, id) is not { } runner)
        {
            return TypedResults.NotFound();
        }

        // In memory: the bundle holds check-ins and Kujala scores only (see FhirExport), small beside the export zip.
        var now = clock.GetUtcNow().UtcDateTime;
        using var bundle = new MemoryStream();
        FhirExport.Write(db, runner.Id, bundle, now);
        return TypedResults.File(bundle.ToArray(), FhirExport.MediaType, FileName(runner.Id, now, "fhir.json"));
    }

    /// <summary><c>GET /api/clinic/runners/{id}/runs.csv</c>: the runner's runs.csv.</summary>
    public static Results<FileContentHttpResult, NotFound> RunsCsv(long id, HttpContext context, PatellaDb db, TimeProvider clock) =>
        db.ReadableRunner(SignedIn.Required(context.User).AccountId, id) is { } runner
            ? TypedResults.File(CsvExport.Runs(db, runner), CsvMediaType, FileName(runner.Id, clock.GetUtcNow().UtcDateTime, CsvExport.RunsFile))
            : TypedResults.NotFound();

    /// <summary><c>GET /api/clinic/runners/{id}/checkins.csv</c>: the runner's checkins.csv.</summary>
    public static Results<FileContentHttpResult, NotFound> CheckInsCsv(long id, HttpContext context, PatellaDb db, TimeProvider clock) =>
        db.ReadableRunner(SignedIn.Required(context.User).AccountId, id) is { } runner
            ? TypedResults.File(CsvExport.CheckIns(db, runner.Id), CsvMediaType, FileName(runner.Id, clock.GetUtcNow().UtcDateTime, CsvExport.CheckInsFile))
            : TypedResults.NotFound();

    private static string FileName(long runnerId, DateTime nowUtc, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"patella-runner-{runnerId}-{nowUtc:yyyy-MM-dd}-{what}");
}
