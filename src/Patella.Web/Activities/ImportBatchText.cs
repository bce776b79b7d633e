using Patella.Data.Imports;

namespace Patella.Web.Activities;

/// <summary>One line per upload batch for the runs page: what was stored, and what was not and why.</summary>
internal static class ImportBatchText
{
    /// <summary>Latest batches shown on the runs page.</summary>
    public const int Shown = 3;

    /// <summary>"12 of 40 stored; 28 not stored — the server stopped; upload them again (already stored ones are skipped)".</summary>
    public static string Describe(ImportBatchStatus batch, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var parts = new List<string> { $"{batch.Stored} of {batch.Files} stored" };
        if (batch.Duplicate > 0)
        {
            parts.Add($"{batch.Duplicate} already there");
        }

        if (batch.Failed > 0)
        {
            parts.Add($"{batch.Failed} could not be read");
        }

        if (batch.Pending > 0)
        {
            parts.Add(batch.HasStopped(nowUtc)
                ? $"{batch.Pending} not stored — the server stopped; upload them again (already stored ones are skipped)"
                : $"{batch.Pending} still importing");
        }

        return string.Join("; ", parts);
    }

    /// <summary>One file of a batch: "stored", "already there: …", "skipped: …", or not stored (yet).</summary>
    /// <param name="stopped">The batch stopped before it finished (<see cref="ImportBatchStatus.HasStopped"/>).</param>
    public static string Describe(StoredImportBatchFile file, bool stopped)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Status switch
        {
            ImportFileStatus.Stored => "stored",
            ImportFileStatus.Duplicate => $"already there: {file.Detail}",
            ImportFileStatus.Failed => $"skipped: {file.Detail}",
            _ => stopped ? "not stored — the server stopped; upload it again" : "still importing",
        };
    }

    /// <summary>The class the runs page colours a file's line with (the live upload results use the same ones).</summary>
    public static string Css(ImportFileStatus status) => status switch
    {
        ImportFileStatus.Stored => "imported",
        ImportFileStatus.Failed => "failed",
        ImportFileStatus.Duplicate => "already-there",
        _ => "pending",
    };
}
