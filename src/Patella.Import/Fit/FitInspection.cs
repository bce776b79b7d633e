namespace Patella.Import.Fit;

/// <summary>
/// What the decoder saw in a FIT input (the CLI's <c>patella fit inspect</c>): a plain tree to
/// print as tables or serialise as JSON. Property names carry units where values have them.
/// </summary>
/// <param name="SizeBytes">Length of the input.</param>
/// <param name="Files">Each FIT file of the chain, in order.</param>
/// <param name="Errors">Every problem found, in order; the last one stopped decoding when it is fatal.</param>
public sealed record FitInspection(long SizeBytes, IReadOnlyList<FitInspectedFile> Files, IReadOnlyList<FitInspectionError> Errors)
{
    /// <summary>Messages with that profile name ("record") over all files.</summary>
    public int CountMessages(string name) => Files.Sum(f => f.Messages.Where(m => m.Name == name).Sum(m => m.Count));
}

/// <summary>One FIT file of a chain.</summary>
/// <param name="Index">0 for the first file.</param>
/// <param name="OffsetBytes">Where its header starts.</param>
/// <param name="HeaderSizeBytes">12, 14 or more.</param>
/// <param name="ProtocolVersion">"1.0", "2.0".</param>
/// <param name="ProfileVersion">"21.35".</param>
/// <param name="DataSizeBytes">As the header declares it (0 = unfinished file).</param>
/// <param name="HeaderCrc">"ok", "mismatch", "not_computed" (stored 0) or "not_present" (12-byte header).</param>
/// <param name="FileCrc">The file CRC check.</param>
/// <param name="Messages">Data messages by global number, ascending.</param>
/// <param name="DeveloperDataIds">developer_data_id messages.</param>
/// <param name="DeveloperFields">field_description messages, with how many values each got.</param>
/// <param name="DeveloperFieldValueCount">Described developer field values over all messages.</param>
/// <param name="RecordsWithDeveloperFields">Record messages carrying at least one described developer field.</param>
public sealed record FitInspectedFile(
    int Index,
    int OffsetBytes,
    int HeaderSizeBytes,
    string ProtocolVersion,
    string ProfileVersion,
    long DataSizeBytes,
    string HeaderCrc,
    FitCrcReport FileCrc,
    IReadOnlyList<FitMessageCount> Messages,
    IReadOnlyList<FitDeveloperDataIdInfo> DeveloperDataIds,
    IReadOnlyList<FitDeveloperFieldInfo> DeveloperFields,
    int DeveloperFieldValueCount,
    int RecordsWithDeveloperFields);

/// <summary>A file CRC check.</summary>
/// <param name="Status">"ok", "mismatch" or "not_present" (the input ends before it).</param>
/// <param name="OffsetBytes">Where the CRC is (or would be).</param>
/// <param name="Stored">Stored value, "0x1234"; null when not present.</param>
/// <param name="Computed">Computed value; null when not present.</param>
public sealed record FitCrcReport(string Status, int OffsetBytes, string? Stored, string? Computed);

/// <summary>How many messages of one global number a file holds, and which fields they carried.</summary>
public sealed record FitMessageCount(int GlobalNumber, string Name, int Count, IReadOnlyList<FitFieldCount> Fields);

/// <summary>A field as definitions declared it, and in how many messages it appeared.</summary>
/// <param name="Number">Field definition number.</param>
/// <param name="BaseType">Resolved base type name ("uint16", "byte" when the size did not fit).</param>
/// <param name="SizeBytes">Declared size (the largest seen when definitions differ).</param>
/// <param name="Count">Messages that carried it.</param>
public sealed record FitFieldCount(int Number, string BaseType, int SizeBytes, int Count);

/// <summary>A developer_data_id message (207).</summary>
public sealed record FitDeveloperDataIdInfo(int? DeveloperDataIndex, string? ApplicationId, int? ManufacturerId, long? ApplicationVersion);

/// <summary>A field_description message (206) and the values that used it.</summary>
public sealed record FitDeveloperFieldInfo(
    int DeveloperDataIndex,
    int FieldNumber,
    string? Name,
    string? Units,
    string BaseType,
    double Scale,
    double Offset,
    int ValueCount);

/// <summary>A decoder error with its place.</summary>
/// <param name="FileIndex">The chained file it was in; null before any header was read.</param>
/// <param name="Kind">"Integrity" or "Format".</param>
/// <param name="Reason">What was wrong.</param>
/// <param name="Detail">More (sizes, CRC values), or null.</param>
/// <param name="OffsetBytes">Byte offset in the input.</param>
/// <param name="Fatal">True when decoding stopped there.</param>
public sealed record FitInspectionError(int? FileIndex, string Kind, string Reason, string? Detail, long OffsetBytes, bool Fatal);
