using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Core.Gait;

/// <summary>
/// A band of pace <see cref="GaitRules.PaceBandSeconds"/> wide in the runner's unit: paces from <see cref="FromSeconds"/>
/// (fastest, included) to <see cref="ToSeconds"/> (slowest, excluded) per kilometre or mile. Cadence rises with speed,
/// so step rates are only compared within one band. <c>default</c> is the band starting at 0:00 per kilometre.
/// </summary>
/// <param name="FromSeconds">Fastest pace of the band, seconds per <paramref name="Unit"/>: a multiple of the band width.</param>
/// <param name="Unit">Kilometres or miles.</param>
public readonly record struct PaceBand(int FromSeconds, DistanceUnit Unit)
{
    /// <summary>Slowest pace of the band (excluded), seconds per unit.</summary>
    public int ToSeconds => FromSeconds + GaitRules.PaceBandSeconds;

    /// <summary>Speed at the slow edge of the band (excluded: the next, slower band starts there).</summary>
    public Speed SlowSpeed => Speed.FromMetresPerSecond(MetresPerUnit / ToSeconds);

    /// <summary>Speed at the fast edge of the band (included); standing still for the band starting at 0:00, which no run reaches.</summary>
    public Speed FastSpeed => FromSeconds > 0 ? Speed.FromMetresPerSecond(MetresPerUnit / FromSeconds) : default;

    private double MetresPerUnit => Unit == DistanceUnit.Miles ? Distance.MetresPerMile : 1000.0;

    /// <summary>The band holding a speed, in the runner's unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Standing still: there is no pace.</exception>
    public static PaceBand Of(Speed speed, DistanceUnit unit)
    {
        if (speed.MetresPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed.MetresPerSecond, "A pace band needs a moving speed.");
        }

        var metresPerUnit = unit == DistanceUnit.Miles ? Distance.MetresPerMile : 1000.0;
        var seconds = metresPerUnit / speed.MetresPerSecond;
        // A speed computed from a band edge (1000 m / 330 s) must land in that band, not a rounding error below it.
        var from = (int)Math.Floor((seconds / GaitRules.PaceBandSeconds) + 1e-9) * GaitRules.PaceBandSeconds;
        return new PaceBand(from, unit);
    }

    /// <summary>e.g. "5:30-6:00 /km".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Clock(FromSeconds)}-{Clock(ToSeconds)} /{Unit.Symbol()}");

    private static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
}
