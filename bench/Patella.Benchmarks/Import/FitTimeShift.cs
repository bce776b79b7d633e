using System.Buffers.Binary;
using Patella.Import.Fit;

namespace Patella.Benchmarks.Import;

/// <summary>
/// Test-data generation only: copies a FIT file with every date_time moved by a number of seconds
/// (the timestamp field 253 of every message, and the start_time / time_created / local_timestamp
/// fields), then rewrites both CRCs, so one real run can stand in for many distinct ones.
/// Compressed-timestamp headers are relative to the last full timestamp and move with it.
/// </summary>
internal static class FitTimeShift
{
    private static readonly HashSet<(int Message, int Field)> DateTimeFields =
    [
        (0, 4),   // file_id.time_created
        (18, 2),  // session.start_time
        (19, 2),  // lap.start_time
        (34, 5),  // activity.local_timestamp
    ];

    public static byte[] Shift(byte[] original, uint seconds)
    {
        var bytes = (byte[])original.Clone();
        var headerSize = bytes[0];
        var dataSize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        var end = headerSize + dataSize;
        var definitions = new (int Message, bool BigEndian, (int Number, int Size)[] Fields, int DeveloperBytes)?[16];
        var position = (int)headerSize;
        while (position < end)
        {
            var header = bytes[position++];
            if ((header & 0x80) != 0)
            {
                position += Walk(bytes, position, definitions[(header >> 5) & 0x3], seconds, skipTimestamp: true);
                continue;
            }

            var local = header & 0x0F;
            if ((header & 0x40) != 0)
            {
                var bigEndian = bytes[position + 1] == 1;
                var message = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(position + 2)) : BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(position + 2));
                var count = bytes[position + 4];
                var fields = new (int, int)[count];
                for (var i = 0; i < count; i++)
                {
                    fields[i] = (bytes[position + 5 + (i * 3)], bytes[position + 6 + (i * 3)]);
                }

                position += 5 + (count * 3);
                var developerBytes = 0;
                if ((header & 0x20) != 0)
                {
                    var developerCount = bytes[position++];
                    for (var i = 0; i < developerCount; i++)
                    {
                        developerBytes += bytes[position + 1 + (i * 3)];
                    }

                    position += developerCount * 3;
                }

                definitions[local] = (message, bigEndian, fields, developerBytes);
            }
            else
            {
                position += Walk(bytes, position, definitions[local], seconds, skipTimestamp: false);
            }
        }

        var headerCrcOffset = 12;
        if (headerSize >= 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(headerCrcOffset), FitCrc.Compute(bytes.AsSpan(0, 12)));
        }

        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(end), FitCrc.Compute(bytes.AsSpan(0, end)));
        return bytes;
    }

    private static int Walk(byte[] bytes, int position, (int Message, bool BigEndian, (int Number, int Size)[] Fields, int DeveloperBytes)? definition, uint seconds, bool skipTimestamp)
    {
        var (message, bigEndian, fields, developerBytes) = definition ?? throw new InvalidDataException("data before its definition");
        var offset = position;
        foreach (var (number, size) in fields)
        {
            if (size == 4 && ((number == 253 && !skipTimestamp) || DateTimeFields.Contains((message, number))))
            {
                var span = bytes.AsSpan(offset, 4);
                var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
                if (value is not 0xFFFFFFFF and >= 0x10000000)
                {
                    if (bigEndian)
                    {
                        BinaryPrimitives.WriteUInt32BigEndian(span, value + seconds);
                    }
                    else
                    {
                        BinaryPrimitives.WriteUInt32LittleEndian(span, value + seconds);
                    }
                }
            }

            offset += size;
        }

        return offset - position + developerBytes;
    }
}
