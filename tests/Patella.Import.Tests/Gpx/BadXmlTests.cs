using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Patella.Import.Gpx;
using Patella.Import.Tcx;
using Patella.Tests;

namespace Patella.Import.Tests.Gpx;

/// <summary>Hostile and broken input to both XML readers: always one ActivityFileException, with a kind and a location.</summary>
public sealed partial class BadXmlTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE gpx [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        ]>
        <gpx><trk><name>&d;</name><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>
        """;

    public static TheoryData<string> Formats => ["gpx", "tcx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_ExternalDtd_IsUnsafe(string format)
    {
        var refused = Refuse(format, Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "http://example.org/gpx.dtd"><gpx/>"""));

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
        Assert.Equal("XML with a document type declaration (DTD) is refused", refused.Reason);
        Assert.Equal("line 1, column 22", refused.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_InternalEntities_AreUnsafe(string format)
    {
        var refused = Refuse(format, Encoding.UTF8.GetBytes(BillionLaughs));

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
        AssertLineColumn(refused.Location);
    }

    [Fact]
    public void Read_DtdInUtf16_IsUnsafe()
    {
        var refused = Refuse("gpx", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE gpx><gpx/>")]);

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
    }

    [Fact]
    public void Read_DtdThroughACallersPermissiveReader_IsStillUnsafe()
    {
        using var reader = XmlReader.Create(new StringReader(BillionLaughs), new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null });

        var refused = Assert.Throws<ActivityFileException>(() => GpxReader.Read(reader));

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
        Assert.Equal("line 2, column 11", refused.Location);
    }

    [Theory]
    [InlineData("gpx", "run.gpx")]
    [InlineData("tcx", "test.tcx")]
    public void Read_TruncatedFile_IsAFormatErrorAtTheEnd(string format, string file)
    {
        var bytes = File.ReadAllBytes(SharedTestData.File(format, file));

        var refused = Refuse(format, bytes[..(bytes.Length / 2)]);

        Assert.Equal(ActivityFileErrorKind.Format, refused.Kind);
        Assert.StartsWith("not well-formed XML", refused.Reason, StringComparison.Ordinal);
        AssertLineColumn(refused.Location);
        var line = int.Parse(LineColumnPattern().Match(refused.Location!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(line, bytes[..(bytes.Length / 2)].Count(b => b == '\n') - 1, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_RandomBytes_IsAFormatError(string format)
    {
        var bytes = new byte[4096];
        new Random(20240611).NextBytes(bytes);

        var refused = Refuse(format, bytes);

        Assert.Equal(ActivityFileErrorKind.Format, refused.Kind);
        AssertLineColumn(refused.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EmptyFile_IsAFormatError(string format)
    {
        var refused = Refuse(format, []);

        Assert.Equal(ActivityFileErrorKind.Format, refused.Kind);
        Assert.Equal("line 1, column 1", refused.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_HugeAttribute_IsUnsafe(string format)
    {
        var root = format == "gpx" ? "gpx" : "TrainingCenterDatabase";
        var xml = $"<{root}>\n  <x note=\"{new string('9', 1_000_000)}\"/></{root}>";

        var refused = Refuse(format, Encoding.UTF8.GetBytes(xml));

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
        Assert.Equal("a value longer than 65536 characters is refused", refused.Reason);
        Assert.Equal("line 2, column 4", refused.Location);
    }

    [Fact]
    public void Read_HugeElementText_IsUnsafe()
    {
        var xml = $"<gpx><trk><name>{new string('n', 100_000)}</name></trk></gpx>";

        var refused = Refuse("gpx", Encoding.UTF8.GetBytes(xml));

        Assert.Equal(ActivityFileErrorKind.Unsafe, refused.Kind);
        AssertLineColumn(refused.Location);
    }

    [Fact]
    public void Read_BytesInvalidForTheDeclaredEncoding_IsAFormatError()
    {
        byte[] bytes = [.. "<gpx><trk><name>"u8, 0xC3, 0x28, .. "</name></trk></gpx>"u8];

        var refused = Refuse("gpx", bytes);

        Assert.Equal(ActivityFileErrorKind.Format, refused.Kind);
        AssertLineColumn(refused.Location);
    }

    private static ActivityFileException Refuse(string format, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Assert.Throws<ActivityFileException>(() => format == "gpx" ? GpxReader.Read(stream) : TcxReader.Read(stream));
    }

    private static void AssertLineColumn(string? location) =>
        Assert.Matches(LineColumnPattern(), location ?? string.Empty);

    [GeneratedRegex(@"^line (\d+), column \d+$")]
    private static partial Regex LineColumnPattern();
}
