using Patella.Core.Activities;
using Patella.Import.Strava;

namespace Patella.Import;

/// <summary>One activity read from a file, with the metrics Core computed from its samples.</summary>
public sealed record ImportedActivity(RecordedActivity Recording, ActivityMetrics Metrics);

/// <summary>A file read and decoded, ready to store whole.</summary>
public sealed record ImportedFile
{
    public required string SourceName { get; init; }

    public required ActivityFormat Format { get; init; }

    /// <summary>SHA-256 of the decompressed content, lowercase hex: the same run imported twice has the same hash.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>Size of the decompressed content.</summary>
    public required long ContentBytes { get; init; }

    /// <summary>The original content, gzip-compressed, so metrics can be recomputed later.</summary>
    public required byte[] StoredGzip { get; init; }

    public required IReadOnlyList<ImportedActivity> Activities { get; init; }

    /// <summary>Things worth telling the runner that did not stop the import.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public StravaActivity? Strava { get; init; }
}

/// <summary>A file that could not be imported, and why.</summary>
public sealed record ImportFailure(string SourceName, ActivityFileErrorKind Kind, string Reason, string? Location)
{
    public string Message => Location is null ? Reason : $"{Reason} (at {Location})";
}

/// <summary>Either a file ready to store or the reason it is not.</summary>
public sealed record FileReadResult(string SourceName, ImportedFile? File, ImportFailure? Failure)
{
    public static FileReadResult Read(ImportedFile file) => new(file.SourceName, file, null);

    public static FileReadResult Failed(string sourceName, ActivityFileException error) =>
        new(sourceName, null, new ImportFailure(sourceName, error.Kind, error.Reason, error.Location));
}
