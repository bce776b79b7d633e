using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// The runs of one pace band and their step rate: the mean of the runs' running cadences (each run counts once,
/// whatever its length) and the sample standard deviation between runs.
/// </summary>
/// <param name="Band">The pace band.</param>
/// <param name="Runs">The runs in it, oldest first.</param>
/// <param name="Mean">Mean running cadence of the runs, spm.</param>
/// <param name="StandardDeviationStepsPerMinute">Sample standard deviation between runs, spm; 0 for a single run.</param>
public sealed record PaceBandCadence(PaceBand Band, IReadOnlyList<RunCadence> Runs, Cadence Mean, double StandardDeviationStepsPerMinute)
{
    /// <summary>Running time of all the runs together.</summary>
    public TimeSpan RunningTime => TimeSpan.FromSeconds(Runs.Sum(r => r.RunningTime.TotalSeconds));

    /// <summary>Standard error of <see cref="Mean"/>, spm: SD / √n.</summary>
    public double StandardErrorStepsPerMinute => StandardDeviationStepsPerMinute / Math.Sqrt(Runs.Count);

    /// <summary>The runs grouped by pace band, faster bands first.</summary>
    public static IReadOnlyList<PaceBandCadence> Group(IEnumerable<RunCadence> runs, DistanceUnit unit) =>
        [.. runs
            .GroupBy(r => PaceBand.Of(r.RunningSpeed, unit))
            .OrderBy(g => g.Key.FromSeconds)
            .Select(g => Of(g.Key, [.. g.OrderBy(r => r.Date)]))];

    private static PaceBandCadence Of(PaceBand band, IReadOnlyList<RunCadence> runs)
    {
        var mean = runs.Average(r => r.Cadence.StepsPerMinute);
        var sd = runs.Count > 1
            ? Math.Sqrt(runs.Sum(r => Math.Pow(r.Cadence.StepsPerMinute - mean, 2)) / (runs.Count - 1))
            : 0;
        return new PaceBandCadence(band, runs, Cadence.FromStepsPerMinute(mean), sd);
    }
}
