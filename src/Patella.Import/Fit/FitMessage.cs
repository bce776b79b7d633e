using System.Text;

namespace Patella.Import.Fit;

/// <summary>
/// A data message as the decoder passes it to a visitor: its layout and its bytes, read on demand
/// straight from the input. Lives only during the visitor call; copy out what you keep.
/// </summary>
public readonly ref struct FitMessage
{
    private readonly FitDeveloperFieldDescriptions _descriptions;

    internal FitMessage(FitMessageDefinition definition, ReadOnlySpan<byte> payload, int offsetBytes, uint? timestamp, FitDeveloperFieldDescriptions descriptions)
    {
        Definition = definition;
        Payload = payload;
        OffsetBytes = offsetBytes;
        Timestamp = timestamp;
        _descriptions = descriptions;
    }

    public FitMessageDefinition Definition { get; }

    /// <summary>The message's field bytes (record header excluded).</summary>
    public ReadOnlySpan<byte> Payload { get; }

    /// <summary>Offset of the record header in the input.</summary>
    public int OffsetBytes { get; }

    /// <summary>
    /// FIT seconds (since 1989-12-31T00:00:00Z, or device-relative below 0x10000000): the message's
    /// own field 253, or the one rebuilt from a compressed-timestamp header; null when it has none.
    /// </summary>
    public uint? Timestamp { get; }

    public ushort GlobalNumber => Definition.GlobalNumber;

    /// <summary>True when the message carries the field (valid or not).</summary>
    public bool Has(byte fieldNumber) => Definition.IndexOf(fieldNumber) >= 0;

    /// <summary>The raw bytes of a field; empty when absent.</summary>
    public ReadOnlySpan<byte> FieldBytes(byte fieldNumber)
    {
        var index = Definition.IndexOf(fieldNumber);
        if (index < 0)
        {
            return default;
        }

        var field = Definition.Field(index);
        return Payload.Slice(field.OffsetBytes, field.SizeBytes);
    }

    /// <summary>The field's first value, raw (no scale); false when absent, invalid or empty.</summary>
    public bool TryGetRaw(byte fieldNumber, out double value) => TryGetElement(fieldNumber, 0, out value);

    /// <summary>The field's first value as the profile defines it: raw / scale − offset.</summary>
    public bool TryGetScaled(byte fieldNumber, double scale, double offset, out double value)
    {
        if (TryGetElement(fieldNumber, 0, out var raw))
        {
            value = (raw / scale) - offset;
            return true;
        }

        value = double.NaN;
        return false;
    }

    /// <summary>Element <paramref name="index"/> of an array field, raw; false when absent or invalid.</summary>
    public bool TryGetElement(byte fieldNumber, int index, out double value)
    {
        var fieldIndex = Definition.IndexOf(fieldNumber);
        if (fieldIndex >= 0)
        {
            var field = Definition.Field(fieldIndex);
            var size = FitBaseTypes.SizeBytes(field.BaseType);
            var start = index * size;
            if (index >= 0 && start + size <= field.SizeBytes)
            {
                return FitBaseTypes.TryRead(Payload.Slice(field.OffsetBytes + start, size), field.BaseType, Definition.IsBigEndian, out value);
            }
        }

        value = double.NaN;
        return false;
    }

    /// <summary>A string field: UTF-8 up to the first NUL (or the field's end); null when absent or empty.</summary>
    public string? GetString(byte fieldNumber) => FitText.Decode(FieldBytes(fieldNumber));

    /// <summary>Number of developer fields in this message.</summary>
    public int DeveloperFieldCount => Definition.DeveloperFieldCount;

    /// <summary>The field_description of developer field <paramref name="index"/>; null when none was read before it.</summary>
    public FitDeveloperFieldDescription? DescribeDeveloperField(int index)
    {
        var field = Definition.DeveloperField(index);
        return _descriptions.Find(field.DeveloperDataIndex, field.Number);
    }

    /// <summary>The field description read so far for that developer data index and field number; null when none.</summary>
    public FitDeveloperFieldDescription? DescriptionOf(byte developerDataIndex, byte fieldNumber) =>
        _descriptions.Find(developerDataIndex, fieldNumber);

    /// <summary>True when developer field <paramref name="index"/> is described and holds a valid value (not all invalid).</summary>
    public bool HasDeveloperValue(int index)
    {
        var field = Definition.DeveloperField(index);
        var description = _descriptions.Find(field.DeveloperDataIndex, field.Number);
        if (description is null || field.SizeBytes == 0)
        {
            return false;
        }

        var bytes = Payload.Slice(field.OffsetBytes, field.SizeBytes);
        var type = FitBaseTypes.Resolve((byte)description.BaseType, field.SizeBytes);
        if (type is FitBaseType.String)
        {
            return bytes[0] != 0;
        }

        var size = FitBaseTypes.SizeBytes(type);
        for (var start = 0; start + size <= bytes.Length; start += size)
        {
            if (FitBaseTypes.TryRead(bytes.Slice(start, size), type, Definition.IsBigEndian, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Developer field <paramref name="index"/>'s first value, scaled by its description
    /// (raw / scale − offset); false when undescribed, invalid or not numeric.
    /// </summary>
    public bool TryGetDeveloperValue(int index, out double value)
    {
        var field = Definition.DeveloperField(index);
        var description = _descriptions.Find(field.DeveloperDataIndex, field.Number);
        if (description is not null && description.BaseType != FitBaseType.String)
        {
            var type = FitBaseTypes.Resolve((byte)description.BaseType, field.SizeBytes);
            if (field.SizeBytes > 0 && FitBaseTypes.TryRead(Payload.Slice(field.OffsetBytes, field.SizeBytes), type, Definition.IsBigEndian, out var raw))
            {
                value = (raw / description.Scale) - description.Offset;
                return true;
            }
        }

        value = double.NaN;
        return false;
    }
}

/// <summary>FIT strings: null-terminated UTF-8 inside the field's size (the terminator may be missing).</summary>
internal static class FitText
{
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        if (end >= 0)
        {
            bytes = bytes[..end];
        }

        return bytes.IsEmpty ? null : Encoding.UTF8.GetString(bytes);
    }
}
