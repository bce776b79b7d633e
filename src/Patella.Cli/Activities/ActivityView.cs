using Patella.Core.Activities;
using Patella.Data.Activities;

namespace Patella.Cli.Activities;

/// <summary>One activity as the command line shows it and as its JSON carries it (units in the names).</summary>
public sealed record ActivityView(
    long Id,
    DateTime StartUtc,
    DateTime StartLocal,
    Sport Sport,
    string? SportName,
    string? Name,
    double DistanceMetres,
    double MovingTimeSeconds,
    double ElapsedTimeSeconds,
    double AverageSpeedMetresPerSecond,
    double? ElevationGainMetres,
    double? ElevationLossMetres,
    double DownhillDistanceMetres,
    double? AverageCadenceStepsPerMinute,
    double? AverageHeartRateBpm,
    bool DistanceFromPositions,
    string? Device,
    string? Gear,
    double? DeviceDistanceMetres,
    double? DeviceTimerTimeSeconds,
    double? DeviceDescentMetres,
    string? Source)
{
    public static ActivityView From(StoredActivity a, string? source, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ActivityView(
            a.Id,
            a.StartUtc,
            TimeZoneInfo.ConvertTimeFromUtc(a.StartUtc, zone),
            a.Sport,
            a.SportName,
            a.Name,
            Math.Round(a.DistanceMetres, 1),
            Math.Round(a.MovingTimeSeconds),
            Math.Round(a.ElapsedTimeSeconds),
            Math.Round(a.AverageSpeedMetresPerSecond, 3),
            a.ElevationGainMetres is { } g ? Math.Round(g, 1) : null,
            a.ElevationLossMetres is { } l ? Math.Round(l, 1) : null,
            Math.Round(a.DownhillDistanceMetres, 1),
            a.AverageCadenceStepsPerMinute is { } c ? Math.Round(c, 1) : null,
            a.AverageHeartRateBpm is { } h ? Math.Round(h, 1) : null,
            a.DistanceFromPositions,
            a.Device,
            a.Gear,
            a.DeviceDistanceMetres,
            a.DeviceTimerTimeSeconds,
            a.DeviceDescentMetres,
            source);
    }
}
