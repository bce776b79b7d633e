using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using Patella.Core.Activities;
using Patella.Import.Fit;
using Patella.Import.Gpx;
using Patella.Import.Strava;
using Patella.Import.Tcx;

namespace Patella.Import;

/// <summary>
/// The single entry point from bytes to activities: gunzip if needed, detect the format, decode,
/// apply Strava's metadata, compute metrics. Bad input never escapes as an exception: it comes
/// back as an <see cref="ImportFailure"/> naming the file, the place and the reason.
/// </summary>
public static class ActivityFileReader
{
    /// <summary>
    /// Buffers for decompressed content, reused across files: at most a few per size class (files are
    /// decoded by a few threads at once), so the pool holds tens of MB at worst, not one buffer per file seen.
    /// </summary>
    private static readonly ArrayPool<byte> ContentBuffers = ArrayPool<byte>.Create(maxArrayLength: 64 * 1024 * 1024, maxArraysPerBucket: 2);

    static ActivityFileReader()
    {
        // GPX files declare legacy encodings (windows-1252, ISO-8859-x); .NET reads them only with the code-page provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>Reads the input's bytes and decodes them.</summary>
    public static FileReadResult Read(ImportInput input, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        var (bytes, failure) = ReadBytes(input, limits);
        return bytes is null ? failure! : Decode(input, bytes, limits);
    }

    /// <summary>Reads the input's bytes (sequentially: zip entries share one stream), or the failure that stopped it.</summary>
    public static (byte[]? Bytes, FileReadResult? Failure) ReadBytes(ImportInput input, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return (input.ReadBytes(limits), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, Failed(input.SourceName, e));
        }
    }

    /// <summary>Decodes bytes already read from the input; safe to call from several threads at once.</summary>
    public static FileReadResult Decode(ImportInput input, byte[] stored, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            return FileReadResult.Read(DecodeFile(input, stored, limits));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(input.SourceName, e);
        }
    }

    private static FileReadResult Failed(string sourceName, Exception e) => e switch
    {
        ActivityFileException file => FileReadResult.Failed(sourceName, file),
        IOException or UnauthorizedAccessException =>
            FileReadResult.Failed(sourceName, new ActivityFileException(ActivityFileErrorKind.Integrity, $"could not be read: {e.Message}", null, e)),

        // A decoder bug must not take the batch down; say it plainly so it gets reported.
        _ => FileReadResult.Failed(sourceName, new ActivityFileException(ActivityFileErrorKind.Format, $"internal error while decoding (please report): {e.GetType().Name}: {e.Message}", null, e)),
    };

    private static ImportedFile DecodeFile(ImportInput input, byte[] stored, ImportLimits limits)
    {
        var gzipped = BoundedRead.IsGzip(stored);
        var length = stored.Length;
        var content = gzipped ? BoundedRead.Gunzip(stored, limits, "the decompressed file", ContentBuffers, out length) : stored;
        try
        {
            return DecodeContent(input, stored, gzipped, content.AsMemory(0, length));
        }
        finally
        {
            if (gzipped)
            {
                // The decoders copy what they keep (numbers, strings); nothing refers to the buffer after them.
                ContentBuffers.Return(content);
            }
        }
    }

    private static ImportedFile DecodeContent(ImportInput input, byte[] stored, bool gzipped, ReadOnlyMemory<byte> content)
    {
        var format = ActivityFileKind.Detect(content.Span, input.SourceName);
        var recordings = Decode(format, content);
        var undated = new List<string>();
        var activities = new List<ImportedActivity>(recordings.Count);
        foreach (var recording in recordings)
        {
            var described = input.Strava is { } strava ? StravaMetadata.Apply(strava, recording) : recording;
            if (described.StartUtc is null)
            {
                undated.Add(described.Warnings.Count > 0 ? described.Warnings[0] : "the file has no usable timestamps");
                continue;
            }

            var metrics = ActivityMetricsCalculator.Compute(described);
            if (SportInference.ForUnknown(described.Sport, metrics) is { } inferred)
            {
                described = described with { Sport = inferred.Sport, Warnings = [.. described.Warnings, inferred.Reason] };
                metrics = ActivityMetricsCalculator.Compute(described);
            }

            activities.Add(new ImportedActivity(described, metrics));
        }

        if (activities.Count == 0)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsupported, undated.Count > 0
                ? $"Patella cannot place it on a day: {undated[0]}"
                : "the file holds no activity");
        }

        return new ImportedFile
        {
            SourceName = input.SourceName,
            Format = format,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            ContentBytes = content.Length,
            StoredGzip = gzipped ? stored : Compress(content.Span),
            Activities = activities,
            Warnings = [.. undated.Select(reason => $"an activity without a date was left out: {reason}")],
            Strava = input.Strava,
        };
    }

    private static IReadOnlyList<RecordedActivity> Decode(ActivityFormat format, ReadOnlyMemory<byte> content) => format switch
    {
        ActivityFormat.Fit => [FitActivityReader.Read(content.Span)],
        ActivityFormat.Gpx => GpxReader.Read(AsStream(content)),
        ActivityFormat.Tcx => TcxReader.Read(AsStream(content)),
        _ => throw new ActivityFileException(ActivityFileErrorKind.Unsupported, $"format {format} is not supported"),
    };

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var output = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
