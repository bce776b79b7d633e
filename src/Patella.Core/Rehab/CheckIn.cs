namespace Patella.Core.Rehab;

/// <summary>
/// What the runner logs for one day (their local date). One check-in describes the day <see cref="Date"/>: pain in
/// daily life, the run of that day if any, and, filled in the next morning, how the knee felt on waking. Pain is
/// 0-10 (<see cref="PainScore"/>); effort, sleep, fatigue and stress are shown beside it and never decide.
/// </summary>
/// <param name="Date">The runner's local date the check-in is about.</param>
/// <param name="PainAtRest">Pain in daily life that day (at rest, walking about): the pre-run level the PFP rule compares with.</param>
/// <param name="PainDuringRun">Highest pain during that day's run; null when the runner did not run.</param>
/// <param name="PainAfterRun">Pain about 60 minutes after the run (the PFP rule's window); null without a run or when not rated.</param>
/// <param name="PainNextMorning">Pain on waking the morning after <paramref name="Date"/>; null until known.</param>
/// <param name="StairsDownPain">Pain going down stairs that day; null when not tried or not rated.</param>
/// <param name="Swelling">Visible swelling around the knee: a red flag (refer).</param>
/// <param name="LimpOrChangedStride">Limping or running differently because of the knee (seed A: stop).</param>
/// <param name="GivingWay">The knee felt unstable or gave way: a red flag (refer).</param>
/// <param name="ExercisesDone">The day's rehab exercises were done.</param>
/// <param name="ExercisePain">Highest knee pain during the exercises; null when not done or not rated. Above 0 means an exercise reproduced the pain.</param>
/// <param name="Rpe">Session effort of the run, 0-10 (shown only).</param>
/// <param name="Sleep">Sleep quality last night, 0 (none) - 10 (excellent) (shown only).</param>
/// <param name="Fatigue">Tiredness, 0-10 (shown only; seed B: fatigue changes running form).</param>
/// <param name="Stress">Mental load, 0-10 (shown only; seed B).</param>
/// <param name="Note">Free text.</param>
public sealed record CheckIn(
    DateOnly Date,
    PainScore PainAtRest,
    PainScore? PainDuringRun,
    PainScore? PainAfterRun,
    PainScore? PainNextMorning,
    PainScore? StairsDownPain,
    bool Swelling,
    bool LimpOrChangedStride,
    bool GivingWay,
    bool ExercisesDone,
    PainScore? ExercisePain = null,
    Rating? Rpe = null,
    Rating? Sleep = null,
    Rating? Fatigue = null,
    Rating? Stress = null,
    string? Note = null)
{
    /// <summary>Minutes run that day, walk breaks included; null when not given. Used for the 20-30 min clearance run.</summary>
    public double? RunMinutes { get; init; }

    /// <summary>The knee felt stiff after the run (Crowell 2023: no progress with swelling or stiffness).</summary>
    public bool Stiffness { get; init; }

    /// <summary>Catalogue ids of the exercises that reproduced the pain; empty when <see cref="ExercisePain"/> is 0 or the
    /// runner did not say which (then every exercise that loads the bent knee is treated as the culprit).</summary>
    public IReadOnlyList<string> PainfulExerciseIds { get; init; } = [];

    /// <summary>True when the runner ran that day.</summary>
    public bool Ran => PainDuringRun is not null;

    /// <summary>True when a red flag was logged: swelling or giving way.</summary>
    public bool HasRedFlag => Swelling || GivingWay;

    /// <summary>
    /// A check-in from plain numbers, as the CLI and the web receive them: every pain 0-10 through <see cref="PainScore.FromPoints"/>,
    /// every rating through <see cref="Rating.FromPoints"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0-10, or negative run minutes.</exception>
    /// <exception cref="ArgumentException">Pain after a run, run minutes or effort without a run; exercise pain without exercises.</exception>
    public static CheckIn Create(
        DateOnly date,
        int painAtRest,
        int? painDuringRun = null,
        int? painAfterRun = null,
        int? painNextMorning = null,
        int? stairsDownPain = null,
        bool swelling = false,
        bool limpOrChangedStride = false,
        bool givingWay = false,
        bool exercisesDone = false,
        int? exercisePain = null,
        int? rpe = null,
        int? sleep = null,
        int? fatigue = null,
        int? stress = null,
        string? note = null,
        double? runMinutes = null,
        bool stiffness = false,
        IReadOnlyList<string>? painfulExerciseIds = null)
    {
        if (painDuringRun is null && (painAfterRun is not null || runMinutes is not null || rpe is not null))
        {
            throw new ArgumentException("Pain after a run, run minutes and effort need the pain during the run.", nameof(painDuringRun));
        }

        if (runMinutes is { } minutes && !(double.IsFinite(minutes) && minutes >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(runMinutes), runMinutes, "Run minutes must be a finite number, 0 or more.");
        }

        if (!exercisesDone && exercisePain is not null)
        {
            throw new ArgumentException("Exercise pain needs the exercises done.", nameof(exercisePain));
        }

        return new CheckIn(
            date,
            PainScore.FromPoints(painAtRest),
            Pain(painDuringRun),
            Pain(painAfterRun),
            Pain(painNextMorning),
            Pain(stairsDownPain),
            swelling,
            limpOrChangedStride,
            givingWay,
            exercisesDone,
            Pain(exercisePain),
            Rate(rpe),
            Rate(sleep),
            Rate(fatigue),
            Rate(stress),
            note)
        {
            RunMinutes = runMinutes,
            Stiffness = stiffness,
            PainfulExerciseIds = painfulExerciseIds ?? [],
        };
    }

    private static PainScore? Pain(int? points) => points is { } p ? PainScore.FromPoints(p) : null;

    private static Rating? Rate(int? points) => points is { } p ? Rating.FromPoints(p) : null;
}
