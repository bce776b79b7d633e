using System.Globalization;
using Patella.Core.Measures;

namespace Patella.Cli.Infrastructure;

/// <summary>Shows distances and paces in the runner's units ("km" or "mi").</summary>
public sealed record Units(string Name)
{
    public bool Miles => Name == "mi";

    public string Distance(double metres) => Miles
        ? string.Create(CultureInfo.InvariantCulture, $"{metres / Patella.Core.Measures.Distance.MetresPerMile:0.00} mi")
        : string.Create(CultureInfo.InvariantCulture, $"{metres / 1000:0.00} km");

    public string Pace(double metresPerSecond)
    {
        var pace = Speed.FromMetresPerSecond(Math.Max(0, metresPerSecond));
        var per = Miles ? pace.PacePerMile : pace.PacePerKilometre;
        return per is { } p && p < TimeSpan.FromHours(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)p.TotalMinutes}:{p.Seconds:00} /{(Miles ? "mi" : "km")}")
            : "-";
    }

    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
    }
}
