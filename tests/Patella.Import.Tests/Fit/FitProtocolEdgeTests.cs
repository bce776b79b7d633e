using Patella.Core.Activities;
using Patella.Import.Fit;
using static Patella.Import.Tests.Fit.FitBytes;

namespace Patella.Import.Tests.Fit;

/// <summary>Protocol edges on hand-made files (research-notes §5.1).</summary>
public class FitProtocolEdgeTests
{
    private const uint T0 = 1_000_000_030; // 2021-09-09; T0 & 0x1F = 30
    private const byte UInt8 = 0x02;
    private const byte UInt16 = 0x84;
    private const byte UInt32 = 0x86;
    private const byte Enum = 0x00;

    private static FitBytes ActivityStart() =>
        new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4)
            .Define(1, 20, false, (253, 4, UInt32), (3, 1, UInt8));

    [Fact]
    public void BigEndianDefinition_ReadsValuesInThatOrder()
    {
        var bytes = new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4)
            .Define(2, 20, true, (253, 4, UInt32), (6, 2, UInt16))
            .Data(2, Concat(U32BigEndian(T0), [0x0D, 0xAC])) // speed 3500 → 3.5 m/s
            .Build();

        var record = Assert.Single(FitActivityReader.ReadDetailed(bytes).Records);

        Assert.Equal(T0, record.Timestamp);
        Assert.Equal(3.5, record.SpeedMetresPerSecond);
    }

    [Fact]
    public void CompressedTimestamp_AddsOffsetDifferenceAndRollsOver()
    {
        var bytes = ActivityStart()
            .Data(1, Concat(U32(T0), [100]))
            .Define(0, 20, false, (3, 1, UInt8))
            .Compressed(0, 2, 101)  // (2 - 30) & 31 = 4 → T0 + 4
            .Compressed(0, 1, 102)  // (1 - 2) & 31 = 31 → T0 + 35
            .Compressed(0, 1, 103)  // same offset → same second
            .Build();

        var records = FitActivityReader.ReadDetailed(bytes).Records;

        Assert.Equal([T0, T0 + 4, T0 + 35, T0 + 35], records.Select(r => r.Timestamp!.Value));
        Assert.Equal([100.0, 101, 102, 103], records.Select(r => r.HeartRateBpm));
    }

    [Theory]
    [InlineData(14, true, "ok")]
    [InlineData(14, false, "not_computed")]
    [InlineData(12, false, "not_present")]
    public void Header_SizeAndCrcStatus(int headerSize, bool headerCrc, string status)
    {
        var bytes = ActivityStart().Data(1, Concat(U32(T0), [120])).Build(headerSize, headerCrc);

        var inspection = FitInspector.Inspect(bytes);
        var activity = FitActivityReader.Read(bytes);

        var file = Assert.Single(inspection.Files);
        Assert.Equal(headerSize, file.HeaderSizeBytes);
        Assert.Equal(status, file.HeaderCrc);
        Assert.Equal("ok", file.FileCrc.Status);
        Assert.Empty(inspection.Errors);
        Assert.Equal(120, Assert.Single(activity.Points).HeartRateBpm);
    }

    [Fact]
    public void HeaderCrcMismatch_IsReportedAndDecodingGoesOn()
    {
        var bytes = ActivityStart().Data(1, Concat(U32(T0), [120])).Build();
        bytes[12] ^= 0xFF;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 2), FitCrc.Compute(bytes.AsSpan(0, bytes.Length - 2)));

        var fit = FitActivityReader.ReadDetailed(bytes);

        var error = Assert.Single(fit.Errors);
        Assert.Equal("header CRC does not match", error.Reason);
        Assert.False(error.Fatal);
        Assert.Single(fit.Records);
    }

    [Fact]
    public void DeveloperFieldWithoutDescription_IsSkippedBySize()
    {
        var bytes = new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4)
            .DefineWithDeveloperFields(1, 20, [(253, 4, UInt32)], [(7, 2, 0)])
            .Define(2, 20, false, (3, 1, UInt8))
            .Data(1, Concat(U32(T0), [0x34, 0x12]))
            .Data(2, 150)
            .Build();

        var inspection = FitInspector.Inspect(bytes);
        var fit = FitActivityReader.ReadDetailed(bytes);

        Assert.Empty(inspection.Errors);
        Assert.Equal(0, inspection.Files[0].DeveloperFieldValueCount);
        Assert.Equal(2, fit.Records.Count);
        Assert.Equal(150, fit.Records[1].HeartRateBpm);
    }

    [Fact]
    public void DeveloperFieldWithDescription_IsScaledAndNamed()
    {
        var name = "Form Power\0"u8.ToArray();
        var bytes = new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4)
            .Define(3, 206, false, (0, 1, UInt8), (1, 1, UInt8), (2, 1, UInt8), (3, (byte)name.Length, 0x07), (6, 1, UInt8))
            .Data(3, Concat([0, 7, UInt16], name, [10]))
            .DefineWithDeveloperFields(1, 20, [(253, 4, UInt32)], [(7, 2, 0)])
            .Data(1, Concat(U32(T0), [0x34, 0x12]))
            .Build();

        var inspection = FitInspector.Inspect(bytes);

        var field = Assert.Single(inspection.Files[0].DeveloperFields);
        Assert.Equal(("Form Power", "uint16", 10.0, 1), (field.Name, field.BaseType, field.Scale, field.ValueCount));
        Assert.Equal(1, inspection.Files[0].RecordsWithDeveloperFields);
        Assert.Equal(0x1234 / 10.0, DeveloperValue(bytes));
    }

    [Fact]
    public void Definition255Fields255Bytes_WithoutItsData_IsTruncation()
    {
        var fields = Enumerable.Range(0, 255).Select(i => ((byte)i, (byte)255, (byte)0x0D)).ToArray();
        var builder = ActivityStart().Data(1, Concat(U32(T0), [120])).Define(2, 20, false, fields).Data(2, 1, 2, 3);
        var bytes = builder.Build();

        var fit = FitActivityReader.ReadDetailed(bytes);
        var inspection = FitInspector.Inspect(bytes);

        Assert.Single(fit.Records);
        var error = Assert.Single(inspection.Errors);
        Assert.True(error.Fatal);
        Assert.Contains("needs 65026 bytes", error.Detail, StringComparison.Ordinal);
        Assert.Contains(fit.Activity.Warnings, w => w.Contains("records kept", StringComparison.Ordinal));
    }

    [Fact]
    public void UndefinedLocalType_ThrowsFormatNamingTheByte()
    {
        var bytes = new FitBytes().Data(5, 1, 2, 3).Build();

        var error = Assert.Throws<ActivityFileException>(() => FitActivityReader.Read(bytes));

        Assert.Equal(ActivityFileErrorKind.Format, error.Kind);
        Assert.Equal("byte 14", error.Location);
        Assert.Contains("undefined local message type 5", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchitectureOtherThanZeroOrOne_IsFormatError()
    {
        var bytes = new FitBytes().Raw(0x40, 0, 2, 20, 0, 0).Build();

        var error = Assert.Throws<ActivityFileException>(() => FitActivityReader.Read(bytes));

        Assert.Equal(ActivityFileErrorKind.Format, error.Kind);
        Assert.Equal("byte 16", error.Location);
    }

    [Fact]
    public void FieldSizeNotMultipleOfType_IsReadAsBytes()
    {
        var bytes = new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4)
            .Define(1, 20, false, (253, 4, UInt32), (6, 3, UInt16), (3, 1, UInt8))
            .Data(1, Concat(U32(T0), [1, 2, 3], [99]))
            .Build();

        var inspection = FitInspector.Inspect(bytes);
        var record = Assert.Single(FitActivityReader.ReadDetailed(bytes).Records);

        Assert.Equal("byte", inspection.Files[0].Messages.Single(m => m.Name == "record").Fields.Single(f => f.Number == 6).BaseType);
        Assert.Equal(99, record.HeartRateBpm);
    }

    [Fact]
    public void ChainedFiles_AreAllRead()
    {
        var first = ActivityStart().Data(1, Concat(U32(T0), [120])).Build();
        var second = ActivityStart().Data(1, Concat(U32(T0 + 60), [130])).Build(12);

        var inspection = FitInspector.Inspect(Concat(first, second));
        var fit = FitActivityReader.ReadDetailed(Concat(first, second));

        Assert.Equal([0, first.Length], inspection.Files.Select(f => f.OffsetBytes));
        Assert.Equal([120.0, 130], fit.Records.Select(r => r.HeartRateBpm));
        Assert.Empty(fit.Errors);
    }

    [Fact]
    public void DataSizeZero_IsReadToTheEndWithAWarning()
    {
        var bytes = ActivityStart().Data(1, Concat(U32(T0), [120])).Build()[..^2];
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0;
        bytes[12] = bytes[13] = 0;

        var activity = FitActivityReader.Read(bytes);

        Assert.Single(activity.Points);
        Assert.Contains(activity.Warnings, w => w.StartsWith("data size is 0", StringComparison.Ordinal));
    }

    [Fact]
    public void TimerStopAndStart_MakeAPauseAndANewSegment()
    {
        var bytes = ActivityStart()
            .Define(2, 21, false, (253, 4, UInt32), (0, 1, Enum), (1, 1, Enum))
            .Data(2, Concat(U32(T0), [0, 0]))
            .Data(1, Concat(U32(T0 + 1), [120]))
            .Data(2, Concat(U32(T0 + 10), [0, 4]))
            .Data(2, Concat(U32(T0 + 25), [0, 0]))
            .Data(1, Concat(U32(T0 + 26), [125]))
            .Build();

        var activity = FitActivityReader.Read(bytes);

        var pause = Assert.Single(activity.Pauses);
        Assert.Equal(TimeSpan.FromSeconds(15), pause.Duration);
        Assert.Equal([0, 1], activity.Points.Select(p => p.Segment));
    }

    [Theory]
    [InlineData(7200 + 100, 120)]
    [InlineData(-(5 * 3600) - 1790, -330)]
    [InlineData(19800 + 400, 330)]
    public void LocalTimestamp_GivesOffsetRoundedToQuarterHours(int localMinusUtcSeconds, int offsetMinutes)
    {
        var bytes = ActivityStart().Data(1, Concat(U32(T0), [120]))
            .Define(3, 34, false, (253, 4, UInt32), (5, 4, UInt32))
            .Data(3, Concat(U32(T0 + 100), U32((uint)(T0 + 100 + localMinusUtcSeconds))))
            .Build();

        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), FitActivityReader.Read(bytes).UtcOffset);
    }

    [Fact]
    public void RelativeTimestamps_KeepDurationsButNoStart()
    {
        var bytes = ActivityStart().Data(1, Concat(U32(5000), [120])).Data(1, Concat(U32(5060), [121])).Build();

        var activity = FitActivityReader.Read(bytes);

        Assert.Null(activity.StartUtc);
        Assert.Equal(TimeSpan.FromMinutes(1), activity.Points[1].TimeUtc - activity.Points[0].TimeUtc);
        Assert.Contains(activity.Warnings, w => w.Contains("no real date", StringComparison.Ordinal));
        Assert.Equal(Sport.Unknown, activity.Sport);
    }

    private static double DeveloperValue(byte[] bytes)
    {
        var visitor = new DeveloperValueVisitor();
        FitDecoder.Decode(bytes, visitor);
        return visitor.Value;
    }

    private sealed class DeveloperValueVisitor : IFitVisitor
    {
        public double Value { get; private set; } = double.NaN;

        public void FileStarted(in FitFileHeader header)
        {
        }

        public void DefinitionRead(FitMessageDefinition definition, int offsetBytes)
        {
        }

        public void MessageRead(in FitMessage message)
        {
            if (message.GlobalNumber == 20 && message.TryGetDeveloperValue(0, out var value))
            {
                Value = value;
            }
        }

        public void FileEnded(in FitFileEnd end)
        {
        }

        public void ErrorFound(in FitDecodeError error)
        {
        }
    }
}
