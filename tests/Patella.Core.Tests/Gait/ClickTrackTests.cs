using Patella.Core.Gait;

namespace Patella.Core.Tests.Gait;

public sealed class ClickTrackTests
{
    private static WavFile Write(int bpm, double seconds, int sampleRate, int accentEvery = 0)
    {
        using var stream = new MemoryStream();
        ClickTrack.WriteWav(stream, bpm, TimeSpan.FromSeconds(seconds), sampleRate, accentEvery);
        Assert.Equal(ClickTrack.SizeInBytes(TimeSpan.FromSeconds(seconds), sampleRate), stream.Length);
        return WavFile.Parse(stream.ToArray());
    }

    [Theory]
    [InlineData(22_050, 10.0)]
    [InlineData(44_100, 2.5)]
    [InlineData(8_000, 61.0)]
    public void WriteWav_WritesA16BitPcmMonoHeader(int sampleRate, double seconds)
    {
        var wav = Write(172, seconds, sampleRate);

        Assert.Equal("RIFF", wav.Riff);
        Assert.Equal("WAVE", wav.Wave);
        Assert.Equal(1, wav.Format);
        Assert.Equal(1, wav.Channels);
        Assert.Equal((uint)sampleRate, wav.SampleRate);
        Assert.Equal((uint)sampleRate * 2, wav.ByteRate);
        Assert.Equal(2, wav.BlockAlign);
        Assert.Equal(16, wav.BitsPerSample);
        Assert.Equal((uint)Math.Round(seconds * sampleRate) * 2, wav.DataSize);
        Assert.Equal(36 + wav.DataSize, wav.RiffSize);
    }

    [Theory]
    [InlineData(160, 22_050)]
    [InlineData(172, 22_050)]
    [InlineData(183, 44_100)]
    [InlineData(60, 8_000)]
    [InlineData(240, 48_000)]
    public void WriteWav_ClicksFallEverySixtyOverBpmSeconds(int bpm, int sampleRate)
    {
        // 20 s spans several 32,768-sample chunks, so clicks that straddle a chunk edge are checked too.
        var wav = Write(bpm, 20, sampleRate);
        var samplesPerBeat = sampleRate * 60.0 / bpm;

        var onsets = wav.Onsets(quietSamples: (int)(samplesPerBeat / 2));

        Assert.Equal((int)Math.Ceiling(20 * sampleRate / samplesPerBeat), onsets.Count);
        for (var k = 0; k < onsets.Count; k++)
        {
            Assert.InRange(onsets[k], Math.Round(k * samplesPerBeat) - 1, Math.Round(k * samplesPerBeat) + 1);
        }

        // Every click is the same click, whole: none cut at a chunk edge (the last one may run past the end).
        var clickLength = (int)Math.Ceiling(ClickTrack.ClickSeconds * sampleRate);
        var first = wav.Energy(onsets[0], clickLength);
        Assert.All(onsets.SkipLast(1), o => Assert.InRange(wav.Energy(o, clickLength), first - 100, first + 100));

        // Between clicks, silence.
        Assert.Equal(0, wav.Peak(onsets[0] + clickLength, (int)samplesPerBeat - clickLength - 2));
    }

    [Fact]
    public void WriteWav_AccentEveryTwo_MarksEachStride()
    {
        var wav = Write(170, 5, 22_050, accentEvery: 2);
        var samplesPerBeat = 22_050 * 60.0 / 170;
        var onsets = wav.Onsets((int)(samplesPerBeat / 2));
        var clickLength = (int)Math.Ceiling(ClickTrack.ClickSeconds * 22_050);

        var peaks = onsets.Select(o => wav.Peak(o, clickLength)).ToList();

        Assert.All(peaks.Where((_, i) => i % 2 == 0), p => Assert.True(p > 0.85 * short.MaxValue));
        Assert.All(peaks.Where((_, i) => i % 2 == 1), p => Assert.InRange(p, 0.55 * short.MaxValue, 0.65 * short.MaxValue));
    }

    [Fact]
    public void WriteWav_TenMinutes_HasTheRightLength()
    {
        using var stream = new MemoryStream();

        ClickTrack.WriteWav(stream, 172, TimeSpan.FromMinutes(10));

        Assert.Equal(44 + (2L * 22_050 * 600), stream.Length);
    }

    [Theory]
    [InlineData(59, 10, 22_050, 0)]
    [InlineData(172, 0, 22_050, 0)]
    [InlineData(172, 3 * 3600 + 1, 22_050, 0)]
    [InlineData(172, 10, 7_999, 0)]
    [InlineData(172, 10, 96_001, 0)]
    [InlineData(172, 10, 22_050, -1)]
    public void WriteWav_ArgumentsOutOfRange_Throw(int bpm, double seconds, int sampleRate, int accentEvery)
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => ClickTrack.WriteWav(stream, bpm, TimeSpan.FromSeconds(seconds), sampleRate, accentEvery));
        Assert.Equal(0, stream.Length);
    }
}
