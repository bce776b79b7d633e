namespace Patella.Import.Gpx;

/// <summary>Which XML namespaces the GPX reader accepts for which elements (research-notes §5.2).</summary>
internal static class GpxNamespaces
{
    public const string Gpx11 = "http://www.topografix.com/GPX/1/1";
    public const string Gpx10 = "http://www.topografix.com/GPX/1/0";

    /// <summary>GPX 1.1, GPX 1.0, or no namespace at all (files without xmlns are common: broken1.gpx, gpx-without-xml-declaration.gpx).</summary>
    public static bool IsGpx(string namespaceUri) =>
        namespaceUri.Length == 0 || namespaceUri == Gpx11 || namespaceUri == Gpx10;

    /// <summary>
    /// Garmin TrackPointExtension v1 and v2 under any prefix. Matched on the path segment rather than
    /// the exact URI because OpenTracks writes "xmlschemes" for "xmlschemas"
    /// (legacy_gpx_pause_resume.gpx). GPX's own namespace is accepted too: Apple Health writes
    /// <c>&lt;speed&gt;</c> unqualified inside <c>&lt;extensions&gt;</c> (apple_watch_route.gpx).
    /// </summary>
    public static bool IsTrackPointExtension(string namespaceUri) =>
        IsGpx(namespaceUri) || namespaceUri.Contains("/TrackPointExtension/", StringComparison.Ordinal);
}
