using System.Buffers.Binary;

namespace Patella.Import.Fit;

/// <summary>
/// The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0), research-notes §5.1.
/// A unit's header + data + stored CRC checks to 0. The protocol describes it a nibble at a time;
/// this computes the same CRC eight bytes at a time (slicing-by-8 tables), because the CRC walks
/// every input byte and byte-wise lookups alone cost more than decoding.
/// </summary>
public static class FitCrc
{
    private static readonly ushort[] Tables = BuildTables();

    /// <summary>Continues <paramref name="crc"/> over <paramref name="bytes"/>; start a new CRC with 0.</summary>
    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        var t = Tables.AsSpan();
        uint c = crc;
        while (bytes.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(bytes) ^ c;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
            c = (uint)(t[(7 * 256) + (int)(low & 0xFF)] ^ t[(6 * 256) + (int)((low >> 8) & 0xFF)]
                ^ t[(5 * 256) + (int)((low >> 16) & 0xFF)] ^ t[(4 * 256) + (int)(low >> 24)]
                ^ t[(3 * 256) + (int)(high & 0xFF)] ^ t[(2 * 256) + (int)((high >> 8) & 0xFF)]
                ^ t[256 + (int)((high >> 16) & 0xFF)] ^ t[(int)(high >> 24)]);
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            c = (c >> 8) ^ t[(int)((c ^ b) & 0xFF)];
        }

        return (ushort)c;
    }

    /// <summary>Table k maps a byte to its CRC contribution when k more bytes follow it.</summary>
    private static ushort[] BuildTables()
    {
        var tables = new ushort[8 * 256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            tables[i] = crc;
        }

        for (var k = 1; k < 8; k++)
        {
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[((k - 1) * 256) + i];
                tables[(k * 256) + i] = (ushort)((previous >> 8) ^ tables[previous & 0xFF]);
            }
        }

        return tables;
    }
}
