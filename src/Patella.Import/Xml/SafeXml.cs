using System.Text;
using System.Xml;

namespace Patella.Import.Xml;

/// <summary>
/// Runs a reader function over an XML activity file with a parser that cannot be turned against
/// us, and turns every parser failure into one <see cref="ActivityFileException"/>.
/// </summary>
internal static class SafeXml
{
    /// <summary>
    /// Upper bound on the characters of one document (~256 MB of text). A 24-hour 1 Hz TCX is
    /// well under 100 MB; past this the file is refused rather than held in memory.
    /// </summary>
    public const long MaxCharactersInDocument = 256L * 1024 * 1024;

    /// <summary>Longest attribute or element text we accept, in characters (names, numbers, times are far shorter).</summary>
    public const int MaxValueCharacters = 64 * 1024;

    private const int HeadBytes = 64 * 1024;

    private static readonly byte[] DoctypeAscii = Encoding.ASCII.GetBytes("<!DOCTYPE");
    private static readonly byte[] DoctypeUtf16LittleEndian = Encoding.Unicode.GetBytes("<!DOCTYPE");
    private static readonly byte[] DoctypeUtf16BigEndian = Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE");

    /// <summary>
    /// The settings every activity XML file is read with: no DTD (a DTD is the door to entity
    /// expansion and external fetches), no resolver, bounded size; comments, processing
    /// instructions and white space between elements skipped (the last is worth ~7x throughput).
    /// </summary>
    /// <remarks>
    /// <see cref="XmlReaderSettings.MaxCharactersFromEntities"/> is set to a small positive number
    /// on purpose: in .NET zero means "no limit", not "none". With DTDs prohibited no entity can be
    /// declared anyway; the bound is a second lock.
    /// </remarks>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Reads <paramref name="stream"/> with <see cref="Settings"/> and <paramref name="read"/>.</summary>
    /// <exception cref="ActivityFileException">Unsafe for a DTD; Format for XML that is not well-formed.</exception>
    public static T Read<T>(Stream stream, Func<XmlReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(read);
        using var head = new HeadRecordingStream(stream, HeadBytes);
        XmlReader? reader = null;
        try
        {
            reader = XmlReader.Create(head, Settings);
            return read(reader);
        }
        catch (XmlException ex) when (DoctypeLocation(head.Head) is { } doctype)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsafe, "XML with a document type declaration (DTD) is refused", doctype, ex);
        }
        catch (XmlException ex)
        {
            throw Malformed(ex, reader);
        }
        catch (DecoderFallbackException ex)
        {
            throw Undecodable(reader, ex);
        }
        finally
        {
            reader?.Dispose();
        }
    }

    /// <summary>Runs <paramref name="read"/> over a reader the caller configured, mapping parser failures.</summary>
    /// <exception cref="ActivityFileException">Format for XML that is not well-formed or has undecodable bytes.</exception>
    public static T Read<T>(XmlReader reader, Func<XmlReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read(reader);
        }
        catch (XmlException ex)
        {
            throw Malformed(ex, reader);
        }
        catch (DecoderFallbackException ex)
        {
            throw Undecodable(reader, ex);
        }
    }

    /// <summary>
    /// Advances to the root element and returns with the reader on it.
    /// </summary>
    /// <exception cref="ActivityFileException">Unsafe when a DTD shows up (a caller-supplied reader
    /// may allow them); Format when there is no root element.</exception>
    public static void MoveToRoot(XmlReader reader)
    {
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.DocumentType:
                    throw new ActivityFileException(ActivityFileErrorKind.Unsafe, "XML with a document type declaration (DTD) is refused", XmlScope.Location(reader));
                case XmlNodeType.Element:
                    return;
            }
        }

        throw new ActivityFileException(ActivityFileErrorKind.Format, "empty document: no root element", XmlScope.Location(reader));
    }

    /// <summary>"line L, column C", the location format of every XML error; line 1, column 1 when the parser knows none.</summary>
    public static string LineColumn(int line, int column) =>
        line > 0 ? $"line {line}, column {Math.Max(column, 1)}" : "line 1, column 1";

    private static ActivityFileException Malformed(XmlException ex, XmlReader? reader) =>
        new(ActivityFileErrorKind.Format, $"not well-formed XML: {ex.Message}", Where(ex, reader), ex);

    /// <summary>The exception's position, else the reader's.</summary>
    private static string Where(XmlException ex, XmlReader? reader) =>
        ex.LineNumber > 0 || reader is null ? LineColumn(ex.LineNumber, ex.LinePosition) : XmlScope.Location(reader);

    private static ActivityFileException Undecodable(XmlReader? reader, DecoderFallbackException ex) =>
        new(ActivityFileErrorKind.Format, "bytes that are not valid in the file's declared text encoding", reader is null ? LineColumn(0, 0) : XmlScope.Location(reader), ex);

    /// <summary>
    /// Where "&lt;!DOCTYPE" starts in the recorded head, as "line L, column C"; null when absent.
    /// The parser's own refusal carries no position, so it is counted here.
    /// </summary>
    private static string? DoctypeLocation(ReadOnlySpan<byte> head)
    {
        (byte[] Pattern, Encoding Encoding)[] candidates =
        [
            (DoctypeAscii, Encoding.UTF8),
            (DoctypeUtf16LittleEndian, Encoding.Unicode),
            (DoctypeUtf16BigEndian, Encoding.BigEndianUnicode),
        ];
        foreach (var (pattern, encoding) in candidates)
        {
            var index = head.IndexOf(pattern);
            if (index >= 0)
            {
                var before = encoding.GetString(head[..index]).TrimStart('\uFEFF');
                var lineStart = before.LastIndexOf('\n') + 1;
                return LineColumn(before.Count(c => c == '\n') + 1, before.Length - lineStart + 1);
            }
        }

        return null;
    }
}
