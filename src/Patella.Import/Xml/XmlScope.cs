using System.Text;
using System.Xml;

namespace Patella.Import.Xml;

/// <summary>
/// Walks the children or descendants of one element of a forward-only <see cref="XmlReader"/>
/// without the usual trap of reading one node too far: every step leaves the reader on a start
/// element, on that element's own end element, or inside its subtree, so the enclosing walk never
/// skips a sibling. Create it while the reader is on the element's start tag.
/// </summary>
internal readonly struct XmlScope
{
    private readonly XmlReader reader;
    private readonly int depth;
    private readonly bool empty;

    public XmlScope(XmlReader reader)
    {
        this.reader = reader;
        depth = reader.Depth;
        empty = reader.IsEmptyElement;
    }

    /// <summary>Moves to the next child element; false (reader on the scope's end tag) when there is none.</summary>
    public bool NextChild() => Next(childrenOnly: true);

    /// <summary>Moves to the next element anywhere below the scope's element, in document order.</summary>
    public bool NextDescendant() => Next(childrenOnly: false);

    /// <summary>"line L, column C" of the reader's current node.</summary>
    public static string Location(XmlReader reader) => TextPosition.Of(reader).ToString();

    /// <summary>
    /// The text directly inside the current element (CDATA included), leaving the reader on its
    /// end tag; empty for <c>&lt;ele/&gt;</c>.
    /// </summary>
    /// <exception cref="ActivityFileException">Unsafe when the text exceeds <see cref="SafeXml.MaxValueCharacters"/>.</exception>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var elementDepth = reader.Depth;
        string? single = null;
        StringBuilder? joined = null;
        while (reader.Read() && reader.Depth > elementDepth)
        {
            if (reader.Depth == elementDepth + 1 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                // Most values are one text node; only mixed text and CDATA needs the builder.
                if (single is null)
                {
                    single = reader.Value;
                }
                else
                {
                    joined ??= new StringBuilder(single);
                    joined.Append(reader.Value);
                }

                if (single.Length + (joined?.Length ?? 0) > SafeXml.MaxValueCharacters)
                {
                    throw TooLong(reader);
                }
            }
        }

        return joined?.ToString() ?? single ?? string.Empty;
    }

    private bool Next(bool childrenOnly)
    {
        if (empty)
        {
            return false;
        }

        while (reader.Read())
        {
            if (reader.Depth <= depth)
            {
                return false;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                CheckAttributes(reader);
                if (!childrenOnly || reader.Depth == depth + 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void CheckAttributes(XmlReader reader)
    {
        if (!reader.HasAttributes)
        {
            return;
        }

        for (var i = 0; i < reader.AttributeCount; i++)
        {
            if (reader.GetAttribute(i).Length > SafeXml.MaxValueCharacters)
            {
                throw TooLong(reader);
            }
        }
    }

    private static ActivityFileException TooLong(XmlReader reader) =>
        new(ActivityFileErrorKind.Unsafe, $"a value longer than {SafeXml.MaxValueCharacters} characters is refused", Location(reader));
}
