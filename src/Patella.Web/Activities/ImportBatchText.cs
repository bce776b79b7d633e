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
}
