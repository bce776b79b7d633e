namespace Patella.Import;

/// <summary>
/// What the importer refuses to read, so a hostile or broken upload cannot exhaust memory or disk.
/// The defaults fit any real activity: the largest watch file in the shared corpus is 3.5 MB, and
/// a 24-hour ultra with one-second samples is about 15 MB as FIT.
/// </summary>
public sealed record ImportLimits
{
    public static ImportLimits Default { get; } = new();

    /// <summary>Largest single activity file accepted, after decompression. Default 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Largest ratio of decompressed to compressed size for a gzip file or a zip entry. Default 100:
    /// real FIT/GPX/TCX files compress 3-20×; a zip bomb compresses a thousandfold.
    /// </summary>
    public double MaxExpansionRatio { get; init; } = 100;

    /// <summary>Largest total of decompressed bytes read from one archive. Default 16 GiB.</summary>
    public long MaxArchiveExpandedBytes { get; init; } = 16L * 1024 * 1024 * 1024;
}
