using System.Text.Json.Serialization;

namespace Patella.Core.Rehab;

/// <summary>
/// Where the runner is on seed C's four-phase return-to-run framework, then maintenance after full clearance.
/// The numbers are seed C's phase numbers.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RehabPhase>))]
public enum RehabPhase
{
    /// <summary>Phase 1: settle pain in daily life, walking and on stairs. No running.</summary>
    ResolveBaselinePain = 1,

    /// <summary>Phase 2: the hip and quadriceps protocol without provoking the pain. No running.</summary>
    PainFreeExercise = 2,

    /// <summary>Phase 3: the run/walk ladder from 1 min run : 1 min walk, flat only.</summary>
    RunWalk = 3,

    /// <summary>Phase 4: volume by the 10% rule; downhill after 2-3 pain-free flat weeks; no tempo or intervals yet.</summary>
    ProgressiveReturn = 4,

    /// <summary>After full clearance: two hip-strength sessions a week, for good.</summary>
    Maintenance = 5,
}

/// <summary>What an exercise trains.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExerciseTarget>))]
public enum ExerciseTarget
{
    /// <summary>Hip abductors and external rotators (gluteus medius, maximus): the priority (seed C; 2025 meta-analysis).</summary>
    HipAbductorsExternalRotators,

    /// <summary>Quadriceps, vastus medialis obliquus.</summary>
    QuadricepsVmo,

    /// <summary>Intrinsic foot muscles.</summary>
    Foot,

    /// <summary>Trunk stability.</summary>
    Core,

    /// <summary>Hip and ankle range of motion.</summary>
    Mobility,

    /// <summary>Single-leg balance and proprioception.</summary>
    Balance,
}
