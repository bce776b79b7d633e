namespace Patella.Import.Xml;

/// <summary>
/// A read-only pass-through that keeps a copy of the first bytes read, so that after the XML
/// parser gives up we can still tell a refused DTD (<see cref="ActivityFileErrorKind.Unsafe"/>)
/// from plain malformed XML without relying on the parser's (localised) message text.
/// Does not own or dispose the inner stream.
/// </summary>
internal sealed class HeadRecordingStream(Stream inner, int capacity) : Stream
{
    private readonly byte[] head = new byte[capacity];
    private int recorded;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes seen so far, up to the capacity.</summary>
    public ReadOnlySpan<byte> Head => head.AsSpan(0, recorded);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        var keep = Math.Min(n, head.Length - recorded);
        if (keep > 0)
        {
            buffer[..keep].CopyTo(head.AsSpan(recorded));
            recorded += keep;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
