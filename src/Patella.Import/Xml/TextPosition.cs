using System.Xml;

namespace Patella.Import.Xml;

/// <summary>
/// Where a node starts in the file (1-based; 0 when the parser does not know). Kept as two
/// ints and formatted only when something goes wrong: millions of values are read, few fail.
/// </summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    public static TextPosition Of(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? new(info.LineNumber, info.LinePosition) : default;

    /// <summary>"line L, column C", as every XML error location reads.</summary>
    public override string ToString() => SafeXml.LineColumn(Line, Column);
}
