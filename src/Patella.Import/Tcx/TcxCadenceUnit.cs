using Patella.Core.Activities;

namespace Patella.Import.Tcx;

/// <summary>
/// What a TCX activity's cadence counts. The schema puts bike cadence in <c>Trackpoint/Cadence</c>
/// and running cadence in ActivityExtension v2 <c>RunCadence</c> (research-notes §5.3), which
/// Garmin writes per foot.
/// </summary>
/// <remarks>
/// Measured on the corpus (moving points, above 1.5 m/s), RunCadence medians are one-foot counts
/// in every file: 20160911_run_708752345 79 at 2.1 m/s, 20181021_run_3106033902 79 at 2.0 m/s,
/// running_workout_1 78 at 2.9 m/s, sloatsburg 88 at 3.4 m/s, treadmill_1 77 at 2.6 m/s.
/// <c>Cadence</c> in a Running activity is left <see cref="CadenceUnit.Unknown"/>: no file shows
/// which unit its writer meant.
/// </remarks>
internal static class TcxCadenceUnit
{
    public static CadenceUnit For(Sport sport, bool hasCadence, bool onlyRunCadence) =>
        !hasCadence ? CadenceUnit.Unknown
        : sport == Sport.Cycling ? CadenceUnit.RevolutionsPerMinute
        : sport == Sport.Running && onlyRunCadence ? CadenceUnit.StridesPerMinute
        : CadenceUnit.Unknown;
}
