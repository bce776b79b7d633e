using Patella.Core.Activities;

namespace Patella.Import.Gpx;

/// <summary>
/// What GPX <c>cad</c> counts. The TrackPointExtension schema types it RevolutionsPerMinute_t, which
/// fits a bike; for running it depends on the writer (research-notes §5.2). Decided here only
/// where the writer is known; otherwise <see cref="CadenceUnit.Unknown"/> and Core decides from the numbers.
/// </summary>
/// <remarks>
/// Measured on the corpus (moving points, above 1.5 m/s): Garmin Connect exports
/// 20171008_run_2067489619.gpx median cad 78 at 2.1 m/s and garmin-activity.gpx 80 at 2.4 m/s;
/// the Strava Android export 20170319_run_906581465.gpx 80 at 2.5 m/s. Those are one-foot counts:
/// 156-160 steps/min is a normal running step rate, 78-80 is not.
/// </remarks>
internal static class GpxCadenceUnit
{
    private static readonly string[] StrideWriters = ["Garmin", "StravaGPX"];

    public static CadenceUnit For(Sport sport, string? creator, bool hasCadence)
    {
        if (!hasCadence)
        {
            return CadenceUnit.Unknown;
        }

        if (sport == Sport.Cycling)
        {
            return CadenceUnit.RevolutionsPerMinute;
        }

        var knownWriter = creator is not null && StrideWriters.Any(w => creator.Contains(w, StringComparison.OrdinalIgnoreCase));
        return sport.IsOnFoot() && knownWriter ? CadenceUnit.StridesPerMinute : CadenceUnit.Unknown;
    }
}
