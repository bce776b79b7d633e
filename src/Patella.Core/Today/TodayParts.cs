using System.Text.Json.Serialization;

namespace Patella.Core.Today;

/// <summary>The answer to "can I run today". Ordered: a later value is more restrictive, and the most restrictive rule wins.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Decision>))]
public enum Decision
{
    /// <summary>Run as prescribed.</summary>
    [JsonStringEnumMemberName("run")]
    Run,

    /// <summary>Run, but less than planned.</summary>
    [JsonStringEnumMemberName("run-reduced")]
    RunReduced,

    /// <summary>No running today: cross-train and do the exercises.</summary>
    [JsonStringEnumMemberName("cross-train")]
    CrossTrain,

    /// <summary>No running and no hard cross-training: let the knee settle; gentle exercises only if pain-free.</summary>
    [JsonStringEnumMemberName("rest")]
    Rest,

    /// <summary>A red flag: see a clinician, no running, no self-management.</summary>
    [JsonStringEnumMemberName("refer")]
    Refer,
}

/// <summary>One reason behind the decision: the rule, what it said, with the numbers.</summary>
/// <param name="RuleId">E.g. <c>R-RUN-PFP-PAIN-2</c> or <c>R-LOAD-SPIKE</c>.</param>
/// <param name="Leads">What this rule alone would decide.</param>
/// <param name="Text">What was found, with the numbers.</param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record DecisionReason(string RuleId, Decision Leads, string Text, string Source);

/// <summary>Today's run.</summary>
/// <param name="DurationMinutes">Session length, walk breaks included.</param>
/// <param name="DistanceKilometres">At most this far (the load engine's spike and 10% limits); null without runs on record.</param>
/// <param name="RunMinutes">Minutes of each run interval (the whole run when continuous).</param>
/// <param name="WalkMinutes">Minutes of each walk break; 0 when continuous.</param>
/// <param name="Repeats">Run/walk repeats; 1 when continuous.</param>
/// <param name="RunWalkStep">The ladder step (1-based) in phase 3; null after it.</param>
/// <param name="FlatOnly">True until the downhill gate opens.</param>
/// <param name="Effort">Always "easy": conversational, no tempo or intervals unless <paramref name="TempoAllowed"/>.</param>
/// <param name="CadenceCue">The step-rate cue (+5-10%).</param>
/// <param name="Text">The prescription in a line.</param>
public sealed record RunPrescription(
    int DurationMinutes,
    double? DistanceKilometres,
    int RunMinutes,
    int WalkMinutes,
    int Repeats,
    int? RunWalkStep,
    bool FlatOnly,
    string Effort,
    bool TempoAllowed,
    string CadenceCue,
    string Text);

/// <summary>Effort, sleep, fatigue and stress from the latest check-in, shown beside pain. They do not decide: seed B
/// notes that mental load and fatigue change running form, but no rule in the sources uses a number for them.</summary>
public sealed record Wellbeing(DateOnly Date, int PainAtRest, int? Rpe, int? Sleep, int? Fatigue, int? Stress, string? Note, string Caveat);
