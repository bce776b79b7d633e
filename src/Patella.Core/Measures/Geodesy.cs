namespace Patella.Core.Measures;

/// <summary>Distances on the Earth's surface.</summary>
public static class Geodesy
{
    /// <summary>Mean Earth radius (IUGG R1), metres. The shared reference results use the same value.</summary>
    public const double MeanEarthRadiusMetres = 6371008.8;

    /// <summary>
    /// Great-circle distance between two positions in degrees, by the haversine formula on a sphere
    /// of <see cref="MeanEarthRadiusMetres"/>. Accurate to ~0.5% against the ellipsoid, far below GPS noise.
    /// </summary>
    public static double HaversineMetres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        const double toRadians = Math.PI / 180.0;
        var phi1 = latitude1 * toRadians;
        var phi2 = latitude2 * toRadians;
        var sinHalfDeltaPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfDeltaLambda = Math.Sin((longitude2 - longitude1) * toRadians / 2);
        var a = (sinHalfDeltaPhi * sinHalfDeltaPhi) + (Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda);
        return 2 * MeanEarthRadiusMetres * Math.Asin(Math.Sqrt(Math.Min(1.0, a)));
    }
}
