using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Imports;

/// <summary>
/// One upload of activity files, as the web app received it. <see cref="FinishedUtc"/> stays null when the
/// instance handling it stopped (or the upload was cut) before the last file; its files then stay pending.
/// </summary>
public sealed class StoredImportBatch
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    public DateTime StartedUtc { get; set; }

    /// <summary>When a file's status last changed: a batch not finished and quiet for long has stopped.</summary>
    public DateTime UpdatedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public List<StoredImportBatchFile> Files { get; } = [];
}

/// <summary>One file of an upload (a zip's entries each count as one file).</summary>
public sealed class StoredImportBatchFile
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    /// <summary>Order within the batch, from 0.</summary>
    public int Position { get; set; }

    public string SourceName { get; set; } = "";

    public ImportFileStatus Status { get; set; }

    /// <summary>For a failure, the reason; for a duplicate, what was there first; else null.</summary>
    public string? Detail { get; set; }
}

/// <summary>Where one file of an upload stands. Each file is stored whole or not at all, so these are all the cases.</summary>
public enum ImportFileStatus
{
    /// <summary>Not handled yet; in a stopped batch, never handled: not stored.</summary>
    Pending,
    Stored,
    /// <summary>Its content or its run was already stored: nothing new.</summary>
    Duplicate,
    Failed,
}

internal static class ImportBatchMapping
{
    public static void ConfigureBatch(EntityTypeBuilder<StoredImportBatch> e)
    {
        e.ToTable("import_batches");
        e.HasKey(b => b.Id);
        e.HasIndex(b => new { b.RunnerId, b.StartedUtc });
        e.HasMany(b => b.Files).WithOne().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Cascade);
    }

    public static void ConfigureFile(EntityTypeBuilder<StoredImportBatchFile> e)
    {
        e.ToTable("import_batch_files");
        e.HasKey(f => f.Id);
        e.Property(f => f.Status).HasConversion(
            s => s.ToString().ToLowerInvariant(),
            s => Enum.Parse<ImportFileStatus>(s, ignoreCase: true));
        e.HasIndex(f => f.BatchId);
    }
}
