using System.Buffers.Binary;
using Patella.Import.Fit;

namespace Patella.Import.Tests.Fit;

/// <summary>Writes small FIT files byte by byte for protocol edge cases.</summary>
internal sealed class FitBytes
{
    private readonly List<byte> _data = [];

    /// <summary>A definition message: fields as (number, size, base type byte).</summary>
    public FitBytes Define(int localType, ushort globalNumber, bool bigEndian, params (byte Number, byte Size, byte BaseType)[] fields)
    {
        _data.Add((byte)(0x40 | localType));
        _data.Add(0);
        _data.Add(bigEndian ? (byte)1 : (byte)0);
        var global = new byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(global, globalNumber);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(global, globalNumber);
        }

        _data.AddRange(global);
        _data.Add((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            _data.AddRange([number, size, baseType]);
        }

        return this;
    }

    /// <summary>A definition with developer fields as (number, size, developer data index).</summary>
    public FitBytes DefineWithDeveloperFields(int localType, ushort globalNumber, (byte, byte, byte)[] fields, (byte Number, byte Size, byte Index)[] developerFields)
    {
        Define(localType, globalNumber, false, fields);
        _data[_data.Count - 6 - (3 * fields.Length)] |= 0x20;
        _data.Add((byte)developerFields.Length);
        foreach (var (number, size, index) in developerFields)
        {
            _data.AddRange([number, size, index]);
        }

        return this;
    }

    /// <summary>A data message with a normal header.</summary>
    public FitBytes Data(int localType, params byte[] payload)
    {
        _data.Add((byte)localType);
        _data.AddRange(payload);
        return this;
    }

    /// <summary>A data message with a compressed-timestamp header (local type 0-3, offset 0-31 s).</summary>
    public FitBytes Compressed(int localType, int timeOffset, params byte[] payload)
    {
        _data.Add((byte)(0x80 | (localType << 5) | timeOffset));
        _data.AddRange(payload);
        return this;
    }

    public FitBytes Raw(params byte[] bytes)
    {
        _data.AddRange(bytes);
        return this;
    }

    /// <summary>Header (12 or 14 bytes; header CRC computed, or 0) + data + file CRC.</summary>
    public byte[] Build(int headerSize = 14, bool headerCrc = true)
    {
        var file = new byte[headerSize + _data.Count + 2];
        file[0] = (byte)headerSize;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)_data.Count);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (headerSize >= 14 && headerCrc)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        }

        _data.CopyTo(file, headerSize);
        var end = headerSize + _data.Count;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(end), FitCrc.Compute(file.AsSpan(0, end)));
        return file;
    }

    public static byte[] U32(uint value) => BitConverter.GetBytes(value);

    public static byte[] U32BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
