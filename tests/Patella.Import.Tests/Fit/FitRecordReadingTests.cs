using Patella.Import.Fit;
using static Patella.Import.Tests.Fit.FitBytes;

namespace Patella.Import.Tests.Fit;

/// <summary>
/// Record messages are read by offsets found once per definition, with the profile's types inline and
/// anything else through the general reader: both must give what the profile says, whatever the layout.
/// </summary>
public class FitRecordReadingTests
{
    private const uint T0 = 1_000_000_030;
    private const byte SInt8 = 0x01;
    private const byte UInt8 = 0x02;
    private const byte UInt8Z = 0x0A;
    private const byte UInt16 = 0x84;
    private const byte SInt32 = 0x85;
    private const byte UInt32 = 0x86;
    private const byte Float32 = 0x88;
    private const byte Enum = 0x00;

    private static FitBytes FileId() => new FitBytes().Define(0, 0, false, (0, 1, Enum)).Data(0, 4);

    private static FitRecord OneRecord(FitBytes file) => Assert.Single(FitActivityReader.ReadDetailed(file.Build()).Records);

    [Theory]
    [InlineData(UInt8, new byte[] { 150 }, 150.0)] // the profile's type
    [InlineData(UInt8, new byte[] { 0xFF }, double.NaN)] // its invalid value
    [InlineData(UInt8Z, new byte[] { 0xFF }, 255.0)] // uint8z: 0xFF is a value, 0 is invalid
    [InlineData(UInt8Z, new byte[] { 0 }, double.NaN)]
    [InlineData(SInt8, new byte[] { 0x7F }, double.NaN)]
    [InlineData(UInt16, new byte[] { 151, 0 }, 151.0)] // a wider type than the profile's
    [InlineData(UInt8, new byte[] { 152, 7 }, 152.0)] // an array: its first element
    public void HeartRate_OfAnyDeclaredType_IsItsFirstValidValue(byte baseType, byte[] value, double expected)
    {
        var record = OneRecord(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (3, (byte)value.Length, baseType))
            .Data(1, Concat(U32(T0), value)));

        Assert.Equal(expected, record.HeartRateBpm);
    }

    [Fact]
    public void BigEndianRecord_ReadsEveryFieldInThatOrder()
    {
        var record = OneRecord(FileId()
            .Define(1, 20, true, (253, 4, UInt32), (0, 4, SInt32), (2, 2, UInt16), (5, 4, UInt32), (39, 2, UInt16))
            .Data(1, Concat(U32BigEndian(T0), U32BigEndian(0x20000000), [0x0B, 0xB8], U32BigEndian(123_456), [0x03, 0x5C])));

        Assert.Equal((45.0, 100.0, 1234.56, 86.0), (record.Latitude, record.AltitudeMetres, record.DistanceMetres, record.VerticalOscillationMillimetres));
    }

    [Fact]
    public void Float32Altitude_IsScaledLikeAnyOtherType()
    {
        var record = OneRecord(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (78, 4, Float32))
            .Data(1, Concat(U32(T0), BitConverter.GetBytes(3000f))));

        Assert.Equal(100.0, record.AltitudeMetres); // 3000 / 5 − 500
    }

    [Fact]
    public void EnhancedFieldsInvalid_FallBackToTheShortOnes()
    {
        var record = OneRecord(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (78, 4, UInt32), (2, 2, UInt16), (73, 4, UInt32), (6, 2, UInt16))
            .Data(1, Concat(U32(T0), U32(uint.MaxValue), [0xB8, 0x0B], U32(uint.MaxValue), [0xAC, 0x0D])));

        Assert.Equal((100.0, 3.5), (record.AltitudeMetres, record.SpeedMetresPerSecond));
    }

    [Fact]
    public void LocalTypeRedefined_ReadsEachRecordWithItsOwnLayout()
    {
        var records = FitActivityReader.ReadDetailed(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (3, 1, UInt8), (4, 1, UInt8))
            .Data(1, Concat(U32(T0), [140, 80]))
            .Define(1, 21, false, (253, 4, UInt32), (0, 1, Enum), (1, 1, Enum)) // event on the same local type
            .Data(1, Concat(U32(T0 + 1), [3, 3]))
            .Define(1, 20, false, (4, 1, UInt8), (53, 1, UInt8), (253, 4, UInt32), (3, 1, UInt8))
            .Data(1, Concat([81, 64], U32(T0 + 2), [141]))
            .Build()).Records;

        Assert.Equal([(140.0, 80.0), (141.0, 81.5)], records.Select(r => (r.HeartRateBpm, r.Cadence)));
    }

    [Fact]
    public void RepeatedFieldNumber_KeepsTheFirst()
    {
        var record = OneRecord(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (3, 1, UInt8), (3, 1, UInt8))
            .Data(1, Concat(U32(T0), [130, 190])));

        Assert.Equal(130.0, record.HeartRateBpm);
    }

    [Fact]
    public void ZeroSizeField_IsAbsent()
    {
        var record = OneRecord(FileId()
            .Define(1, 20, false, (253, 4, UInt32), (3, 0, UInt8), (4, 1, UInt8))
            .Data(1, Concat(U32(T0), [85])));

        Assert.Equal((double.NaN, 85.0), (record.HeartRateBpm, record.Cadence));
    }

    [Fact]
    public void ManyTinyRecords_OutgrowTheFirstBufferInOrder()
    {
        // Two bytes a record (header + heart rate): far more records than the input size / 32 the buffers start with.
        const int count = 5000;
        var file = FileId().Define(1, 20, false, (3, 1, UInt8));
        for (var i = 0; i < count; i++)
        {
            file.Data(1, (byte)(i % 250));
        }

        var bytes = file.Build();
        var fit = FitActivityReader.ReadDetailed(bytes);

        Assert.Equal(Enumerable.Range(0, count).Select(i => (double)(i % 250)), fit.Records.Select(r => r.HeartRateBpm));
        Assert.Equal(fit.Records.Select(r => r.HeartRateBpm), FitActivityReader.Read(bytes).Points.Select(p => p.HeartRateBpm));
    }

    [Theory]
    [InlineData("sloatsburg.fit")]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("compressed-speed-distance.fit")]
    [InlineData("nick.fit")] // truncated
    public void Read_GivesTheSamePointsAsReadDetailed(string name)
    {
        var bytes = FitCorpus.Bytes(name);

        var points = FitActivityReader.Read(bytes).Points;
        var detailed = FitActivityReader.ReadDetailed(bytes);

        Assert.Equal(detailed.Activity.Points, points);
        Assert.Equal(detailed.Records.Select(r => (r.TimeUtc, r.Latitude, r.HeartRateBpm, r.Cadence)), points.Select(p => (p.TimeUtc, p.Latitude, p.HeartRateBpm, p.Cadence)));
    }
}
