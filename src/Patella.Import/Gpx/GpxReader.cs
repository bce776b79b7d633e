using System.Xml;
using Patella.Core.Activities;
using Patella.Import.Xml;

namespace Patella.Import.Gpx;

/// <summary>
/// Reads a GPX 1.0 or 1.1 file (research-notes §5.2) into one <see cref="RecordedActivity"/>:
/// every <c>trk/trkseg/trkpt</c> with its position, <c>ele</c>, <c>time</c> and the Garmin
/// TrackPointExtension v1/v2 <c>hr</c>, <c>cad</c> and <c>speed</c>. Routes and waypoints are
/// not recordings and are ignored. Streaming: memory grows with the points kept, not the file.
/// </summary>
/// <remarks>
/// Tolerances, each tied to a file of the shared corpus: elements without namespace
/// (broken1.gpx), no XML declaration, BOM, ISO-8859-1; empty <c>&lt;ele/&gt;</c> is missing
/// (wahoo_example.gpx); out-of-range positions are OpenTracks pause markers, not positions
/// (legacy_gpx_pause_resume.gpx); a time without zone is UTC, with a warning.
/// </remarks>
public static class GpxReader
{
    /// <summary>Reads a GPX document from <paramref name="stream"/> (plain XML; gzip is the importer's job). The stream is not closed.</summary>
    /// <returns>Exactly one activity: a GPX file is one recording, whatever its number of tracks.</returns>
    /// <exception cref="ActivityFileException">
    /// Unsafe: a DTD or an oversized value. Format: not well-formed XML or not GPX (location "line L, column C").
    /// Unsupported: no track points (a route or waypoints only).
    /// </exception>
    public static IReadOnlyList<RecordedActivity> Read(Stream stream) => SafeXml.Read(stream, ReadDocument);

    /// <summary>As <see cref="Read(Stream)"/> over a reader the caller created; it should use <see cref="SafeXml"/>'s rules (no DTD).</summary>
    /// <exception cref="ActivityFileException">As <see cref="Read(Stream)"/>.</exception>
    public static IReadOnlyList<RecordedActivity> Read(XmlReader reader) => SafeXml.Read(reader, ReadDocument);

    private static List<RecordedActivity> ReadDocument(XmlReader reader)
    {
        SafeXml.MoveToRoot(reader);
        if (reader.LocalName != "gpx" || !GpxNamespaces.IsGpx(reader.NamespaceURI))
        {
            throw new ActivityFileException(ActivityFileErrorKind.Format, $"not a GPX file: the root element is <{reader.Name}>", XmlScope.Location(reader));
        }

        var creator = Clean(reader.GetAttribute("creator"));
        var tracks = new GpxTrackReader();
        string? fileName = null;
        var routesOrWaypoints = 0;
        var root = new XmlScope(reader);
        while (root.NextChild())
        {
            if (!GpxNamespaces.IsGpx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "trk":
                    tracks.ReadTrack(reader);
                    break;
                case "metadata":
                    fileName ??= ReadMetadataName(reader);
                    break;
                case "name": // GPX 1.0 keeps the file's name directly under <gpx>.
                    fileName ??= Clean(XmlScope.ReadText(reader));
                    break;
                case "rte" or "wpt":
                    routesOrWaypoints++;
                    break;
            }
        }

        if (tracks.Recorder.Points.Count == 0)
        {
            var reason = routesOrWaypoints > 0 ? "route or waypoints only, no recorded track" : "no recorded track points";
            throw new ActivityFileException(ActivityFileErrorKind.Unsupported, reason);
        }

        return [tracks.ToActivity(creator, fileName)];
    }

    private static string? ReadMetadataName(XmlReader reader)
    {
        string? name = null;
        var metadata = new XmlScope(reader);
        while (metadata.NextChild())
        {
            if (reader.LocalName == "name" && GpxNamespaces.IsGpx(reader.NamespaceURI))
            {
                name ??= Clean(XmlScope.ReadText(reader));
            }
        }

        return name;
    }

    /// <summary>Trimmed text, null when blank.</summary>
    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
