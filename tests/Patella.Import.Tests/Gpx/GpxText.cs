using System.Text;
using Patella.Core.Activities;
using Patella.Import.Gpx;
using Patella.Import.Tcx;

namespace Patella.Import.Tests.Gpx;

/// <summary>Reads small hand-written documents, for the rules no corpus file isolates.</summary>
internal static class GpxText
{
    public static RecordedActivity ReadGpx(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Assert.Single(GpxReader.Read(stream));
    }

    public static IReadOnlyList<RecordedActivity> ReadTcx(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return TcxReader.Read(stream);
    }

    /// <summary>A GPX 1.1 document with one track of the given trkpt elements.</summary>
    public static string Track(string points, string creator = "test", string type = "") =>
        $"""
        <gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="{creator}"
             xmlns:tpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
          <trk>{(type.Length > 0 ? $"<type>{type}</type>" : "")}<trkseg>{points}</trkseg></trk>
        </gpx>
        """;
}
