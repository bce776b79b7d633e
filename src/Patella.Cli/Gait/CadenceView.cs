using Patella.Core.Gait;
using Patella.Core.Rules;
using Patella.Data.Runners;

namespace Patella.Cli.Gait;

/// <summary>
/// <c>patella cadence --json</c>: one document, units in the names. Step rates are steps per minute, speeds metres per
/// second whatever the runner's unit; each pace band also carries its label in the runner's unit (<see cref="Units"/>).
/// Parts that need data are null without it: <see cref="Target"/>, <see cref="Today"/> and <see cref="Metronome"/>
/// without a baseline, <see cref="Wav"/> without <c>--wav</c>.
/// </summary>
public sealed record CadenceView(
    DateOnly Day,
    string TimeZone,
    string Units,
    DateOnly Since,
    bool SinceGiven,
    BaselineView Baseline,
    TargetView? Target,
    TodayView? Today,
    MetronomeView? Metronome,
    ProgressView Progress,
    WavView? Wav,
    IReadOnlyList<ClinicalRule> Rules)
{
    public static CadenceView From(DateOnly day, Runner runner, CadencePlan plan, WavWritten? wav)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(plan);
        var b = plan.Baseline;
        var baseline = new BaselineView(
            b.FirstDay,
            b.LastDay,
            b.RunsWithCadence,
            b.EasyRunCount,
            b.EasySpeedLimit?.MetresPerSecond is { } limit ? Math.Round(limit, 3) : null,
            b.Typical is not null,
            b.NotEnough,
            b.Typical is { } t ? BandView.From(t) : null,
            [.. b.Bands.Select(BandView.From)],
            GaitRules.Baseline.Id);
        TargetView? target = plan.Target is { } tg
            ? new TargetView(
                Spm(tg.Baseline.StepsPerMinute),
                Spm(tg.RangeLow.StepsPerMinute),
                Spm(tg.RangeHigh.StepsPerMinute),
                tg.Goal.StepsPerMinute,
                tg.CappedByCeiling,
                GaitRules.CeilingCadence.StepsPerMinute,
                [.. tg.Steps.Select(s => new StepView(s.Number, s.Cadence.StepsPerMinute, Math.Round(s.IncreaseFraction * 100, 1)))],
                GaitRules.StepHoldMinDays,
                GaitRules.StepHoldMaxDays,
                [GaitRules.Target.Id, GaitRules.Steps.Id, GaitRules.Ceiling.Id])
            : null;
        TodayView? today = plan.Target is not null
            ? new TodayView(plan.CurrentStep?.Number, plan.CurrentStep?.Cadence.StepsPerMinute, plan.Recent is { } r ? Spm(r.StepsPerMinute) : null, plan.GoalReached)
            : null;
        var p = plan.Progress;
        var progress = new ProgressView(
            p.Start,
            p.To,
            p.BeforeFrom,
            p.Overall,
            p.ChangeStepsPerMinute is { } c ? Spm(c) : null,
            p.ChangeFraction is { } f ? Math.Round(f * 100, 1) : null,
            p.Explanation,
            [.. p.Bands.Select(x => new BandProgressView(
                x.Band.ToString(),
                Math.Round(x.Band.FastSpeed.MetresPerSecond, 3),
                Math.Round(x.Band.SlowSpeed.MetresPerSecond, 3),
                x.Before?.Runs.Count ?? 0,
                x.Before is { } before ? Spm(before.Mean.StepsPerMinute) : null,
                x.After?.Runs.Count ?? 0,
                x.After is { } after ? Spm(after.Mean.StepsPerMinute) : null,
                x.ChangeStepsPerMinute is { } d ? Spm(d) : null,
                x.StandardErrorStepsPerMinute is { } se ? Spm(se) : null,
                x.Change))],
            GaitRules.Progress.Id);
        return new CadenceView(
            day,
            runner.TimeZone,
            runner.Units,
            p.Start,
            plan.StartGiven,
            baseline,
            target,
            today,
            plan.Metronome is { } m ? new MetronomeView(m.BeatsPerMinute, Math.Round(m.BeatInterval.TotalSeconds, 4)) : null,
            progress,
            wav is null ? null : new WavView(wav.Path, wav.BeatsPerMinute, wav.Duration.TotalSeconds, wav.SampleRateHertz, wav.Bytes),
            GaitRules.All);
    }

    internal static double Spm(double stepsPerMinute) => Math.Round(stepsPerMinute, 1);
}

/// <param name="EasySpeedLimitMetresPerSecond">Fastest running speed counted as easy; null without runs.</param>
/// <param name="Established">False when there is too little data; <paramref name="NotEnough"/> then says why.</param>
public sealed record BaselineView(
    DateOnly FromDate,
    DateOnly ToDate,
    int RunsWithCadence,
    int EasyRuns,
    double? EasySpeedLimitMetresPerSecond,
    bool Established,
    string? NotEnough,
    BandView? TypicalBand,
    IReadOnlyList<BandView> Bands,
    string Rule);

/// <summary>One pace band: label in the runner's unit, edges as speeds (fast edge included, slow edge excluded).</summary>
public sealed record BandView(
    string Pace,
    double FastSpeedMetresPerSecond,
    double SlowSpeedMetresPerSecond,
    int Runs,
    int RunWalkSessions,
    double StepsPerMinute,
    double StandardDeviationStepsPerMinute)
{
    public static BandView From(PaceBandCadence b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new BandView(
            b.Band.ToString(),
            Math.Round(b.Band.FastSpeed.MetresPerSecond, 3),
            Math.Round(b.Band.SlowSpeed.MetresPerSecond, 3),
            b.Runs.Count,
            b.Runs.Count(r => r.IsRunWalk),
            CadenceView.Spm(b.Mean.StepsPerMinute),
            CadenceView.Spm(b.StandardDeviationStepsPerMinute));
    }
}

public sealed record TargetView(
    double BaselineStepsPerMinute,
    double RangeLowStepsPerMinute,
    double RangeHighStepsPerMinute,
    double GoalStepsPerMinute,
    bool CappedByCeiling,
    double CeilingStepsPerMinute,
    IReadOnlyList<StepView> Steps,
    int HoldEachStepMinDays,
    int HoldEachStepMaxDays,
    IReadOnlyList<string> Rules);

public sealed record StepView(int Number, double StepsPerMinute, double IncreasePercent);

/// <param name="StepNumber">The step to practise now; null when every step is reached (<paramref name="GoalReached"/>) or there are none.</param>
/// <param name="RecentStepsPerMinute">Recent runs at the typical easy pace; null without any.</param>
public sealed record TodayView(int? StepNumber, double? StepsPerMinute, double? RecentStepsPerMinute, bool GoalReached);

public sealed record MetronomeView(int BeatsPerMinute, double BeatIntervalSeconds);

public sealed record ProgressView(
    DateOnly SinceDate,
    DateOnly ToDate,
    DateOnly BeforeFromDate,
    CadenceChange Overall,
    double? ChangeStepsPerMinute,
    double? ChangePercent,
    string Explanation,
    IReadOnlyList<BandProgressView> Bands,
    string Rule);

public sealed record BandProgressView(
    string Pace,
    double FastSpeedMetresPerSecond,
    double SlowSpeedMetresPerSecond,
    int RunsBefore,
    double? StepsPerMinuteBefore,
    int RunsSince,
    double? StepsPerMinuteSince,
    double? ChangeStepsPerMinute,
    double? StandardErrorStepsPerMinute,
    CadenceChange Change);

public sealed record WavView(string Path, int BeatsPerMinute, double DurationSeconds, int SampleRateHertz, long Bytes);
