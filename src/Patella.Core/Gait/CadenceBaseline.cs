using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// The runner's own step rate on their recent easy runs, per pace band, and at their typical easy pace
/// (rule <see cref="GaitRules.Baseline"/>). The target is built from <see cref="Cadence"/>.
/// </summary>
/// <param name="FirstDay">First local date of the window.</param>
/// <param name="LastDay">Last local date of the window (inclusive).</param>
/// <param name="Unit">The unit pace bands are counted in.</param>
/// <param name="RunsWithCadence">Runs in the window with a running step rate, before the easy filter.</param>
/// <param name="EasySpeedLimit">Fastest running speed counted as easy; null without runs.</param>
/// <param name="Bands">Easy runs per pace band, faster bands first.</param>
/// <param name="Typical">The band with the most easy runs (then the most running time, then the slower), when it holds enough.</param>
/// <param name="NotEnough">Why there is no baseline, in a sentence; null when there is one.</param>
public sealed record CadenceBaseline(
    DateOnly FirstDay,
    DateOnly LastDay,
    DistanceUnit Unit,
    int RunsWithCadence,
    Speed? EasySpeedLimit,
    IReadOnlyList<PaceBandCadence> Bands,
    PaceBandCadence? Typical,
    string? NotEnough)
{
    /// <summary>The baseline step rate: the mean of the typical band; null when there is too little data.</summary>
    public Cadence? Cadence => Typical?.Mean;

    /// <summary>Easy runs counted, across all bands.</summary>
    public int EasyRunCount => Bands.Sum(b => b.Runs.Count);

    /// <summary>
    /// The baseline over the <see cref="GaitRules.BaselineWeeks"/> weeks ending on <paramref name="today"/> (local dates in
    /// <paramref name="zone"/>, both ends included): runs of any running sport with a step rate, the easy ones, by pace band.
    /// </summary>
    public static CadenceBaseline From(IEnumerable<Activity> activities, DateOnly today, TimeZoneInfo zone, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var from = today.AddDays(-(7 * GaitRules.BaselineWeeks) + 1);
        return Of(EasyRuns.Between(activities, from, today, zone), from, today, unit);
    }

    /// <summary>The baseline of runs already picked for a window (<see cref="EasyRuns.Between"/>): easy filter, bands, typical band.</summary>
    public static CadenceBaseline Of(IReadOnlyList<RunCadence> runs, DateOnly from, DateOnly to, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var easy = EasyRuns.Select(runs);
        var bands = PaceBandCadence.Group(easy, unit);
        var typical = bands
            .OrderByDescending(b => b.Runs.Count)
            .ThenByDescending(b => b.RunningTime)
            .ThenByDescending(b => b.Band.FromSeconds)
            .FirstOrDefault();
        var window = string.Create(CultureInfo.InvariantCulture, $"between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
        string? notEnough = null;
        if (runs.Count == 0)
        {
            notEnough = $"No runs with a step rate {window}: import runs recorded by a watch or foot pod that measures cadence.";
        }
        else if (easy.Count < GaitRules.MinBaselineRuns)
        {
            notEnough = string.Create(CultureInfo.InvariantCulture,
                $"Only {easy.Count} easy run{(easy.Count == 1 ? "" : "s")} with a step rate {window}; a baseline needs {GaitRules.MinBaselineRuns}.");
        }
        else if (typical is null || typical.Runs.Count < GaitRules.MinTypicalBandRuns)
        {
            notEnough = string.Create(CultureInfo.InvariantCulture,
                $"Your easy runs {window} are spread over paces: no {GaitRules.PaceBandSeconds}-second pace band holds {GaitRules.MinTypicalBandRuns} of them yet.");
        }

        return new CadenceBaseline(from, to, unit, runs.Count, EasyRuns.SpeedLimit(runs), bands, notEnough is null ? typical : null, notEnough);
    }
}
