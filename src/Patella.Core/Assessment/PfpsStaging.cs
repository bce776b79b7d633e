using System.Globalization;
using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>Stage of patellofemoral pain (seed C, "it's stage-dependent").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PfpsStage>))]
public enum PfpsStage
{
    /// <summary>The answers do not say enough to stage it.</summary>
    Undetermined,

    /// <summary>Only late in long runs, gone after warm-up or rest.</summary>
    Early,

    /// <summary>Starts earlier in runs, lingers, shows on stairs and walking.</summary>
    Progressing,

    /// <summary>More than 3 months.</summary>
    Chronic,
}

/// <summary>Expected time back to easy running, as the seeds give it.</summary>
/// <param name="MinWeeks">Shortest, in weeks.</param>
/// <param name="MaxWeeks">Longest, in weeks.</param>
/// <param name="Text">As a runner reads it, e.g. "4-8 weeks".</param>
/// <param name="Source">Seeds behind it.</param>
public sealed record RecoveryTimeline(int MinWeeks, int MaxWeeks, string Text, string Source);

/// <summary>The PFPS stage with the answers behind it.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Rule">The stage rule; null when <see cref="PfpsStage.Undetermined"/>.</param>
/// <param name="Timeline">Expected return to easy running; null when undetermined.</param>
/// <param name="Evidence">Answers that set the stage, or the questions still needed when undetermined.</param>
public sealed record StageAssessment(PfpsStage Stage, ClinicalRule? Rule, RecoveryTimeline? Timeline, IReadOnlyList<string> Evidence)
{
    /// <summary>The rule id, e.g. <c>R-STAGE-PROGRESSING</c>; null when undetermined.</summary>
    public string? RuleId => Rule?.Id;
}

/// <summary>Stages PFPS from how the pain behaves and how long it has lasted (seed C; timelines seeds A, B, C).</summary>
public static class PfpsStaging
{
    /// <summary>"Chronic" is more than 3 months; 3 months is counted as 13 weeks (seed C's chronic timeline; issue #4).</summary>
    public const int ChronicAfterWeeks = 13;

    public static ClinicalRule Early { get; } = new("R-STAGE-EARLY",
        "Early runner's knee: pain only late in long runs, gone after warm-up or rest", "Seed C; seed A");

    public static ClinicalRule Progressing { get; } = new("R-STAGE-PROGRESSING",
        "Progressing runner's knee: pain earlier in runs, lingering, on stairs or walking", "Seed C; seed A (the worked example)");

    public static ClinicalRule Chronic { get; } = new("R-STAGE-CHRONIC",
        "Persistent runner's knee: more than 3 months", "Seed C");

    /// <summary>Every stage rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [Early, Progressing, Chronic];

    /// <summary>Early-treated: easy running again in 4-8 weeks (seed A: 4-6, seed B: 6-8, seed C: 4-8).</summary>
    public static RecoveryTimeline EarlyTimeline { get; } = new(4, 8, "4-8 weeks", "Seed A 4-6 weeks, seed B 6-8 weeks, seed C 4-8 weeks");

    /// <summary>Progressing but addressed now, within the first weeks: the same 4-8 weeks (seed C; seed A's
    /// runner was progressing at three weeks and ran pain-free again within four).</summary>
    public static RecoveryTimeline ProgressingTimeline { get; } = new(4, 8, "4-8 weeks",
        "Seed C (addressed within the first weeks: 4-8 weeks); seed A (worked example)");

    /// <summary>Chronic, poorly managed: 3-12 months (seed C), counted as 13-52 weeks.</summary>
    public static RecoveryTimeline ChronicTimeline { get; } = new(13, 52, "3-12 months", "Seed C");

    internal static StageAssessment Stage(KneeAnswers a)
    {
        var weeks = a.Number(KneeQuestions.WeeksSinceOnset);
        if (weeks > ChronicAfterWeeks)
        {
            return new(PfpsStage.Chronic, Chronic, ChronicTimeline,
                [string.Create(CultureInfo.InvariantCulture, $"weeksSinceOnset: {weeks} (more than {ChronicAfterWeeks} weeks, about 3 months)")]);
        }

        var progressing = new List<string>();
        void Mark(string id, string code)
        {
            if (a.Has(id, code))
            {
                progressing.Add($"{id}: {code}");
            }
        }

        Mark(KneeQuestions.PainCourse, PainCourses.StartingEarlier);
        Mark(KneeQuestions.PainCourse, PainCourses.Lingers);
        Mark(KneeQuestions.PainCourse, PainCourses.WalkingAndStairs);
        Mark(KneeQuestions.PainTiming, PainTimings.StartOfRun);
        Mark(KneeQuestions.PainTiming, PainTimings.ThroughoutRuns);
        Mark(KneeQuestions.PainTriggers, PainTrigger.StairsDown);
        Mark(KneeQuestions.PainTriggers, PainTrigger.StairsUp);
        Mark(KneeQuestions.PainAfterRun, PainDurationAfterRun.From24To48Hours);
        Mark(KneeQuestions.PainAfterRun, PainDurationAfterRun.Over48Hours);
        if (a.IsYes(KneeQuestions.Limping))
        {
            progressing.Add("limping: yes");
        }

        if (progressing.Count > 0)
        {
            return new(PfpsStage.Progressing, Progressing, ProgressingTimeline, progressing);
        }

        var early = new List<string>();
        if (a.Has(KneeQuestions.PainTiming, PainTimings.LateInLongRuns))
        {
            early.Add($"painTiming: {PainTimings.LateInLongRuns}");
        }

        if (a.Has(KneeQuestions.PainCourse, PainCourses.GoneAfterWarmUp))
        {
            early.Add($"painCourse: {PainCourses.GoneAfterWarmUp}");
        }

        return early.Count > 0
            ? new(PfpsStage.Early, Early, EarlyTimeline, early)
            : new(PfpsStage.Undetermined, null, null,
                [$"needs {KneeQuestions.PainTiming}, {KneeQuestions.PainCourse} and {KneeQuestions.WeeksSinceOnset} to stage"]);
    }
}
