using System.Globalization;

namespace Patella.Import.Fit;

/// <summary>Whether a header or file CRC was checked and what it said.</summary>
public enum FitCrcStatus
{
    /// <summary>Stored and computed CRC agree.</summary>
    Ok,
    /// <summary>Stored and computed CRC differ: the bytes are damaged.</summary>
    Mismatch,
    /// <summary>The writer stored 0 (header CRC only: allowed by the protocol, nothing to check).</summary>
    NotComputed,
    /// <summary>There is no CRC: a 12-byte header, or a file that ends before its CRC.</summary>
    NotPresent,
}

/// <summary>
/// The header of one FIT file (one unit of a chain), research-notes §5.1.
/// </summary>
/// <param name="Index">0 for the first file of a chain, 1 for the next…</param>
/// <param name="OffsetBytes">Where the header starts in the input.</param>
/// <param name="HeaderSizeBytes">12 (legacy), 14 or more.</param>
/// <param name="ProtocolVersion">High nibble major, low nibble minor (0x10 = 1.0, 0x20 = 2.0).</param>
/// <param name="ProfileVersion">Major×100 + minor (old files) or major×1000 + minor (profile 22 on); see <see cref="ProfileVersionText"/>.</param>
/// <param name="DataSizeBytes">Bytes of records after the header, CRC excluded; 0 = the writer did not finish the file.</param>
/// <param name="HeaderCrc">Status of the header CRC (14-byte headers only).</param>
public readonly record struct FitFileHeader(
    int Index,
    int OffsetBytes,
    int HeaderSizeBytes,
    byte ProtocolVersion,
    ushort ProfileVersion,
    uint DataSizeBytes,
    FitCrcStatus HeaderCrc)
{
    /// <summary>"2.0" style protocol version.</summary>
    public string ProtocolVersionText =>
        string.Create(CultureInfo.InvariantCulture, $"{ProtocolVersion >> 4}.{ProtocolVersion & 0x0F}");

    /// <summary>"21.35" style profile version: the scale is 1000 above 21.99 (2199), as Garmin's SDKs read it.</summary>
    public string ProfileVersionText
    {
        get
        {
            var scale = ProfileVersion > 2199 ? 1000 : 100;
            return string.Create(CultureInfo.InvariantCulture, $"{ProfileVersion / scale}.{ProfileVersion % scale:00}");
        }
    }
}

/// <summary>How one FIT file of a chain ended: its file CRC.</summary>
/// <param name="Index">The file's index in the chain.</param>
/// <param name="CrcOffsetBytes">Where the 2-byte file CRC is (or would be).</param>
/// <param name="Crc">Ok, Mismatch, or NotPresent when the input ends first.</param>
/// <param name="StoredCrc">The CRC in the file; null when not present.</param>
/// <param name="ComputedCrc">The CRC over header and data; null when not present.</param>
public readonly record struct FitFileEnd(int Index, int CrcOffsetBytes, FitCrcStatus Crc, ushort? StoredCrc, ushort? ComputedCrc);

/// <summary>
/// A problem the decoder found. <see cref="Fatal"/> ones stop decoding (nothing after them can be
/// trusted); the others (a CRC mismatch, an unfinished file) are reported and decoding goes on.
/// </summary>
/// <param name="Kind">Integrity (damaged) or Format (not FIT, or breaks the protocol).</param>
/// <param name="Reason">What was wrong, in words.</param>
/// <param name="OffsetBytes">Byte offset in the input where it was found.</param>
/// <param name="Fatal">True when decoding stopped here.</param>
/// <param name="Detail">More about it (sizes, CRC values); null when the reason says it all.</param>
public readonly record struct FitDecodeError(ActivityFileErrorKind Kind, string Reason, long OffsetBytes, bool Fatal, string? Detail = null)
{
    /// <summary>"byte 1542": the location an <see cref="ActivityFileException"/> carries.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"byte {OffsetBytes}");

    /// <summary>The error as the one exception type decoders throw.</summary>
    public ActivityFileException ToException() => new(Kind, Detail is null ? Reason : $"{Reason}: {Detail}", Location);
}
