using System.Buffers.Binary;
using System.Text;

namespace Patella.Core.Tests.Gait;

/// <summary>A 16-bit PCM WAV read back the way a player would: its header fields and its samples.</summary>
internal sealed record WavFile(string Riff, uint RiffSize, string Wave, ushort Format, ushort Channels, uint SampleRate, uint ByteRate, ushort BlockAlign, ushort BitsPerSample, uint DataSize, short[] Samples)
{
    public static WavFile Parse(byte[] bytes)
    {
        var s = bytes.AsSpan();
        Assert.Equal("fmt ", Encoding.ASCII.GetString(s[12..16]));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(s[16..]));
        Assert.Equal("data", Encoding.ASCII.GetString(s[36..40]));
        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(s[40..]);
        var samples = new short[dataSize / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(s[(44 + (2 * i))..]);
        }

        return new WavFile(
            Encoding.ASCII.GetString(s[..4]),
            BinaryPrimitives.ReadUInt32LittleEndian(s[4..]),
            Encoding.ASCII.GetString(s[8..12]),
            BinaryPrimitives.ReadUInt16LittleEndian(s[20..]),
            BinaryPrimitives.ReadUInt16LittleEndian(s[22..]),
            BinaryPrimitives.ReadUInt32LittleEndian(s[24..]),
            BinaryPrimitives.ReadUInt32LittleEndian(s[28..]),
            BinaryPrimitives.ReadUInt16LittleEndian(s[32..]),
            BinaryPrimitives.ReadUInt16LittleEndian(s[34..]),
            dataSize,
            samples);
    }

    /// <summary>
    /// Sample indexes where a click starts: the first sample above a quarter of full scale after at least
    /// <paramref name="quietSamples"/> samples below it.
    /// </summary>
    public List<int> Onsets(int quietSamples)
    {
        const int threshold = short.MaxValue / 4;
        var onsets = new List<int>();
        var lastLoud = -quietSamples - 1;
        for (var i = 0; i < Samples.Length; i++)
        {
            if (Math.Abs((int)Samples[i]) > threshold)
            {
                if (i - lastLoud > quietSamples)
                {
                    onsets.Add(i);
                }

                lastLoud = i;
            }
        }

        return onsets;
    }

    /// <summary>Sum of |sample| over the <paramref name="length"/> samples from <paramref name="start"/>: a click's energy.</summary>
    public long Energy(int start, int length) =>
        Samples.Skip(start).Take(length).Sum(v => (long)Math.Abs((int)v));

    /// <summary>Largest |sample| in a stretch.</summary>
    public int Peak(int start, int length) => Samples.Skip(start).Take(length).Max(v => Math.Abs((int)v));
}
