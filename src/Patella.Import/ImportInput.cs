using Patella.Import.Strava;

namespace Patella.Import;

/// <summary>
/// One file waiting to be imported: a file on disk, an uploaded file, or an entry of a zip.
/// Reading it is deferred so a batch of thousands streams through memory one file at a time.
/// </summary>
public sealed class ImportInput
{
    private readonly Func<ImportLimits, byte[]> read;

    internal ImportInput(string sourceName, long sizeBytes, Func<ImportLimits, byte[]> read, StravaActivity? strava = null)
    {
        SourceName = sourceName;
        SizeBytes = sizeBytes;
        this.read = read;
        Strava = strava;
    }

    /// <summary>Where it comes from, as the runner would recognise it: a path, or "export.zip!activities/123.fit.gz".</summary>
    public string SourceName { get; }

    /// <summary>Size as stored (compressed, for a zip entry or a .gz file).</summary>
    public long SizeBytes { get; }

    /// <summary>The Strava CSV row describing this file, when it comes from a Strava bulk export.</summary>
    public StravaActivity? Strava { get; }

    /// <summary>The file's bytes as stored (possibly gzip), read within the limits.</summary>
    /// <exception cref="ActivityFileException">Too large, unreadable, or unsafe.</exception>
    public byte[] ReadBytes(ImportLimits limits) => read(limits);

    /// <summary>An input over bytes already in memory (an upload).</summary>
    public static ImportInput FromBytes(string sourceName, byte[] bytes, StravaActivity? strava = null) =>
        new(sourceName, bytes.LongLength, limits => bytes.LongLength <= limits.MaxFileBytes
            ? bytes
            : throw new ActivityFileException(ActivityFileErrorKind.Unsafe, $"the file is larger than the {limits.MaxFileBytes / (1024 * 1024):N0} MiB limit"), strava);
}
