using Patella.Core.Activities;

namespace Patella.Data.Activities;

/// <summary>An imported file, its content kept gzip-compressed so metrics can be recomputed from it.</summary>
public sealed class StoredActivityFile
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>SHA-256 of the decompressed content (lowercase hex): the duplicate check.</summary>
    public required string ContentSha256 { get; set; }

    /// <summary>Where it was imported from: a path, an upload name, or "export.zip!activities/1.fit.gz".</summary>
    public required string SourceName { get; set; }

    public ActivityFormat Format { get; set; }

    public long ContentBytes { get; set; }

    public required byte[] StoredGzip { get; set; }

    public DateTime ImportedUtc { get; set; }

    public List<StoredActivity> Activities { get; set; } = [];
}
