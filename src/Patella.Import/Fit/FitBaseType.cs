using System.Buffers.Binary;

namespace Patella.Import.Fit;

/// <summary>
/// FIT base types by their number (the base-type byte masked with 0x1F), research-notes §5.1.
/// Each has a size in bytes and an invalid value that means "no value".
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The FIT protocol's own type names.")]
public enum FitBaseType : byte
{
    Enum = 0x00,
    SInt8 = 0x01,
    UInt8 = 0x02,
    SInt16 = 0x03,
    UInt16 = 0x04,
    SInt32 = 0x05,
    UInt32 = 0x06,
    String = 0x07,
    Float32 = 0x08,
    Float64 = 0x09,
    UInt8Z = 0x0A,
    UInt16Z = 0x0B,
    UInt32Z = 0x0C,
    Byte = 0x0D,
    SInt64 = 0x0E,
    UInt64 = 0x0F,
    UInt64Z = 0x10,
}

/// <summary>Sizes, names, invalid values and reading of <see cref="FitBaseType"/> values.</summary>
public static class FitBaseTypes
{
    /// <summary>
    /// The base type a field is decoded as: its declared one, or <see cref="FitBaseType.Byte"/> when the
    /// number is unknown or the field size is not a multiple of the type's size (COROS writes such fields).
    /// </summary>
    public static FitBaseType Resolve(byte baseTypeByte, int fieldSizeBytes)
    {
        var number = baseTypeByte & 0x1F;
        if (number > (int)FitBaseType.UInt64Z)
        {
            return FitBaseType.Byte;
        }

        var type = (FitBaseType)number;
        var size = SizeBytes(type);
        return fieldSizeBytes % size == 0 ? type : FitBaseType.Byte;
    }

    /// <summary>Size of one value in bytes (1, 2, 4 or 8).</summary>
    public static int SizeBytes(FitBaseType type) => type switch
    {
        FitBaseType.SInt16 or FitBaseType.UInt16 or FitBaseType.UInt16Z => 2,
        FitBaseType.SInt32 or FitBaseType.UInt32 or FitBaseType.UInt32Z or FitBaseType.Float32 => 4,
        FitBaseType.Float64 or FitBaseType.SInt64 or FitBaseType.UInt64 or FitBaseType.UInt64Z => 8,
        _ => 1,
    };

    /// <summary>The protocol's name of the type, e.g. "uint16z".</summary>
    public static string Name(FitBaseType type) => type switch
    {
        FitBaseType.Enum => "enum",
        FitBaseType.SInt8 => "sint8",
        FitBaseType.UInt8 => "uint8",
        FitBaseType.SInt16 => "sint16",
        FitBaseType.UInt16 => "uint16",
        FitBaseType.SInt32 => "sint32",
        FitBaseType.UInt32 => "uint32",
        FitBaseType.String => "string",
        FitBaseType.Float32 => "float32",
        FitBaseType.Float64 => "float64",
        FitBaseType.UInt8Z => "uint8z",
        FitBaseType.UInt16Z => "uint16z",
        FitBaseType.UInt32Z => "uint32z",
        FitBaseType.SInt64 => "sint64",
        FitBaseType.UInt64 => "uint64",
        FitBaseType.UInt64Z => "uint64z",
        _ => "byte",
    };

    /// <summary>
    /// Reads the value at the start of <paramref name="bytes"/> (which holds at least one value of the
    /// type) as a double. False when it is the type's invalid value; strings and bytes read their first byte.
    /// A float that is NaN but not the all-ones invalid pattern is returned as NaN with true, as the SDK counts it.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian, out double value)
    {
        switch (type)
        {
            case FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte:
                value = bytes[0];
                return bytes[0] != 0xFF;
            case FitBaseType.UInt8Z or FitBaseType.String:
                value = bytes[0];
                return bytes[0] != 0;
            case FitBaseType.SInt8:
                value = (sbyte)bytes[0];
                return bytes[0] != 0x7F;
            case FitBaseType.UInt16 or FitBaseType.UInt16Z:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
                    value = v;
                    return type == FitBaseType.UInt16 ? v != 0xFFFF : v != 0;
                }

            case FitBaseType.SInt16:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadInt16LittleEndian(bytes);
                    value = v;
                    return v != short.MaxValue;
                }

            case FitBaseType.UInt32 or FitBaseType.UInt32Z:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
                    value = v;
                    return type == FitBaseType.UInt32 ? v != uint.MaxValue : v != 0;
                }

            case FitBaseType.SInt32:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);
                    value = v;
                    return v != int.MaxValue;
                }

            case FitBaseType.Float32:
                {
                    var bits = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
                    value = BitConverter.UInt32BitsToSingle(bits);
                    return bits != uint.MaxValue;
                }

            case FitBaseType.Float64:
                {
                    var bits = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                    value = BitConverter.UInt64BitsToDouble(bits);
                    return bits != ulong.MaxValue;
                }

            case FitBaseType.SInt64:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes);
                    value = v;
                    return v != long.MaxValue;
                }

            default:
                {
                    var v = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                    value = v;
                    return type == FitBaseType.UInt64 ? v != ulong.MaxValue : v != 0;
                }
        }
    }
}
