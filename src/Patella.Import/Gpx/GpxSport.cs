using Patella.Core.Activities;

namespace Patella.Import.Gpx;

/// <summary>
/// Reads the free-text <c>trk/type</c> of GPX 1.1 (the schema leaves its values open). The words
/// are those written by Garmin Connect ("running", "trail_running"…), Strava routes ("Run", "Ride")
/// and apps such as OpenTracks; Strava activity exports write a number, of which only 9 = run is
/// documented (cpfair/tapiriik#574 and gpx/20170319_run_906581465.gpx).
/// </summary>
internal static class GpxSport
{
    private static readonly Dictionary<string, Sport> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["running"] = Sport.Running,
        ["run"] = Sport.Running,
        ["9"] = Sport.Running,
        ["street_running"] = Sport.Running,
        ["track_running"] = Sport.Running,
        ["trail_running"] = Sport.TrailRunning,
        ["treadmill_running"] = Sport.TreadmillRunning,
        ["walking"] = Sport.Walking,
        ["walk"] = Sport.Walking,
        ["hiking"] = Sport.Hiking,
        ["hike"] = Sport.Hiking,
        ["cycling"] = Sport.Cycling,
        ["biking"] = Sport.Cycling,
        ["ride"] = Sport.Cycling,
        ["road_biking"] = Sport.Cycling,
        ["mountain_biking"] = Sport.Cycling,
        ["swimming"] = Sport.Swimming,
        ["open_water_swimming"] = Sport.Swimming,
    };

    /// <summary>The sport a <c>type</c> text names; <see cref="Sport.Unknown"/> for anything else.</summary>
    public static Sport FromType(string? type) =>
        type is not null && Words.TryGetValue(type.Trim(), out var sport) ? sport : Sport.Unknown;
}
