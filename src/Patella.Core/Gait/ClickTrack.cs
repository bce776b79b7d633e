using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Patella.Core.Gait;

/// <summary>
/// A metronome click track as a WAV file a runner plays from a phone: RIFF/WAVE, PCM, 16-bit signed little-endian,
/// mono. Beat <c>k</c> starts at sample <c>round(k × sampleRate × 60 / BPM)</c>, so clicks never drift however long
/// the track; each is a short sine burst with an exponential decay, silence in between.
/// </summary>
public static class ClickTrack
{
    /// <summary>Default sample rate, Hz: half of CD rate, plenty for a click and half the file size.</summary>
    public const int DefaultSampleRate = 22_050;

    /// <summary>Longest track, so the RIFF sizes (32-bit) and the file stay small: 3 hours.</summary>
    public static TimeSpan MaxDuration { get; } = TimeSpan.FromHours(3);

    /// <summary>Length of one click, seconds.</summary>
    public const double ClickSeconds = 0.030;

    /// <summary>Tone of a normal click and of an accented one, Hz.</summary>
    public const double ClickHertz = 1_000;

    /// <inheritdoc cref="ClickHertz"/>
    public const double AccentHertz = 1_600;

    // Decay time constant: the click falls to about 1/e in 6 ms and to silence by its end (30 ms).
    private const double DecaySeconds = 0.006;
    private const double ClickAmplitude = 0.6;
    private const double AccentAmplitude = 0.9;
    private const int HeaderBytes = 44;

    /// <summary>Bytes of a WAV written for this duration and rate: the 44-byte header and 2 bytes a sample.</summary>
    public static long SizeInBytes(TimeSpan duration, int sampleRate) => HeaderBytes + (2L * SampleCount(duration, sampleRate));

    /// <summary>Writes the track to <paramref name="output"/> (from its current position; not closed).</summary>
    /// <param name="beatsPerMinute">Clicks per minute, <see cref="Metronome.MinBeatsPerMinute"/>-<see cref="Metronome.MaxBeatsPerMinute"/>.</param>
    /// <param name="duration">Length of the track, more than zero and at most <see cref="MaxDuration"/>; rounded to whole samples.</param>
    /// <param name="sampleRate">Samples per second, 8,000-96,000 Hz.</param>
    /// <param name="accentEvery">Accent every n-th beat, from the first (2: one per stride); 0 for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">Any argument out of its range.</exception>
    public static void WriteWav(Stream output, int beatsPerMinute, TimeSpan duration, int sampleRate = DefaultSampleRate, int accentEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        _ = Metronome.FromBeatsPerMinute(beatsPerMinute);
        if (duration <= TimeSpan.Zero || duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A click track lasts more than zero and at most 3 hours.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sampleRate, 96_000);
        ArgumentOutOfRangeException.ThrowIfNegative(accentEvery);

        var samples = SampleCount(duration, sampleRate);
        output.Write(Header(samples, sampleRate));

        var click = Burst(ClickHertz, ClickAmplitude, sampleRate);
        var accent = Burst(AccentHertz, AccentAmplitude, sampleRate);
        var samplesPerBeat = sampleRate * 60.0 / beatsPerMinute;
        const int chunkSamples = 32_768;
        var chunk = new short[chunkSamples];
        var bytes = new byte[chunkSamples * 2];
        for (long first = 0; first < samples; first += chunkSamples)
        {
            var length = (int)Math.Min(chunkSamples, samples - first);
            Array.Clear(chunk);

            // Every beat whose click overlaps this chunk: it may have started in the chunk before.
            var beat = (long)Math.Max(0, Math.Floor((first - click.Length) / samplesPerBeat));
            for (; ; beat++)
            {
                var onset = (long)Math.Round(beat * samplesPerBeat);
                if (onset >= first + length)
                {
                    break;
                }

                var burst = accentEvery > 0 && beat % accentEvery == 0 ? accent : click;
                for (var i = 0; i < burst.Length; i++)
                {
                    var at = onset + i - first;
                    if (at >= 0 && at < length)
                    {
                        chunk[at] = burst[i];
                    }
                }
            }

            if (BitConverter.IsLittleEndian)
            {
                output.Write(MemoryMarshal.AsBytes(chunk.AsSpan(0, length)));
            }
            else
            {
                for (var i = 0; i < length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), chunk[i]);
                }

                output.Write(bytes, 0, 2 * length);
            }
        }
    }

    private static long SampleCount(TimeSpan duration, int sampleRate) => (long)Math.Round(duration.TotalSeconds * sampleRate);

    private static byte[] Header(long samples, int sampleRate)
    {
        var dataBytes = (uint)(2 * samples);
        var header = new byte[HeaderBytes];
        var h = header.AsSpan();
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h[4..], 36 + dataBytes);
        "WAVE"u8.CopyTo(h[8..]);
        "fmt "u8.CopyTo(h[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], 16);                    // fmt chunk size for PCM
        BinaryPrimitives.WriteUInt16LittleEndian(h[20..], 1);                     // format: PCM
        BinaryPrimitives.WriteUInt16LittleEndian(h[22..], 1);                     // channels: mono
        BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[28..], (uint)sampleRate * 2);  // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 2);                     // block align
        BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 16);                    // bits per sample
        "data"u8.CopyTo(h[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(h[40..], dataBytes);
        return header;
    }

    private static short[] Burst(double hertz, double amplitude, int sampleRate)
    {
        var burst = new short[(int)Math.Round(ClickSeconds * sampleRate)];
        var tail = Math.Exp(-(double)burst.Length / sampleRate / DecaySeconds);
        for (var i = 0; i < burst.Length; i++)
        {
            var t = (double)i / sampleRate;

            // Cosine phase: the click starts at full height, so its onset is sharp (and easy to hear on the beat). The decay
            // is shifted to reach exactly zero at the click's end, so the tail does not stop with a tick of its own.
            var envelope = (Math.Exp(-t / DecaySeconds) - tail) / (1 - tail);
            var value = amplitude * envelope * Math.Cos(2 * Math.PI * hertz * t);
            burst[i] = (short)Math.Round(value * short.MaxValue);
        }

        return burst;
    }
}
