using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// A metronome for a step rate: one beat per step (each foot strike lands on a click), so beats per minute equal steps
/// per minute. <c>default</c> is not a usable metronome (0 BPM); build one with <see cref="For"/> or <see cref="FromBeatsPerMinute"/>.
/// </summary>
public readonly record struct Metronome
{
    /// <summary>Slowest metronome Patella builds, BPM: below any running step rate, room for walking drills.</summary>
    public const int MinBeatsPerMinute = 60;

    /// <summary>Fastest metronome, BPM: above any step rate a runner sustains.</summary>
    public const int MaxBeatsPerMinute = 240;

    private Metronome(int beatsPerMinute) => BeatsPerMinute = beatsPerMinute;

    /// <summary>Beats (steps) per minute, whole.</summary>
    public int BeatsPerMinute { get; }

    /// <summary>Time from one click to the next: 60 s / BPM.</summary>
    public TimeSpan BeatInterval => TimeSpan.FromSeconds(60.0 / BeatsPerMinute);

    /// <summary>The metronome for a step rate, rounded to whole beats per minute (halves up).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinBeatsPerMinute"/>-<see cref="MaxBeatsPerMinute"/> once rounded.</exception>
    public static Metronome For(Cadence cadence) => FromBeatsPerMinute((int)CadenceTarget.Whole(cadence.StepsPerMinute));

    /// <summary>The metronome for a step rate, or null when it rounds outside the metronome's range (a sensor gone wrong).</summary>
    public static Metronome? TryFor(Cadence cadence) =>
        CadenceTarget.Whole(cadence.StepsPerMinute) is >= MinBeatsPerMinute and <= MaxBeatsPerMinute ? For(cadence) : null;

    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinBeatsPerMinute"/>-<see cref="MaxBeatsPerMinute"/>.</exception>
    public static Metronome FromBeatsPerMinute(int beatsPerMinute) =>
        beatsPerMinute is >= MinBeatsPerMinute and <= MaxBeatsPerMinute
            ? new Metronome(beatsPerMinute)
            : throw new ArgumentOutOfRangeException(nameof(beatsPerMinute), beatsPerMinute, $"A metronome runs at {MinBeatsPerMinute}-{MaxBeatsPerMinute} beats per minute.");
}
