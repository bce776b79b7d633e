using System.Buffers;
using System.IO.Compression;

namespace Patella.Import;

/// <summary>Reads whole streams into memory without ever reading more than a limit.</summary>
internal static class BoundedRead
{
    /// <summary>Reads the stream to its end; refuses (Unsafe) once more than <paramref name="maxBytes"/> arrive.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes, string what, long sizeHint = 0)
    {
        var buffer = Fill(stream, maxBytes, what, sizeHint, pool: null, out var length);
        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return buffer;
    }

    /// <summary>
    /// Reads the stream to its end into a buffer rented from <paramref name="pool"/> (the caller returns it);
    /// the content is the first <paramref name="length"/> bytes.
    /// </summary>
    private static byte[] Fill(Stream stream, long maxBytes, string what, long sizeHint, ArrayPool<byte>? pool, out int length)
    {
        var capacity = (int)Math.Clamp(sizeHint > 0 ? sizeHint : 64 * 1024, 1024, Math.Min(maxBytes + 1, Array.MaxLength));
        var buffer = pool?.Rent(capacity) ?? new byte[capacity];
        length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        throw TooLarge(what, maxBytes);
                    }

                    // A right size hint fills the buffer exactly: probe for one more byte before doubling it
                    // (and copying the content twice) for nothing.
                    var probe = stream.ReadByte();
                    if (probe < 0)
                    {
                        return buffer;
                    }

                    var next = (int)Math.Min(Math.Max((long)buffer.Length * 2, 1024), Math.Min(maxBytes + 1, Array.MaxLength));
                    if (next <= buffer.Length)
                    {
                        throw TooLarge(what, maxBytes);
                    }

                    var larger = pool?.Rent(next) ?? new byte[next];
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool?.Return(buffer);
                    buffer = larger;
                    buffer[length++] = (byte)probe;
                    continue;
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return buffer;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw TooLarge(what, maxBytes);
                }
            }
        }
        catch
        {
            pool?.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// Decompresses gzip bytes, refusing output larger than the file cap or more than
    /// <see cref="ImportLimits.MaxExpansionRatio"/> times the compressed size.
    /// </summary>
    public static byte[] Gunzip(byte[] compressed, ImportLimits limits, string what)
    {
        var buffer = Gunzip(compressed, limits, what, pool: null, out var length);
        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return buffer;
    }

    /// <summary>
    /// <see cref="Gunzip(byte[], ImportLimits, string)"/> into a buffer rented from <paramref name="pool"/>:
    /// decompressed content is the importer's largest short-lived allocation, and renting it keeps it off the
    /// large-object heap (whose churn made every collection a full one). The caller returns the buffer.
    /// </summary>
    public static byte[] Gunzip(byte[] compressed, ImportLimits limits, string what, ArrayPool<byte>? pool, out int length)
    {
        var byRatio = (long)Math.Min(long.MaxValue / 2, compressed.Length * limits.MaxExpansionRatio);
        var cap = Math.Min(limits.MaxFileBytes, Math.Max(byRatio, 64 * 1024));
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            return Fill(gzip, cap, what, DeclaredSize(compressed) is > 0 and var declared ? declared : compressed.Length * 8L, pool, out length);
        }
        catch (InvalidDataException e)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Integrity, $"the gzip data is damaged: {e.Message}", null, e);
        }
    }

    /// <summary>
    /// The size the gzip trailer declares (ISIZE, RFC 1952: the last four bytes, little-endian, the size
    /// modulo 2^32). Only a hint for the first buffer, capped by the caller: a lie costs one resize.
    /// </summary>
    private static long DeclaredSize(byte[] compressed) =>
        compressed.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) : 0;

    /// <summary>True when the bytes start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private static ActivityFileException TooLarge(string what, long maxBytes) =>
        new(ActivityFileErrorKind.Unsafe, $"{what} is larger than the {maxBytes / (1024 * 1024):N0} MiB limit (or expands beyond it)");
}
