using System.Globalization;
using System.Text.Json;
using Patella.Core.Activities;
using Patella.Core.Measures;
using Patella.Import.Gpx;
using Patella.Import.Tcx;
using Patella.Tests;

namespace Patella.Import.Tests.Gpx;

/// <summary>
/// The independent GPX/TCX summaries in <c>gpx-tcx-reference.jsonl</c> (tools/peer-gpx, xmldom),
/// and the same arithmetic done on what our readers return, so the two can be compared.
/// Shared by the GPX and TCX reference tests.
/// </summary>
internal static class XmlReference
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Lines = new(Load);

    /// <summary>File names (no folder) of every corpus file in <paramref name="folder"/> ("gpx" or "tcx").</summary>
    public static TheoryData<string> FilesIn(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SharedTestData.File(folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>The reference line for <c>folder/name</c>.</summary>
    public static JsonElement For(string folder, string name) => Lines.Value[$"{folder}/{name}"];

    public static int Int(this JsonElement line, string property) => line.GetProperty(property).GetInt32();

    public static double Number(this JsonElement line, string property) => line.GetProperty(property).GetDouble();

    public static string? Text(this JsonElement line, string property) =>
        line.GetProperty(property).ValueKind == JsonValueKind.Null ? null : line.GetProperty(property).GetString();

    /// <summary>Haversine length of each segment over consecutive points with a position, summed (the reference's distance_m rule).</summary>
    public static double SegmentDistanceMetres(IEnumerable<TrackPoint> points)
    {
        var total = 0.0;
        TrackPoint? previous = null;
        foreach (var point in points.Where(p => p.HasPosition))
        {
            if (previous is { } p && p.Segment == point.Segment)
            {
                total += Geodesy.HaversineMetres(p.Latitude, p.Longitude, point.Latitude, point.Longitude);
            }

            previous = point;
        }

        return total;
    }

    /// <summary>Unsmoothed gain and loss over consecutive points with an altitude, within each segment.</summary>
    public static (double Gain, double Loss) ElevationGainLoss(IEnumerable<TrackPoint> points)
    {
        double gain = 0, loss = 0;
        TrackPoint? previous = null;
        foreach (var point in points.Where(p => !double.IsNaN(p.AltitudeMetres)))
        {
            if (previous is { } p && p.Segment == point.Segment)
            {
                var step = point.AltitudeMetres - p.AltitudeMetres;
                gain += Math.Max(step, 0);
                loss += Math.Max(-step, 0);
            }

            previous = point;
        }

        return (gain, loss);
    }

    /// <summary>A UTC time as the reference writes it: ISO-8601, milliseconds rounded, "Z".</summary>
    public static string? Iso(DateTime? utc) =>
        utc is { } t
            ? new DateTime((long)Math.Round(t.Ticks / (double)TimeSpan.TicksPerMillisecond, MidpointRounding.AwayFromZero) * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc)
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : null;

    public static RecordedActivity[] ReadGpx(string name)
    {
        using var stream = File.OpenRead(SharedTestData.File("gpx", name));
        return [.. GpxReader.Read(stream)];
    }

    public static RecordedActivity[] ReadTcx(string name)
    {
        using var stream = File.OpenRead(SharedTestData.File("tcx", name));
        return [.. TcxReader.Read(stream)];
    }

    private static Dictionary<string, JsonElement> Load()
    {
        var lines = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var text in File.ReadLines(SharedTestData.File("gpx-tcx-reference.jsonl")))
        {
            using var document = JsonDocument.Parse(text);
            var line = document.RootElement.Clone();
            lines[line.GetProperty("file").GetString()!] = line;
        }

        return lines;
    }
}
