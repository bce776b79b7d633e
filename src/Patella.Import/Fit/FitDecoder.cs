using System.Buffers.Binary;
using System.Globalization;

namespace Patella.Import.Fit;

/// <summary>
/// The low-level FIT decoder (research-notes §5.1): walks headers, definition and data messages of
/// every chained file and hands each message to an <see cref="IFitVisitor"/>. It never throws for bad
/// input: problems go to <see cref="IFitVisitor.ErrorFound"/>, and a fatal one ends the walk. Nothing
/// is allocated per message; definitions reuse one layout per local type.
/// </summary>
public sealed class FitDecoder
{
    private const int MinHeaderSize = 12;
    private const int CompressedHeaderBit = 0x80;
    private const int DefinitionBit = 0x40;
    private const int DeveloperDataBit = 0x20;
    private const uint FitSignature = 0x5449462E; // ".FIT" read little-endian

    private readonly FitMessageDefinition?[] _definitions = new FitMessageDefinition?[16];
    private readonly FitMessageDefinition?[] _pool = new FitMessageDefinition?[16];
    private readonly FitDeveloperFieldDescriptions _descriptions = new();
    private uint _lastTimestamp;
    private int _lastTimeOffset;

    private FitDecoder()
    {
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="visitor"/>. Returns true when every
    /// chained file was read to its end with no error of any kind.
    /// </summary>
    public static bool Decode<TVisitor>(ReadOnlySpan<byte> bytes, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return new FitDecoder().Run(bytes, visitor);
    }

    /// <summary>True when the input starts with a FIT header (size ≥ 12 and ".FIT" at byte 8).</summary>
    public static bool LooksLikeFit(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= MinHeaderSize && bytes[0] >= MinHeaderSize && BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]) == FitSignature;

    private bool Run<TVisitor>(ReadOnlySpan<byte> bytes, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        if (bytes.IsEmpty)
        {
            Report(visitor, ActivityFileErrorKind.Format, "not a FIT file: the input is empty", 0, fatal: true);
            return false;
        }

        var clean = true;
        var position = 0;
        for (var index = 0; position < bytes.Length; index++)
        {
            var rest = bytes[position..];
            if (!LooksLikeFit(rest) || rest[0] > rest.Length)
            {
                var reason = index == 0 ? "not a FIT file: no FIT header" : $"chained file {index + 1} has no valid FIT header";
                Report(visitor, ActivityFileErrorKind.Format, reason, position, fatal: true);
                return false;
            }

            var header = ReadHeader(rest, index, position);
            if (header.HeaderCrc == FitCrcStatus.Mismatch)
            {
                clean = false;
                Report(visitor, ActivityFileErrorKind.Integrity, "header CRC does not match", position + 12, fatal: false);
            }

            visitor.FileStarted(header);
            Array.Clear(_definitions);
            var dataStart = position + header.HeaderSizeBytes;
            var unfinished = header.DataSizeBytes == 0;
            if (unfinished)
            {
                clean = false;
                Report(visitor, ActivityFileErrorKind.Integrity, "data size is 0: the device did not finish writing the file", position + 4, fatal: false);
            }

            var declaredEnd = unfinished ? bytes.Length : dataStart + (long)header.DataSizeBytes;
            var dataEnd = (int)Math.Min(declaredEnd, bytes.Length);
            if (!ReadRecords(bytes, dataStart, dataEnd, visitor))
            {
                return false;
            }

            if (unfinished)
            {
                visitor.FileEnded(new FitFileEnd(index, dataEnd, FitCrcStatus.NotPresent, null, null));
                return false;
            }

            if (declaredEnd + 2 > bytes.Length)
            {
                visitor.FileEnded(new FitFileEnd(index, dataEnd, FitCrcStatus.NotPresent, null, null));
                var detail = string.Create(CultureInfo.InvariantCulture, $"the header says {header.DataSizeBytes} data bytes and a CRC follow byte {dataStart}");
                Report(visitor, ActivityFileErrorKind.Integrity, "file truncated", bytes.Length, fatal: true, detail);
                return false;
            }

            var stored = BinaryPrimitives.ReadUInt16LittleEndian(bytes[dataEnd..]);
            var computed = FitCrc.Compute(bytes[position..dataEnd]);
            var status = stored == computed ? FitCrcStatus.Ok : FitCrcStatus.Mismatch;
            visitor.FileEnded(new FitFileEnd(index, dataEnd, status, stored, computed));
            if (status == FitCrcStatus.Mismatch)
            {
                clean = false;
                var detail = string.Create(CultureInfo.InvariantCulture, $"stored 0x{stored:X4}, computed 0x{computed:X4}");
                Report(visitor, ActivityFileErrorKind.Integrity, "file CRC does not match", dataEnd, fatal: false, detail);
            }

            position = dataEnd + 2;
        }

        return clean;
    }

    private static FitFileHeader ReadHeader(ReadOnlySpan<byte> rest, int index, int position)
    {
        int size = rest[0];
        var headerCrc = FitCrcStatus.NotPresent;
        if (size >= 14)
        {
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(rest[12..]);
            headerCrc = stored == 0 ? FitCrcStatus.NotComputed
                : stored == FitCrc.Compute(rest[..12]) ? FitCrcStatus.Ok
                : FitCrcStatus.Mismatch;
        }

        return new FitFileHeader(
            index,
            position,
            size,
            rest[1],
            BinaryPrimitives.ReadUInt16LittleEndian(rest[2..]),
            BinaryPrimitives.ReadUInt32LittleEndian(rest[4..]),
            headerCrc);
    }

    /// <summary>Reads the records in [start, end); false after a fatal error.</summary>
    private bool ReadRecords<TVisitor>(ReadOnlySpan<byte> bytes, int start, int end, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        var data = bytes[..end];
        var position = start;
        while (position < end)
        {
            int recordHeader = data[position];
            if ((recordHeader & CompressedHeaderBit) == 0 && (recordHeader & DefinitionBit) != 0)
            {
                position = ReadDefinition(data, bytes.Length, position, recordHeader, visitor);
                if (position < 0)
                {
                    return false;
                }

                continue;
            }

            var compressed = (recordHeader & CompressedHeaderBit) != 0;
            var localType = compressed ? (recordHeader >> 5) & 0x03 : recordHeader & 0x0F;
            var definition = _definitions[localType];
            if (definition is null)
            {
                Report(visitor, ActivityFileErrorKind.Format, $"data message uses undefined local message type {localType}", position, fatal: true);
                return false;
            }

            var payloadStart = position + 1;
            if (definition.SizeBytes > end - payloadStart)
            {
                ReportTruncated(visitor, bytes.Length, end, position, definition.SizeBytes + 1);
                return false;
            }

            var payload = data.Slice(payloadStart, definition.SizeBytes);
            uint? timestamp = null;
            if (compressed)
            {
                var timeOffset = recordHeader & 0x1F;
                _lastTimestamp += (uint)((timeOffset - _lastTimeOffset) & 0x1F);
                _lastTimeOffset = timeOffset;
                timestamp = _lastTimestamp;
            }
            else if (definition.TimestampOffset >= 0)
            {
                var raw = definition.IsBigEndian
                    ? BinaryPrimitives.ReadUInt32BigEndian(payload[definition.TimestampOffset..])
                    : BinaryPrimitives.ReadUInt32LittleEndian(payload[definition.TimestampOffset..]);
                if (raw != uint.MaxValue)
                {
                    _lastTimestamp = raw;
                    _lastTimeOffset = (int)(raw & 0x1F);
                    timestamp = raw;
                }
            }

            var message = new FitMessage(definition, payload, position, timestamp, _descriptions);
            if (definition.GlobalNumber == FitMessages.FieldDescription)
            {
                _descriptions.Add(message);
            }

            visitor.MessageRead(message);
            position = payloadStart + definition.SizeBytes;
        }

        return true;
    }

    /// <summary>Reads a definition message at <paramref name="position"/>; returns the next position, or -1 after a fatal error.</summary>
    private int ReadDefinition<TVisitor>(ReadOnlySpan<byte> data, int inputLength, int position, int recordHeader, TVisitor visitor)
        where TVisitor : IFitVisitor
    {
        var end = data.Length;
        var fixedStart = position + 1;
        if (end - fixedStart < 5)
        {
            ReportTruncated(visitor, inputLength, end, position, 6);
            return -1;
        }

        var architecture = data[fixedStart + 1];
        if (architecture > 1)
        {
            Report(visitor, ActivityFileErrorKind.Format, $"definition message has architecture {architecture} (only 0 and 1 exist)", fixedStart + 1, fatal: true);
            return -1;
        }

        var bigEndian = architecture == 1;
        var globalNumber = bigEndian
            ? BinaryPrimitives.ReadUInt16BigEndian(data[(fixedStart + 2)..])
            : BinaryPrimitives.ReadUInt16LittleEndian(data[(fixedStart + 2)..]);
        int fieldCount = data[fixedStart + 4];
        var fieldsStart = fixedStart + 5;
        var developerCount = 0;
        var length = 6 + (3 * fieldCount);
        if ((recordHeader & DeveloperDataBit) != 0)
        {
            if (end - position < length + 1)
            {
                ReportTruncated(visitor, inputLength, end, position, length + 1);
                return -1;
            }

            developerCount = data[position + length];
            length += 1 + (3 * developerCount);
        }

        if (end - position < length)
        {
            ReportTruncated(visitor, inputLength, end, position, length);
            return -1;
        }

        var localType = recordHeader & 0x0F;
        var definition = _pool[localType] ??= new FitMessageDefinition(localType);
        definition.Reset(globalNumber, bigEndian, fieldCount, developerCount);
        for (var i = 0; i < fieldCount; i++)
        {
            var f = fieldsStart + (3 * i);
            definition.AddField(data[f], data[f + 1], data[f + 2]);
        }

        var developerStart = fieldsStart + (3 * fieldCount) + 1;
        for (var i = 0; i < developerCount; i++)
        {
            var f = developerStart + (3 * i);
            definition.AddDeveloperField(data[f], data[f + 1], data[f + 2]);
        }

        _definitions[localType] = definition;
        visitor.DefinitionRead(definition, position);
        return position + length;
    }

    private static void ReportTruncated<TVisitor>(TVisitor visitor, int inputLength, int dataEnd, int position, int needed)
        where TVisitor : IFitVisitor
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"the message at byte {position} needs {needed} bytes, {dataEnd - position} are left");

        // Past the declared data but inside the input is a format error; past the input is truncation.
        if ((long)position + needed <= inputLength)
        {
            Report(visitor, ActivityFileErrorKind.Format, "message runs past the data size the header declares", position, fatal: true, detail);
        }
        else
        {
            Report(visitor, ActivityFileErrorKind.Integrity, "file truncated", inputLength, fatal: true, detail);
        }
    }

    private static void Report<TVisitor>(TVisitor visitor, ActivityFileErrorKind kind, string reason, long offset, bool fatal, string? detail = null)
        where TVisitor : IFitVisitor =>
        visitor.ErrorFound(new FitDecodeError(kind, reason, offset, fatal, detail));
}
