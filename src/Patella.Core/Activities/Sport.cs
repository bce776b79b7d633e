namespace Patella.Core.Activities;

/// <summary>
/// What kind of activity it was. Load counts <see cref="Running"/> (road, trail and treadmill
/// alike: see <see cref="SportExtensions.IsRunning"/>); everything else is cross-training.
/// </summary>
public enum Sport
{
    Unknown = 0,
    Running,
    TrailRunning,
    TreadmillRunning,
    Walking,
    Hiking,
    Cycling,
    Swimming,
    Rowing,
    Elliptical,
    StrengthTraining,
    Multisport,
    Other,
}

public static class SportExtensions
{
    /// <summary>True for every kind of running: it loads the knee the way the clinical rules mean.</summary>
    public static bool IsRunning(this Sport sport) =>
        sport is Sport.Running or Sport.TrailRunning or Sport.TreadmillRunning;

    /// <summary>True where a step rate means something (running, walking, hiking).</summary>
    public static bool IsOnFoot(this Sport sport) =>
        sport.IsRunning() || sport is Sport.Walking or Sport.Hiking;

    /// <summary>
    /// True when two recordings could be the same outing: the same sport, both running of any
    /// kind, or one of them without a sport (a GPX file that does not say).
    /// </summary>
    public static bool IsSameKindAs(this Sport sport, Sport other) =>
        sport == other || (sport.IsRunning() && other.IsRunning()) || sport == Sport.Unknown || other == Sport.Unknown;
}
