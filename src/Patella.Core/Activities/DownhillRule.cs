namespace Patella.Core.Activities;

/// <summary>
/// Downhill distance: how far the runner went on a grade below <see cref="MaxGrade"/> (-3%) in stretches
/// of at least <see cref="MinStretchMetres"/> (50 m). Downhill running loads the patellofemoral joint
/// eccentrically and is a common aggravating factor in runner's knee (DESIGN.md, capability 1 and 2).
/// <para>
/// Grade is measured on the profile smoothed by <see cref="ElevationSmoothing"/> (a 50 m moving average
/// applied twice), never point to point: the slope of a 50 m moving average between two samples is the
/// drop across the 50 m window around them, so every grade here spans at least 50 m of road (100 m,
/// triangularly weighted, after the second pass). Consecutive steps steeper than -3% form a stretch; a
/// stretch counts in full when it is at least 50 m long, and not at all when shorter. Steps without
/// distance (standing still) neither add to nor break a stretch. The window softens the ends of a
/// descent: a clean 100 m drop at -5% counts as 89 m, a 40 m one not at all; a short drop steep enough to
/// make the 50 m around it average below -3% counts as that longer stretch (40 m at -10%: 62 m).
/// </para>
/// </summary>
public static class DownhillRule
{
    /// <summary>Grade (rise over run, -0.03 = -3%) below which a step is downhill.</summary>
    public const double MaxGrade = -0.03;

    /// <summary>Shortest stretch of downhill steps that counts, metres.</summary>
    public const double MinStretchMetres = 50.0;

    /// <summary>
    /// Downhill metres of a profile given as distance along the track (non-decreasing, metres) and smoothed
    /// altitude (metres) at the same samples.
    /// </summary>
    public static double DownhillMetres(ReadOnlySpan<double> distanceMetres, ReadOnlySpan<double> smoothedAltitudeMetres)
    {
        var total = 0.0;
        var stretch = 0.0;
        for (var i = 1; i < distanceMetres.Length; i++)
        {
            var run = distanceMetres[i] - distanceMetres[i - 1];
            if (!(run > 0))
            {
                continue;
            }

            var grade = (smoothedAltitudeMetres[i] - smoothedAltitudeMetres[i - 1]) / run;
            if (grade < MaxGrade)
            {
                stretch += run;
            }
            else
            {
                total += Counted(stretch);
                stretch = 0;
            }
        }

        return total + Counted(stretch);
    }

    private static double Counted(double stretchMetres) => stretchMetres >= MinStretchMetres ? stretchMetres : 0;
}
