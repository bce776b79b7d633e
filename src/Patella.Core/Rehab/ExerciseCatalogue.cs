using System.Text.Json;
using static Patella.Core.Rehab.ExerciseTarget;
using static Patella.Core.Rehab.RehabPhase;

namespace Patella.Core.Rehab;

/// <summary>
/// The exercise catalogue: every exercise in the seeds as data (issue #7's list), in the order a session runs them:
/// hip work first (seed C "the priority"; 2025 meta-analysis PubMed 39934098: hip + knee beats knee alone). A
/// clinician extends it with a JSON file (<see cref="FromJson"/>) instead of code. Doses are the seeds' where they
/// give one; otherwise research-notes §10 (trial programmes: 3-4 × 10, isometric holds 10-30 s) and the source says so.
/// </summary>
public sealed class ExerciseCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Dictionary<string, Exercise> _byId;

    private ExerciseCatalogue(IReadOnlyList<Exercise> exercises)
    {
        Exercises = exercises;
        _byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Every exercise, hip work first.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Patella's built-in catalogue (seeds A and C, research-notes §10).</summary>
    public static ExerciseCatalogue Default { get; } = new(Table());

    /// <summary>The exercise with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such id.</exception>
    public Exercise Get(string id) => _byId.TryGetValue(id, out var e) ? e : throw new KeyNotFoundException($"No exercise '{id}' in the catalogue.");

    /// <summary>The exercise with <paramref name="id"/>, or null.</summary>
    public Exercise? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The exercises prescribed in <paramref name="phase"/>, hip work first.</summary>
    public IReadOnlyList<Exercise> For(RehabPhase phase) => [.. Exercises.Where(e => e.BelongsTo(phase))];

    /// <summary>The catalogue as a JSON array (camelCase, enums as names): the format <see cref="FromJson"/> reads.</summary>
    public string ToJson() => JsonSerializer.Serialize(Exercises, Json);

    /// <summary>
    /// Reads a JSON array of exercises (the <see cref="ToJson"/> format). With <paramref name="extending"/>, the file
    /// adds to that catalogue and an exercise with an existing id replaces it; easier/harder ids may point into either.
    /// </summary>
    /// <exception cref="JsonException">Not a JSON array of exercises, or an exercise is invalid: empty id, name or
    /// phases, duplicate id, no sets, neither repetitions nor a hold, or an easier/harder id that is not in the catalogue.</exception>
    public static ExerciseCatalogue FromJson(string json, ExerciseCatalogue? extending = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var read = JsonSerializer.Deserialize<List<Exercise>>(json, Json) ?? throw new JsonException("Expected a JSON array of exercises.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in read)
        {
            Check(e);
            if (!seen.Add(e.Id))
            {
                throw new JsonException($"Exercise '{e.Id}' appears twice.");
            }
        }

        var merged = (extending?.Exercises ?? []).Where(e => !seen.Contains(e.Id)).Concat(read).ToList();
        var ids = merged.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in merged)
        {
            foreach (var link in new[] { e.EasierId, e.HarderId })
            {
                if (link is not null && !ids.Contains(link))
                {
                    throw new JsonException($"Exercise '{e.Id}' names variation '{link}', which is not in the catalogue.");
                }
            }
        }

        return new ExerciseCatalogue(merged);
    }

    private static void Check(Exercise? e)
    {
        if (e is null || string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Name))
        {
            throw new JsonException("Every exercise needs an id and a name.");
        }

        if (e.Dose is null || e.Dose.Sets < 1 || (e.Dose.RepsMin is null && e.Dose.HoldSecondsMin is null))
        {
            throw new JsonException($"Exercise '{e.Id}' needs at least one set of repetitions or a hold.");
        }

        if (e.Phases is null || e.Phases.Count == 0 || e.Cues is null || e.Contraindications is null || string.IsNullOrWhiteSpace(e.Source))
        {
            throw new JsonException($"Exercise '{e.Id}' needs phases, cues, contraindications (may be empty) and a source.");
        }
    }

    private static ExerciseDose Reps(int sets, int min, int max, bool perSide = false, string? tempo = null, int? holdSeconds = null) =>
        new(sets, min, max, holdSeconds, holdSeconds, perSide, tempo);

    private static ExerciseDose Hold(int sets, int minSeconds, int maxSeconds, bool perSide = false, string? tempo = null) =>
        new(sets, null, null, minSeconds, maxSeconds, perSide, tempo);

    private const string PadKneeling = "Kneeling can bring on runner's knee pain (seed C): pad the knee, and skip it if kneeling hurts.";
    private const string NotAcute = "Not in the acute phase: only once pain in daily life and on stairs has settled (seed C).";
    private const string NotUntilControlled = "Squat-type loading: not until pain is controlled and hip strength has improved; keep depth to 40-60° (seed C; research-notes §10).";
    private const string Section10 = "research-notes §10 (trial programmes: 3-4 × 10, isometric holds 10-30 s)";
    private const string MobilityDose = "Patella convention for the dose (3 × 30 s): the seeds name the drill, not the dose";

    private static Exercise[] Table() =>
    [
        new("clamshell", "Clamshell with band", HipAbductorsExternalRotators, Reps(3, 15, 20, perSide: true, tempo: "control the return"),
            ["Lie on your side, knees bent to 90°, feet together, band just above the knees.", "Keep the feet together and lift the top knee like a shell opening.", "Lower slowly; do not roll the pelvis back."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], null, "side-lying-hip-abduction", false,
            "Seed C, hip-focused exercises (3 × 15-20)"),
        new("side-lying-hip-abduction", "Side-lying hip abduction", HipAbductorsExternalRotators, Reps(3, 15, 15, perSide: true, tempo: "controlled tempo"),
            ["Lie on your side, bottom knee bent, top leg straight.", "Lift the top leg toward the ceiling: no rotation, no bending at the hip.", "Lower under control."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], "clamshell", "lateral-band-walk", false,
            "Seed C (3 × 15); seed A (side-lying leg raises)"),
        new("lateral-band-walk", "Lateral band walk", HipAbductorsExternalRotators, Reps(3, 10, 12, perSide: true, tempo: "steps each direction"),
            ["Band around the ankles or just above the knees.", "Slight squat, feet hip-width apart.", "Step sideways without letting the knees fall inward."],
            [PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], ["Keep the squat shallow while the knee is irritable."], "side-lying-hip-abduction", null, false,
            "Seed C (3 × 10-12 steps each way)"),
        new("glute-bridge", "Glute bridge", HipAbductorsExternalRotators, Reps(3, 10, 12, tempo: "lower slowly"),
            ["Lie on your back, both knees bent, feet flat.", "Squeeze the buttocks and lift the hips until the body is straight from shoulders to knees.", "Lower slowly."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], null, "single-leg-glute-bridge", false,
            "Seed A (glute bridges); dose " + Section10),
        new("single-leg-glute-bridge", "Single-leg glute bridge", HipAbductorsExternalRotators, Reps(3, 10, 12, perSide: true, tempo: "lower slowly", holdSeconds: 2),
            ["Lie on your back, one knee bent and foot flat, the other leg straight.", "Drive the hips up through the bent leg and hold 2 seconds.", "Keep the pelvis level; lower slowly."],
            [PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], "glute-bridge", null, false,
            "Seed C (3 × 10-12 per side, 2 s hold)"),
        new("step-down", "Step-down", HipAbductorsExternalRotators, Reps(3, 5, 10, perSide: true, tempo: "step 10 cm, later 20 cm; lower over 2-3 s"),
            ["Stand on a low step on one leg.", "Lower the other heel slowly toward the floor, knee over the second toe.", "Do not let the knee fall inward or the hip drop."],
            [PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], ["Not while stairs still hurt (phase 1)."], "slow-step-up", null, true,
            "Seed A (step-downs, hip strength); dose Crossley programme, research-notes §10 (10-20 cm, 3 × 5-10)"),
        new("terminal-knee-extension", "Terminal knee extension", QuadricepsVmo, Reps(3, 15, 15, perSide: true, tempo: "return slowly"),
            ["Anchor a band behind you and loop it behind one knee.", "Stand on that leg with the knee slightly bent.", "Straighten the knee fully against the band, feel the inner thigh muscle work."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn], [], "straight-leg-raise", "wall-sit-60", false,
            "Seed C, quadriceps and VMO (3 × 15)"),
        new("straight-leg-raise", "Straight leg raise", QuadricepsVmo, Reps(3, 15, 15, perSide: true, tempo: "lift to 45°", holdSeconds: 2),
            ["Lie on your back, one knee bent for the spine.", "Tighten the thigh of the straight leg, then lift it to 45°.", "Hold 2 seconds, lower under control."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn], [], null, "terminal-knee-extension", false,
            "Seed C (3 × 15, 2 s hold; near-zero patellofemoral compression, safest early)"),
        new("wall-sit-60", "Wall sit at 60°", QuadricepsVmo, Hold(3, 30, 45, tempo: "knees bent to 60°, not 90°"),
            ["Back flat against a wall.", "Slide down until the knees are bent about 60° (not a right angle).", "Hold, breathing normally."],
            [PainFreeExercise, RunWalk, ProgressiveReturn], [NotAcute, "Never to 90°: the 60° angle keeps kneecap compression manageable (seed C)."], "terminal-knee-extension", "spanish-squat", true,
            "Seed C (3 × 30-45 s at 60°, avoid in the acute phase); seed A (wall sits)"),
        new("spanish-squat", "Spanish squat", QuadricepsVmo, Hold(3, 10, 30, tempo: "knees to 40-60°"),
            ["Loop a strong band behind both knees, anchored in front of you.", "Sit back into the band with the shins upright.", "Hold at a shallow depth, 40-60° of knee bend."],
            [RunWalk, ProgressiveReturn], [NotUntilControlled], "wall-sit-60", null, true,
            "Seed A (Spanish squats); dose " + Section10),
        new("slow-step-up", "Slow step-up", QuadricepsVmo, Reps(3, 5, 10, perSide: true, tempo: "slowly, about 3 s up and 3 s down"),
            ["One foot on a low step (10-20 cm).", "Step up slowly, knee over the second toe.", "Lower back down as slowly."],
            [PainFreeExercise, RunWalk, ProgressiveReturn], ["Not while stairs still hurt (phase 1)."], "terminal-knee-extension", "step-down", true,
            "Seed A (slow step-ups); dose Nakagawa programme, research-notes §10 (20 cm, 3 × 5)"),
        new("short-foot", "Short foot exercise", Foot, Reps(3, 15, 15),
            ["Sit or stand, foot flat.", "Without curling the toes, draw the ball of the foot toward the heel so the arch rises.", "Relax and repeat."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn], [], null, "single-leg-balance-floor", false,
            "Seed C (Kamel et al. 2024 RCT; 3 × 15, progressing to single-leg standing)"),
        new("single-leg-balance-floor", "Single-leg balance on the floor", Balance, Hold(3, 30, 30, perSide: true),
            ["Stand on one leg, knee soft, arch lifted (short foot).", "Keep the pelvis level.", "Hold near a wall for safety."],
            [PainFreeExercise, RunWalk, ProgressiveReturn], [], "short-foot", "single-leg-balance-foam", false,
            "Seed C (short foot progressing to single-leg standing); hold " + Section10),
        new("single-leg-balance-foam", "Single-leg balance on foam or BOSU", Balance, Hold(3, 30, 30, perSide: true),
            ["Stand on one leg on a foam pad or BOSU.", "Knee soft and over the toes.", "Hold near a wall for safety."],
            [RunWalk, ProgressiveReturn], ["Mid-to-late rehab only, once acute pain is controlled (seed C)."], "single-leg-balance-floor", null, false,
            "Seed C (PMC11015899: isometrics with somatosensory training); hold " + Section10),
        new("dead-bug", "Dead bug", ExerciseTarget.Core, Reps(3, 10, 10, perSide: true, tempo: "slowly"),
            ["Lie on your back, arms up, hips and knees bent to 90°.", "Lower the opposite arm and leg slowly, lower back pressed down.", "Return and switch sides."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn], [], null, "bird-dog", false,
            "Seed A (core stability); dose " + Section10),
        new("bird-dog", "Bird dog", ExerciseTarget.Core, Reps(3, 10, 10, perSide: true, holdSeconds: 2),
            ["On hands and knees, back flat.", "Reach one arm forward and the opposite leg back, hold 2 seconds.", "Keep the hips level; switch sides."],
            [PainFreeExercise, RunWalk, ProgressiveReturn], [PadKneeling], "dead-bug", "plank", false,
            "Seed A (core stability); dose " + Section10),
        new("plank", "Plank", ExerciseTarget.Core, Hold(3, 10, 30),
            ["Forearms and toes on the floor.", "Body straight from head to heels, buttocks tight.", "Breathe; stop when the hips sag."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn], [], "bird-dog", null, false,
            "Seed A (core stability); hold " + Section10),
        new("hip-flexor-stretch", "Hip flexor stretch", Mobility, Hold(3, 30, 30, perSide: true),
            ["Half-kneeling, or standing in a split stance.", "Tuck the pelvis under and shift forward until the front of the back hip stretches.", "Hold without arching the back."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [PadKneeling], null, null, false,
            "Seed A (mobility); " + MobilityDose),
        new("calf-mobility", "Calf mobility", Mobility, Hold(3, 30, 30, perSide: true),
            ["Hands on a wall, one leg back, heel down.", "Lean in until the calf stretches; repeat with the back knee bent.", "Hold, breathing normally."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], null, null, false,
            "Seed A (mobility); " + MobilityDose),
        new("ankle-dorsiflexion", "Ankle dorsiflexion (knee to wall)", Mobility, Reps(3, 10, 10, perSide: true, tempo: "small range, no pain"),
            ["Foot a hand's width from a wall.", "Push the knee toward the wall over the second toe, heel down.", "Move the foot back as it gets easy."],
            [ResolveBaselinePain, PainFreeExercise, RunWalk, ProgressiveReturn, Maintenance], [], null, null, false,
            "Seed A (ankle dorsiflexion work); Patella convention for the dose (3 × 10)"),
    ];
}
