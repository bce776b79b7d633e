using System.Globalization;
using System.Text;

namespace Patella.Core.Rehab;

/// <summary>
/// How much of an exercise: <see cref="Sets"/> of either repetitions or a hold. Ranges are kept as the seeds give
/// them (3 × 15-20): Patella starts at the low end and progresses to the high end.
/// </summary>
/// <param name="Sets">Sets per session, 1 or more.</param>
/// <param name="RepsMin">Fewest repetitions (or steps) per set; null for a pure hold.</param>
/// <param name="RepsMax">Most repetitions per set; equals <paramref name="RepsMin"/> when the source gives one number.</param>
/// <param name="HoldSecondsMin">Shortest hold, seconds (a pure hold, or the pause in each repetition); null without a hold.</param>
/// <param name="HoldSecondsMax">Longest hold, seconds.</param>
/// <param name="PerSide">True when the dose is for each leg (or each direction, for band walks).</param>
/// <param name="Tempo">Tempo or range limit in words, e.g. "lower slowly", "knee to 60°, not 90°".</param>
public sealed record ExerciseDose(
    int Sets,
    int? RepsMin,
    int? RepsMax,
    int? HoldSecondsMin,
    int? HoldSecondsMax,
    bool PerSide,
    string? Tempo)
{
    /// <summary>The dose as a runner reads it, e.g. "3 × 15-20 per side, hold 2 s".</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{Sets} × "));
            if (RepsMin is { } lo)
            {
                text.Append(Range(lo, RepsMax ?? lo));
                if (HoldSecondsMin is { } h)
                {
                    text.Append(string.Create(CultureInfo.InvariantCulture, $", hold {Range(h, HoldSecondsMax ?? h)} s"));
                }
            }
            else if (HoldSecondsMin is { } hold)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $"{Range(hold, HoldSecondsMax ?? hold)} s hold"));
            }

            if (PerSide)
            {
                text.Append(" per side");
            }

            if (Tempo is not null)
            {
                text.Append("; ").Append(Tempo);
            }

            return text.ToString();
        }
    }

    private static string Range(int lo, int hi) =>
        lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{lo}-{hi}");
}

/// <summary>
/// One exercise of the catalogue: data a clinician can read and extend (<see cref="ExerciseCatalogue.FromJson"/>).
/// </summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>clamshell</c>. Never reused.</param>
/// <param name="Name">Name a runner knows.</param>
/// <param name="Target">What it trains.</param>
/// <param name="Dose">Dose as the source gives it.</param>
/// <param name="Cues">How to do it, in plain words, one cue a line.</param>
/// <param name="Phases">The phases it belongs to; outside them it is not prescribed.</param>
/// <param name="Contraindications">What it must not be done with, in words (the phase gate itself is <paramref name="Phases"/>).</param>
/// <param name="EasierId">The less provocative variation, or null at the bottom of its chain.</param>
/// <param name="HarderId">The harder variation, or null at the top.</param>
/// <param name="LoadsBentKnee">True when it loads the patellofemoral joint in flexion (squat, step, wall sit): the first
/// suspect when a check-in reports exercise pain without saying which exercise.</param>
/// <param name="Source">Where the exercise and its dose come from: seed letter and section, or research-notes section.</param>
public sealed record Exercise(
    string Id,
    string Name,
    ExerciseTarget Target,
    ExerciseDose Dose,
    IReadOnlyList<string> Cues,
    IReadOnlyList<RehabPhase> Phases,
    IReadOnlyList<string> Contraindications,
    string? EasierId,
    string? HarderId,
    bool LoadsBentKnee,
    string Source)
{
    /// <summary>True when prescribed in <paramref name="phase"/>.</summary>
    public bool BelongsTo(RehabPhase phase) => Phases.Contains(phase);
}
