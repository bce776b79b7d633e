using Patella.Import.Fit;

namespace Patella.Import.Tests.Fit;

public class FitCrcTests
{
    /// <summary>The protocol's own nibble-table algorithm (research-notes §5.1), as the reference.</summary>
    private static ushort NibbleCrc(ReadOnlySpan<byte> bytes)
    {
        ushort[] table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];
        ushort crc = 0;
        foreach (var b in bytes)
        {
            var tmp = table[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ table[b & 0xF]);
            tmp = table[crc & 0xF];
            crc = (ushort)((crc >> 4) & 0x0FFF);
            crc = (ushort)(crc ^ tmp ^ table[(b >> 4) & 0xF]);
        }

        return crc;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(127)] // below the folding threshold
    [InlineData(128)]
    [InlineData(143)] // folding with a table-computed tail
    [InlineData(191)]
    [InlineData(1000)]
    [InlineData(65_536 + 13)]
    public void Compute_EqualsTheProtocolNibbleAlgorithm(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        Assert.Equal(NibbleCrc(bytes), FitCrc.Compute(bytes));
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(1000, 130)]
    [InlineData(5000, 2500)]
    [InlineData(300, 299)]
    public void Compute_ContinuedFromAPrefix_EqualsTheWhole(int length, int split)
    {
        var bytes = new byte[length];
        new Random(split).NextBytes(bytes);

        var prefix = FitCrc.Compute(bytes.AsSpan(0, split));

        Assert.Equal(NibbleCrc(bytes), FitCrc.Compute(bytes.AsSpan(split), prefix));
    }

    [Fact]
    public void Compute_OverFileWithItsCrc_IsZero()
    {
        var bytes = FitCorpus.Bytes("python-fitparse_Activity.fit");

        Assert.Equal(0, FitCrc.Compute(bytes));
        Assert.Equal(NibbleCrc(bytes.AsSpan(0, bytes.Length - 2)), FitCrc.Compute(bytes.AsSpan(0, bytes.Length - 2)));
    }
}
