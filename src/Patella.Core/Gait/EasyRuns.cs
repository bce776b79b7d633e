using Patella.Core.Activities;
using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// The runner's easy runs among their runs with a step rate: running speed at or below the
/// <see cref="GaitRules.EasySpeedPercentile"/> (nearest rank) of those runs' speeds. Tempo runs, intervals and races
/// are faster and left out; what counts as easy is the runner's own, not a fixed pace.
/// </summary>
public static class EasyRuns
{
    /// <summary>
    /// The running cadence of every run on local dates <paramref name="from"/> to <paramref name="to"/> (inclusive) that has
    /// one (<see cref="RunCadence.Of"/>), oldest first.
    /// </summary>
    public static IReadOnlyList<RunCadence> Between(IEnumerable<Activity> activities, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return [.. activities
            .Select(a => RunCadence.Of(a, zone))
            .OfType<RunCadence>()
            .Where(r => r.Date >= from && r.Date <= to)
            .OrderBy(r => r.Date)];
    }

    /// <summary>The fastest speed that still counts as easy among <paramref name="runs"/>; null when there are none.</summary>
    public static Speed? SpeedLimit(IReadOnlyCollection<RunCadence> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return null;
        }

        var speeds = runs.Select(r => r.RunningSpeed).Order().ToList();
        var rank = (int)Math.Ceiling(GaitRules.EasySpeedPercentile * speeds.Count);
        return speeds[Math.Max(rank, 1) - 1];
    }

    /// <summary>The runs at or below <see cref="SpeedLimit"/>, in their order.</summary>
    public static IReadOnlyList<RunCadence> Select(IReadOnlyCollection<RunCadence> runs) =>
        SpeedLimit(runs) is { } limit ? [.. runs.Where(r => r.RunningSpeed <= limit)] : [];
}
