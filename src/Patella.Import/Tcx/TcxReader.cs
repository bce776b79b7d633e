using System.Xml;
using Patella.Core.Activities;
using Patella.Import.Xml;

namespace Patella.Import.Tcx;

/// <summary>
/// Reads a Training Center Database v2 file (research-notes §5.3): one
/// <see cref="RecordedActivity"/> per <c>Activities/Activity</c>, including those nested in a
/// <c>MultiSportSession</c>. Courses are plans, not recordings, and are ignored. Streaming:
/// memory grows with the points kept, not the file.
/// </summary>
public static class TcxReader
{
    /// <summary>Reads a TCX document from <paramref name="stream"/> (plain XML; gzip is the importer's job). The stream is not closed.</summary>
    /// <returns>The activities in file order; never empty.</returns>
    /// <exception cref="ActivityFileException">
    /// Unsafe: a DTD or an oversized value. Format: not well-formed XML or not TCX (location "line L, column C").
    /// Unsupported: no activity (courses only), or Training Center v1.
    /// </exception>
    public static IReadOnlyList<RecordedActivity> Read(Stream stream) => SafeXml.Read(stream, ReadDocument);

    /// <summary>As <see cref="Read(Stream)"/> over a reader the caller created; it should use <see cref="SafeXml"/>'s rules (no DTD).</summary>
    /// <exception cref="ActivityFileException">As <see cref="Read(Stream)"/>.</exception>
    public static IReadOnlyList<RecordedActivity> Read(XmlReader reader) => SafeXml.Read(reader, ReadDocument);

    private static List<RecordedActivity> ReadDocument(XmlReader reader)
    {
        SafeXml.MoveToRoot(reader);
        if (reader.LocalName == "TrainingCenterDatabase" && reader.NamespaceURI == TcxNamespaces.TrainingCenterV1)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsupported, "Training Center Database v1 files are not read; export as TCX v2 or FIT", XmlScope.Location(reader));
        }

        if (reader.LocalName != "TrainingCenterDatabase" || !TcxNamespaces.IsTcx(reader.NamespaceURI))
        {
            throw new ActivityFileException(ActivityFileErrorKind.Format, $"not a TCX file: the root element is <{reader.Name}>", XmlScope.Location(reader));
        }

        var activities = new List<RecordedActivity>();
        var courses = 0;
        var root = new XmlScope(reader);
        while (root.NextChild())
        {
            if (!TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                continue;
            }

            if (reader.LocalName == "Activities")
            {
                ReadActivities(reader, activities);
            }
            else if (reader.LocalName == "Courses")
            {
                courses++;
            }
        }

        if (activities.Count == 0)
        {
            var reason = courses > 0 ? "courses only, no recorded activity" : "no recorded activity";
            throw new ActivityFileException(ActivityFileErrorKind.Unsupported, reason);
        }

        return activities;
    }

    private static void ReadActivities(XmlReader reader, List<RecordedActivity> activities)
    {
        // Activity sits directly under Activities, or under MultiSportSession/FirstSport|NextSport.
        var scope = new XmlScope(reader);
        while (scope.NextDescendant())
        {
            if (reader.LocalName == "Activity" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                activities.Add(new TcxActivityReader().Read(reader));
            }
        }
    }
}
