using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Data.Exports;
using Patella.Data.Runners;

namespace Patella.Data.Clinic;

/// <summary>What one export held: rows per table (by table name) and original files.</summary>
public sealed record ExportSummary(IReadOnlyDictionary<string, int> Rows, int OriginalFiles);

/// <summary>
/// "Export all my data": a zip with <c>profile.json</c> (the runner and the account, without the password hash), one
/// <c>data/&lt;table&gt;.json</c> per table that holds the runner's rows (activities with their metrics, assessments,
/// Kujala scores, check-ins, clearance, shoes, notes, adjustments, grants… every mapped column, in the stored units named
/// in the column), <c>originals/&lt;file id&gt;-&lt;name&gt;</c> with every imported file as it was uploaded (decompressed),
/// <c>fhir.json</c> with the check-ins and Kujala scores as a FHIR R4 bundle for any clinic (<see cref="FhirExport"/>),
/// and <c>manifest.json</c> with the counts. Tables are found from the model, so a table added later is exported too.
/// </summary>
public static class RunnerExport
{
    /// <summary>Columns never exported: secrets, and the original bytes (they are the files under originals/).</summary>
    private static readonly HashSet<string> Withheld = new(StringComparer.Ordinal)
    {
        nameof(Account.PasswordHash), nameof(Account.EmailKey), nameof(ClinicInvite.CodeSha256), nameof(StoredActivityFile.StoredGzip),
    };

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    private static readonly MethodInfo RowsMethod = typeof(RunnerExport).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The entity types that hold a runner's rows (those with a <c>RunnerId</c>), accounts included.</summary>
    public static IReadOnlyList<IEntityType> RunnerTables(PatellaDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.Model.GetEntityTypes().Where(e => e.FindProperty("RunnerId") is not null).OrderBy(e => e.GetTableName(), StringComparer.Ordinal)];
    }

    /// <summary>Writes the runner's export as a zip to <paramref name="output"/> (left open).</summary>
    public static ExportSummary Write(PatellaDb db, long runnerId, Stream output, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runner = db.Runners.AsNoTracking().Single(r => r.Id == runnerId);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteJson(zip, "profile.json", w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("runner");
            WriteRow(w, db.Model.FindEntityType(typeof(Runner))!, runner);
            w.WritePropertyName("account");
            var account = db.Accounts.AsNoTracking().SingleOrDefault(a => a.RunnerId == runnerId);
            if (account is null)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteRow(w, db.Model.FindEntityType(typeof(Account))!, account);
            }

            w.WriteEndObject();
        });

        foreach (var table in RunnerTables(db).Where(t => t.ClrType != typeof(Account)))
        {
            var rows = (IEnumerable<object>)RowsMethod.MakeGenericMethod(table.ClrType).Invoke(null, [db, runnerId])!;
            var count = 0;
            WriteJson(zip, $"data/{table.GetTableName()}.json", w =>
            {
                w.WriteStartArray();
                foreach (var row in rows)
                {
                    WriteRow(w, table, row);
                    count++;
                }

                w.WriteEndArray();
            });
            counts[table.GetTableName()!] = count;
        }

        var originals = WriteOriginals(db, runnerId, zip);
        using (var fhir = zip.CreateEntry(FhirExport.FileName, CompressionLevel.Optimal).Open())
        {
            FhirExport.Write(db, runnerId, fhir, nowUtc);
        }

        WriteJson(zip, "manifest.json", w =>
        {
            w.WriteStartObject();
            w.WriteString("format", "patella-export-1");
            w.WriteString("exportedUtc", nowUtc);
            w.WriteNumber("runnerId", runnerId);
            w.WriteStartObject("rows");
            foreach (var (name, n) in counts)
            {
                w.WriteNumber(name, n);
            }

            w.WriteEndObject();
            w.WriteNumber("originalFiles", originals);
            w.WriteEndObject();
        });
        return new ExportSummary(counts, originals);
    }

    /// <summary>The name an original file gets in the zip: its id, then the uploaded name without a .gz and without folders.</summary>
    public static string OriginalName(long fileId, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        var name = Path.GetFileName(sourceName.Replace('\\', '/'));
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return $"originals/{fileId}-{(safe.Length == 0 ? "activity" : safe)}";
    }

    private static int WriteOriginals(PatellaDb db, long runnerId, ZipArchive zip)
    {
        // One file's bytes in memory at a time: a Strava export can hold thousands.
        var files = db.ActivityFiles.AsNoTracking().Where(f => f.RunnerId == runnerId).OrderBy(f => f.Id).Select(f => new { f.Id, f.SourceName }).ToList();
        foreach (var f in files)
        {
            var gzip = db.ActivityFiles.AsNoTracking().Where(x => x.Id == f.Id).Select(x => x.StoredGzip).Single();
            using var source = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
            using var entry = zip.CreateEntry(OriginalName(f.Id, f.SourceName), CompressionLevel.Optimal).Open();
            source.CopyTo(entry);
        }

        return files.Count;
    }

    private static List<T> Rows<T>(PatellaDb db, long runnerId)
        where T : class =>
        [.. db.Set<T>().AsNoTracking().Where(e => EF.Property<long>(e, "RunnerId") == runnerId).OrderBy(e => EF.Property<long>(e, "Id"))];

    private static void WriteJson(ZipArchive zip, string name, Action<Utf8JsonWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var writer = new Utf8JsonWriter(stream, Indented);
        write(writer);
    }

    /// <summary>One row as a JSON object: every mapped column by its column name, values as stored.</summary>
    private static void WriteRow(Utf8JsonWriter w, IEntityType table, object row)
    {
        w.WriteStartObject();
        foreach (var p in table.GetProperties().Where(p => !Withheld.Contains(p.Name) && p.PropertyInfo is not null))
        {
            w.WritePropertyName(p.GetColumnName());
            JsonSerializer.Serialize(w, p.PropertyInfo!.GetValue(row), p.ClrType);
        }

        w.WriteEndObject();
    }
}
