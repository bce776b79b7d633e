namespace Patella.Import.Fit;

/// <summary>
/// The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0), research-notes §5.1.
/// A unit's header + data + stored CRC checks to 0. Computed a byte at a time from a 256-entry table
/// built from the protocol's nibble table, because the nibble form costs twice the lookups.
/// </summary>
public static class FitCrc
{
    private static readonly ushort[] Table = BuildTable();

    /// <summary>Continues <paramref name="crc"/> over <paramref name="bytes"/>; start a new CRC with 0.</summary>
    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        var table = Table;
        foreach (var b in bytes)
        {
            crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
