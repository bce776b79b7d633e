using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Load;

namespace Patella.Core.Gait;

/// <summary>What the runs say about a change of step rate (rule <see cref="GaitRules.Progress"/>).</summary>
public enum CadenceChange
{
    /// <summary>Too few runs at the same pace before and after to tell.</summary>
    NotEnoughRuns,

    /// <summary>No change larger than the thresholds: the step rate has not clearly moved.</summary>
    NoClearChange,

    Up,

    Down,
}

/// <summary>Before and after in one pace band; <see cref="Change"/> is judged only with enough runs on both sides.</summary>
/// <param name="ChangeStepsPerMinute">After mean minus before mean, spm.</param>
/// <param name="StandardErrorStepsPerMinute">Welch standard error of that difference, spm.</param>
public sealed record BandProgress(
    PaceBand Band,
    PaceBandCadence? Before,
    PaceBandCadence? After,
    double? ChangeStepsPerMinute,
    double? StandardErrorStepsPerMinute,
    CadenceChange Change)
{
    /// <summary>The change as a fraction of the before mean (0.05 = +5%); null without both sides.</summary>
    public double? ChangeFraction => ChangeStepsPerMinute is { } d && Before is { } b ? d / b.Mean.StepsPerMinute : null;
}

/// <summary>
/// Whether the runner's step rate moved since <see cref="Start"/>: easy runs from <see cref="Start"/> to <see cref="To"/>
/// against those of the <see cref="GaitRules.BaselineWeeks"/> weeks before, compared within pace bands only.
/// </summary>
/// <param name="Start">First local date of the "after" window.</param>
/// <param name="To">Last local date of the "after" window (today).</param>
/// <param name="BeforeFrom">First local date of the "before" window; it ends the day before <see cref="Start"/>.</param>
/// <param name="Bands">Every band with easy runs on either side, faster first.</param>
/// <param name="Overall">The verdict over the bands with enough runs on both sides.</param>
/// <param name="ChangeStepsPerMinute">Mean change over those bands weighted by their smaller side's run count; null without one.</param>
/// <param name="ChangeFraction">The same as a fraction of the before means, weighted alike.</param>
/// <param name="Explanation">One sentence a runner reads: what changed by how much, or which runs are missing.</param>
public sealed record CadenceProgress(
    DateOnly Start,
    DateOnly To,
    DateOnly BeforeFrom,
    IReadOnlyList<BandProgress> Bands,
    CadenceChange Overall,
    double? ChangeStepsPerMinute,
    double? ChangeFraction,
    string Explanation)
{
    /// <summary>
    /// Compares the easy runs on local dates <paramref name="start"/>..<paramref name="today"/> with those of the
    /// <see cref="GaitRules.BaselineWeeks"/> weeks before <paramref name="start"/>. One easy-speed limit is taken over both
    /// windows together, so the same kind of run counts on both sides.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is after <paramref name="today"/>.</exception>
    public static CadenceProgress Since(DateOnly start, IEnumerable<Activity> activities, DateOnly today, TimeZoneInfo zone, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        if (start > today)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start of retraining cannot be after today.");
        }

        var beforeFrom = start.AddDays(-7 * GaitRules.BaselineWeeks);
        var easy = EasyRuns.Select(EasyRuns.Between(activities, beforeFrom, today, zone));
        var before = PaceBandCadence.Group(easy.Where(r => r.Date < start), unit).ToDictionary(b => b.Band);
        var after = PaceBandCadence.Group(easy.Where(r => r.Date >= start), unit).ToDictionary(b => b.Band);
        var bands = before.Keys.Union(after.Keys)
            .OrderBy(b => b.FromSeconds)
            .Select(b => Compare(b, before.GetValueOrDefault(b), after.GetValueOrDefault(b)))
            .ToList();

        var judged = bands.Where(b => b.Change != CadenceChange.NotEnoughRuns).ToList();
        if (judged.Count == 0)
        {
            return new CadenceProgress(start, today, beforeFrom, bands, CadenceChange.NotEnoughRuns, null, null, Missing(start, bands));
        }

        // Independent per-band estimates pooled with fixed weights: mean Σwd/Σw, standard error √(Σw²se²)/Σw.
        var weights = judged.Select(b => (double)Math.Min(b.Before!.Runs.Count, b.After!.Runs.Count)).ToList();
        var total = weights.Sum();
        var change = judged.Select((b, i) => weights[i] * b.ChangeStepsPerMinute!.Value).Sum() / total;
        var fraction = judged.Select((b, i) => weights[i] * b.ChangeFraction!.Value).Sum() / total;
        var se = Math.Sqrt(judged.Select((b, i) => Math.Pow(weights[i] * b.StandardErrorStepsPerMinute!.Value, 2)).Sum()) / total;
        var overall = Judge(change, fraction, se);
        var runs = judged.Sum(b => b.Before!.Runs.Count + b.After!.Runs.Count);
        var verdict = overall switch
        {
            CadenceChange.Up => "went up",
            CadenceChange.Down => "went down",
            _ => "has not clearly moved",
        };
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"Since {start:yyyy-MM-dd} your cadence at the same pace {verdict}: {change:+0.0;-0.0;0.0} spm ({fraction * 100:+0.0;-0.0;0.0}%), from {runs} easy runs in {judged.Count} pace band{(judged.Count == 1 ? "" : "s")}.");
        return new CadenceProgress(start, today, beforeFrom, bands, overall, change, fraction, explanation);
    }

    private static BandProgress Compare(PaceBand band, PaceBandCadence? before, PaceBandCadence? after)
    {
        if (before is null || after is null
            || before.Runs.Count < GaitRules.MinProgressRunsPerSide || after.Runs.Count < GaitRules.MinProgressRunsPerSide)
        {
            return new BandProgress(band, before, after, null, null, CadenceChange.NotEnoughRuns);
        }

        var change = after.Mean.StepsPerMinute - before.Mean.StepsPerMinute;
        var se = Math.Sqrt(Math.Pow(before.StandardErrorStepsPerMinute, 2) + Math.Pow(after.StandardErrorStepsPerMinute, 2));
        return new BandProgress(band, before, after, change, se, Judge(change, change / before.Mean.StepsPerMinute, se));
    }

    private static CadenceChange Judge(double change, double fraction, double standardError) =>
        Math.Abs(fraction) < GaitRules.ProgressMinChange || Math.Abs(change) <= GaitRules.ProgressStandardErrors * standardError
            ? CadenceChange.NoClearChange
            : change > 0 ? CadenceChange.Up : CadenceChange.Down;

    private static string Missing(DateOnly start, IReadOnlyList<BandProgress> bands)
    {
        var n = GaitRules.MinProgressRunsPerSide;
        var best = bands
            .OrderByDescending(b => Math.Min(b.Before?.Runs.Count ?? 0, b.After?.Runs.Count ?? 0))
            .ThenByDescending(b => (b.Before?.Runs.Count ?? 0) + (b.After?.Runs.Count ?? 0))
            .FirstOrDefault();
        var have = best is null
            ? "there are no easy runs with a step rate in either window"
            : string.Create(CultureInfo.InvariantCulture,
                $"at {best.Band} you have {best.Before?.Runs.Count ?? 0} before and {best.After?.Runs.Count ?? 0} since");
        return string.Create(CultureInfo.InvariantCulture,
            $"Not enough runs yet to tell whether your cadence moved since {start:yyyy-MM-dd}: it takes {n} easy runs before and {n} since at the same pace; {have}.");
    }
}
