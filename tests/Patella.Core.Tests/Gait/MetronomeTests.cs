using Patella.Core.Gait;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Gait;

public sealed class MetronomeTests
{
    [Theory]
    [InlineData(172, 172, 0.348837)]
    [InlineData(171.5, 172, 0.348837)]
    [InlineData(171.49, 171, 0.350877)]
    [InlineData(180, 180, 0.333333)]
    public void For_BeatsOncePerStep(double spm, int bpm, double intervalSeconds)
    {
        var metronome = Metronome.For(Cadence.FromStepsPerMinute(spm));

        Assert.Equal(bpm, metronome.BeatsPerMinute);
        Assert.Equal(intervalSeconds, metronome.BeatInterval.TotalSeconds, 5);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(241)]
    [InlineData(0)]
    public void FromBeatsPerMinute_OutOfRange_Throws(int bpm) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Metronome.FromBeatsPerMinute(bpm));
}
