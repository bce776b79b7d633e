using System.Globalization;
using Patella.Core.Measures;

namespace Patella.Web.Activities;

/// <summary>Numbers as a runner reads them on the pages, in their unit (km or mi). Invariant culture throughout.</summary>
public static class RunFormat
{
    /// <summary>"12.3 km" or "7.6 mi".</summary>
    public static string Distance(double metres, string units) => units == "mi"
        ? string.Create(CultureInfo.InvariantCulture, $"{metres / Core.Measures.Distance.MetresPerMile:0.00} mi")
        : string.Create(CultureInfo.InvariantCulture, $"{metres / 1000:0.00} km");

    /// <summary>"1:02:03" or "42:05".</summary>
    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
    }

    /// <summary>"5:12 /km" or "8:22 /mi"; a dash without distance.</summary>
    public static string Pace(double metres, double movingSeconds, string units)
    {
        if (metres <= 0 || movingSeconds <= 0)
        {
            return "–";
        }

        var perUnit = movingSeconds / (metres / (units == "mi" ? Core.Measures.Distance.MetresPerMile : 1000));
        return Duration(perUnit) + (units == "mi" ? " /mi" : " /km");
    }

    /// <summary>"320 m"; a dash when unknown.</summary>
    public static string Metres(double? metres) =>
        metres is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0} m") : "–";

    /// <summary>"172"; a dash when unknown.</summary>
    public static string Whole(double? value) =>
        value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "–";

    /// <summary>"Mon 2026-03-02 07:15" in the runner's zone.</summary>
    public static string LocalStart(DateTime startUtc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), zone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A distance value in the runner's unit, for charts and tables.</summary>
    public static double InUnit(Distance distance, string units) => units == "mi" ? distance.Miles : distance.Kilometres;
}
