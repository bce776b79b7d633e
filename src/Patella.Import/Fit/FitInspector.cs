using System.Globalization;

namespace Patella.Import.Fit;

/// <summary>Builds a <see cref="FitInspection"/>: what the decoder saw, errors included. Never throws for bad input.</summary>
public static class FitInspector
{
    public static FitInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        var visitor = new InspectingVisitor();
        FitDecoder.Decode(bytes, visitor);
        visitor.CloseFile();
        return new FitInspection(bytes.Length, visitor.Files, visitor.Errors);
    }

    private sealed class InspectingVisitor : IFitVisitor
    {
        private FitFileHeader _header;
        private FitFileEnd? _end;
        private bool _open;
        private readonly SortedDictionary<int, MessageTally> _messages = [];
        private readonly List<FitDeveloperDataIdInfo> _developerDataIds = [];
        private readonly List<FitDeveloperFieldDescription> _descriptions = [];
        private readonly Dictionary<FitDeveloperFieldDescription, int> _valueCounts = new(ReferenceEqualityComparer.Instance);
        private int _developerValues;
        private int _recordsWithDeveloperFields;

        public List<FitInspectedFile> Files { get; } = [];
        public List<FitInspectionError> Errors { get; } = [];

        public void FileStarted(in FitFileHeader header)
        {
            CloseFile();
            _header = header;
            _open = true;
        }

        public void DefinitionRead(FitMessageDefinition definition, int offsetBytes)
        {
        }

        public void FileEnded(in FitFileEnd end) => _end = end;

        public void ErrorFound(in FitDecodeError error) =>
            Errors.Add(new FitInspectionError(_open ? _header.Index : null, error.Kind.ToString(), error.Reason, error.Detail, error.OffsetBytes, error.Fatal));

        public void MessageRead(in FitMessage message)
        {
            if (!_messages.TryGetValue(message.GlobalNumber, out var tally))
            {
                tally = new MessageTally();
                _messages.Add(message.GlobalNumber, tally);
            }

            tally.Count++;
            var definition = message.Definition;
            for (var i = 0; i < definition.FieldCount; i++)
            {
                var field = definition.Field(i);
                tally.Fields.TryGetValue(field.Number, out var seen);
                tally.Fields[field.Number] = (seen.Count + 1, Math.Max(seen.Size, (int)field.SizeBytes), field.BaseType);
            }

            var described = 0;
            for (var i = 0; i < message.DeveloperFieldCount; i++)
            {
                if (message.HasDeveloperValue(i) && message.DescribeDeveloperField(i) is { } description)
                {
                    described++;
                    _valueCounts[description] = _valueCounts.GetValueOrDefault(description) + 1;
                }
            }

            _developerValues += described;
            if (described > 0 && message.GlobalNumber == FitMessages.Record)
            {
                _recordsWithDeveloperFields++;
            }

            if (message.GlobalNumber == FitMessages.FieldDescription && message.TryGetRaw(0, out var index) && message.TryGetRaw(1, out var number))
            {
                // The decoder registered this message's description before calling us.
                if (message.DescriptionOf((byte)index, (byte)number) is { } d)
                {
                    _descriptions.Add(d);
                }
            }
            else if (message.GlobalNumber == FitMessages.DeveloperDataId)
            {
                _developerDataIds.Add(new FitDeveloperDataIdInfo(
                    message.TryGetRaw(3, out var dataIndex) ? (int)dataIndex : null,
                    Hex(message.FieldBytes(1)),
                    message.TryGetRaw(2, out var manufacturer) ? (int)manufacturer : null,
                    message.TryGetRaw(4, out var version) ? (long)version : null));
            }
        }

        public void CloseFile()
        {
            if (!_open)
            {
                return;
            }

            var crc = _end is { } end
                ? new FitCrcReport(Status(end.Crc), end.CrcOffsetBytes, Hex(end.StoredCrc), Hex(end.ComputedCrc))
                : new FitCrcReport(Status(FitCrcStatus.NotPresent), 0, null, null);
            Files.Add(new FitInspectedFile(
                _header.Index,
                _header.OffsetBytes,
                _header.HeaderSizeBytes,
                _header.ProtocolVersionText,
                _header.ProfileVersionText,
                _header.DataSizeBytes,
                Status(_header.HeaderCrc),
                crc,
                [.. _messages.Select(m => new FitMessageCount(
                    m.Key,
                    FitMessages.Name((ushort)m.Key),
                    m.Value.Count,
                    [.. m.Value.Fields.Select(f => new FitFieldCount(f.Key, FitBaseTypes.Name(f.Value.Type), f.Value.Size, f.Value.Count))]))],
                [.. _developerDataIds],
                [.. _descriptions.Select(d => new FitDeveloperFieldInfo(
                    d.DeveloperDataIndex, d.FieldNumber, d.Name, d.Units, FitBaseTypes.Name(d.BaseType), d.Scale, d.Offset, _valueCounts.GetValueOrDefault(d)))],
                _developerValues,
                _recordsWithDeveloperFields));
            _messages.Clear();
            _developerDataIds.Clear();
            _descriptions.Clear();
            _valueCounts.Clear();
            _developerValues = 0;
            _recordsWithDeveloperFields = 0;
            _end = null;
            _open = false;
        }

        private static string Status(FitCrcStatus status) => status switch
        {
            FitCrcStatus.Ok => "ok",
            FitCrcStatus.Mismatch => "mismatch",
            FitCrcStatus.NotComputed => "not_computed",
            _ => "not_present",
        };

        private static string? Hex(ushort? value) =>
            value is { } v ? string.Create(CultureInfo.InvariantCulture, $"0x{v:X4}") : null;

        private static string? Hex(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? null : Convert.ToHexStringLower(bytes);

        private sealed class MessageTally
        {
            public int Count { get; set; }

            public SortedDictionary<int, (int Count, int Size, FitBaseType Type)> Fields { get; } = [];
        }
    }
}
