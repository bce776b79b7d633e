using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Patella.Import.Tests;

public sealed class BoundedReadTests
{
    [Theory]
    [InlineData(5000, 5000)]   // exact hint: the buffer fills, the probe finds the end
    [InlineData(5000, 0)]      // no hint
    [InlineData(5000, 1200)]   // hint too small: grows
    [InlineData(5000, 90_000)] // hint too large: trimmed
    [InlineData(0, 100)]
    public void ReadAll_AnyHint_ReturnsExactlyTheContent(int size, long hint)
    {
        var content = Content(size);

        var read = BoundedRead.ReadAll(new MemoryStream(content), maxBytes: 1_000_000, "the test", hint);

        Assert.Equal(content, read);
    }

    [Theory]
    [InlineData(4096, 4096)]
    [InlineData(4096, 0)]
    public void ReadAll_OneByteOverTheLimit_IsRefused(long maxBytes, long hint)
    {
        var error = Assert.Throws<ActivityFileException>(() => BoundedRead.ReadAll(new MemoryStream(Content((int)maxBytes + 1)), maxBytes, "the test", hint));

        Assert.Equal(ActivityFileErrorKind.Unsafe, error.Kind);
    }

    [Fact]
    public void ReadAll_ExactlyAtTheLimit_IsRead()
    {
        var content = Content(4096);

        Assert.Equal(content, BoundedRead.ReadAll(new MemoryStream(content), 4096, "the test", 4096));
    }

    [Fact]
    public void Gunzip_SizedByItsTrailer_ReturnsTheContent()
    {
        var content = Content(300_000);

        Assert.Equal(content, BoundedRead.Gunzip(Gzip(content), ImportLimits.Default, "the test"));
    }

    [Theory]
    [InlineData(10u)]           // understates the size
    [InlineData(50_000_000u)]   // overstates it beyond the expansion cap: only a hint, capped
    public void Gunzip_TrailerThatLies_IsDamagedData(uint declaredSize)
    {
        var gzip = Gzip(Content(300_000));
        BinaryPrimitives.WriteUInt32LittleEndian(gzip.AsSpan(gzip.Length - 4), declaredSize);

        var error = Assert.Throws<ActivityFileException>(() => BoundedRead.Gunzip(gzip, ImportLimits.Default, "the test"));

        Assert.Equal(ActivityFileErrorKind.Integrity, error.Kind);
    }

    [Fact]
    public void Gunzip_IntoAPool_ReturnsTheContentAsThePrefixOfARentedBuffer()
    {
        var content = Content(300_000);
        var pool = ArrayPool<byte>.Create();

        var buffer = BoundedRead.Gunzip(Gzip(content), ImportLimits.Default, "the test", pool, out var length);

        Assert.Equal(content.Length, length);
        Assert.Equal(content, buffer.AsSpan(0, length).ToArray());
        pool.Return(buffer);
    }

    [Fact]
    public void Gunzip_BeyondTheExpansionRatio_IsRefused()
    {
        var zeros = Gzip(new byte[2_000_000]);
        var limits = ImportLimits.Default with { MaxExpansionRatio = 10 };

        var error = Assert.Throws<ActivityFileException>(() => BoundedRead.Gunzip(zeros, limits, "the test"));

        Assert.Equal(ActivityFileErrorKind.Unsafe, error.Kind);
    }

    private static byte[] Content(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes.AsSpan(0, size / 2));
        return bytes;
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
