using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Patella.Import.Fit;

/// <summary>
/// Where one profile field sits in the data messages of one definition, found once per definition so
/// the hot path reads it by offset. Reads give exactly what <see cref="FitMessage.TryGetRaw"/> gives
/// (first element, raw, false when absent or invalid); the profile's own type in little-endian order
/// is read inline, anything else (big-endian, a writer's other type) through <see cref="FitBaseTypes.TryRead"/>.
/// </summary>
internal readonly struct FitFieldSlot
{
    private const byte Absent = 0;
    private const byte Fast = 1;
    private const byte Slow = 2;

    private readonly int _offset;
    private readonly FitBaseType _type;
    private readonly byte _kind;

    private FitFieldSlot(int offset, FitBaseType type, byte kind)
    {
        _offset = offset;
        _type = type;
        _kind = kind;
    }

    /// <summary>The field with that number in <paramref name="definition"/>; absent when it has none or it is too small for one value.</summary>
    /// <param name="profileType">The type the profile gives the field: read inline when the definition uses it little-endian.</param>
    public static FitFieldSlot Find(FitMessageDefinition definition, byte number, FitBaseType profileType)
    {
        var index = definition.IndexOf(number);
        if (index < 0)
        {
            return default;
        }

        var field = definition.Field(index);
        if (FitBaseTypes.SizeBytes(field.BaseType) > field.SizeBytes)
        {
            return default;
        }

        var fast = field.BaseType == profileType && !definition.IsBigEndian;
        return new FitFieldSlot(field.OffsetBytes, field.BaseType, fast ? Fast : Slow);
    }

    /// <summary>A field of the profile type uint8 (invalid 0xFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadUInt8(ReadOnlySpan<byte> payload, bool bigEndian, out double value)
    {
        if (_kind == Fast)
        {
            var v = payload[_offset];
            value = v;
            return v != 0xFF;
        }

        return TryReadOther(payload, bigEndian, out value);
    }

    /// <summary>A field of the profile type uint16 (invalid 0xFFFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadUInt16(ReadOnlySpan<byte> payload, bool bigEndian, out double value)
    {
        if (_kind == Fast)
        {
            var v = BinaryPrimitives.ReadUInt16LittleEndian(payload[_offset..]);
            value = v;
            return v != ushort.MaxValue;
        }

        return TryReadOther(payload, bigEndian, out value);
    }

    /// <summary>A field of the profile type uint32 (invalid 0xFFFFFFFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadUInt32(ReadOnlySpan<byte> payload, bool bigEndian, out double value)
    {
        if (_kind == Fast)
        {
            var v = BinaryPrimitives.ReadUInt32LittleEndian(payload[_offset..]);
            value = v;
            return v != uint.MaxValue;
        }

        return TryReadOther(payload, bigEndian, out value);
    }

    /// <summary>A field of the profile type sint32 (invalid 0x7FFFFFFF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadSInt32(ReadOnlySpan<byte> payload, bool bigEndian, out double value)
    {
        if (_kind == Fast)
        {
            var v = BinaryPrimitives.ReadInt32LittleEndian(payload[_offset..]);
            value = v;
            return v != int.MaxValue;
        }

        return TryReadOther(payload, bigEndian, out value);
    }

    // Absent is decided inline (most files lack some fields on every record); other types are rare.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryReadOther(ReadOnlySpan<byte> payload, bool bigEndian, out double value)
    {
        if (_kind == Absent)
        {
            value = double.NaN;
            return false;
        }

        return TryReadSlow(payload, bigEndian, out value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryReadSlow(ReadOnlySpan<byte> payload, bool bigEndian, out double value) =>
        FitBaseTypes.TryRead(payload[_offset..], _type, bigEndian, out value);
}
