namespace Patella.Import.Fit;

/// <summary>One field of a definition message: where its bytes sit in each data message.</summary>
/// <param name="Number">Field definition number (profile field number, 253 = timestamp).</param>
/// <param name="SizeBytes">Bytes in the data message (a multiple of the base type size makes an array).</param>
/// <param name="BaseType">Resolved base type (bytes when the size does not fit the declared type).</param>
/// <param name="OffsetBytes">Offset of the field in the data message payload (after the record header).</param>
public readonly record struct FitFieldDefinition(byte Number, byte SizeBytes, FitBaseType BaseType, int OffsetBytes);

/// <summary>One developer field of a definition message.</summary>
/// <param name="Number">Developer field number (matches field_description.field_definition_number).</param>
/// <param name="SizeBytes">Bytes in the data message.</param>
/// <param name="DeveloperDataIndex">Which developer_data_id it belongs to.</param>
/// <param name="OffsetBytes">Offset in the data message payload.</param>
public readonly record struct FitDeveloperFieldDefinition(byte Number, byte SizeBytes, byte DeveloperDataIndex, int OffsetBytes);

/// <summary>
/// The layout a local message type is bound to. One instance per local type (0-15) is reused for
/// every redefinition, so decoding allocates nothing per definition and memory stays fixed.
/// </summary>
public sealed class FitMessageDefinition
{
    // Field arrays start at a size most definitions fit and grow to a definition's count (at most 255),
    // so a small file does not pay for 255 fields per local type.
    private const int InitialFields = 32;
    private FitFieldDefinition[] _fields = new FitFieldDefinition[InitialFields];
    private FitDeveloperFieldDefinition[] _developerFields = [];

    // Field number → index + 1 (0 = absent): a lookup per field read must not search.
    private readonly byte[] _indexByNumber = new byte[256];

    internal FitMessageDefinition(int localType) => LocalType = localType;

    /// <summary>Local message type (0-15) this layout is bound to.</summary>
    public int LocalType { get; }

    /// <summary>Global message number (profile: 0 file_id, 18 session, 20 record…).</summary>
    public ushort GlobalNumber { get; private set; }

    /// <summary>Multi-byte values are big-endian (architecture byte 1).</summary>
    public bool IsBigEndian { get; private set; }

    /// <summary>Number of ordinary fields, 0-255.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Number of developer fields, 0-255.</summary>
    public int DeveloperFieldCount { get; private set; }

    /// <summary>Bytes of a data message's payload (all fields, header byte excluded); at most 130,050.</summary>
    public int SizeBytes { get; private set; }

    /// <summary>Offset of the uint32 timestamp (field 253) in the payload, or -1.</summary>
    public int TimestampOffset { get; private set; } = -1;

    /// <summary>The i-th field (0 ≤ i &lt; <see cref="FieldCount"/>).</summary>
    public FitFieldDefinition Field(int index) => _fields[index];

    /// <summary>The i-th developer field (0 ≤ i &lt; <see cref="DeveloperFieldCount"/>).</summary>
    public FitDeveloperFieldDefinition DeveloperField(int index) => _developerFields[index];

    /// <summary>Index of the field with that number, or -1 when the message does not carry it.</summary>
    public int IndexOf(byte fieldNumber) => _indexByNumber[fieldNumber] - 1;

    internal void Reset(ushort globalNumber, bool bigEndian, int fieldCount, int developerFieldCount)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            _indexByNumber[_fields[i].Number] = 0;
        }

        if (_fields.Length < fieldCount)
        {
            _fields = new FitFieldDefinition[fieldCount];
        }

        if (_developerFields.Length < developerFieldCount)
        {
            _developerFields = new FitDeveloperFieldDefinition[developerFieldCount];
        }

        GlobalNumber = globalNumber;
        IsBigEndian = bigEndian;
        FieldCount = 0;
        DeveloperFieldCount = 0;
        SizeBytes = 0;
        TimestampOffset = -1;
    }

    internal void AddField(byte number, byte sizeBytes, byte baseTypeByte)
    {
        var type = FitBaseTypes.Resolve(baseTypeByte, sizeBytes);
        _fields[FieldCount] = new FitFieldDefinition(number, sizeBytes, type, SizeBytes);

        // A repeated field number keeps its first occurrence, as a reader finds it first.
        if (_indexByNumber[number] == 0)
        {
            _indexByNumber[number] = (byte)(FieldCount + 1);
            if (number == FitMessages.TimestampField && sizeBytes == 4 && type is FitBaseType.UInt32 or FitBaseType.UInt32Z)
            {
                TimestampOffset = SizeBytes;
            }
        }

        FieldCount++;
        SizeBytes += sizeBytes;
    }

    internal void AddDeveloperField(byte number, byte sizeBytes, byte developerDataIndex)
    {
        _developerFields[DeveloperFieldCount++] = new FitDeveloperFieldDefinition(number, sizeBytes, developerDataIndex, SizeBytes);
        SizeBytes += sizeBytes;
    }
}
