using System.Xml;
using Patella.Core.Activities;
using Patella.Import.Xml;

namespace Patella.Import.Gpx;

/// <summary>Reads the <c>trk</c> elements of one GPX file into a <see cref="TrackRecorder"/>.</summary>
internal sealed class GpxTrackReader
{
    /// <summary>OpenTracks (before v3.2) marked a pause with a point at latitude 100 and the resume at latitude 200.</summary>
    private const double PauseLatitude = 100;
    private const double ResumeLatitude = 200;

    private readonly XmlValues values = new();
    private readonly List<TimerPause> pauses = [];
    private DateTime? pauseStart;
    private int outOfRangePoints;
    private int pointsWithoutPosition;
    private string? firstWithoutPosition;
    private string? trackName;
    private string? trackType;

    public TrackRecorder Recorder { get; } = new();

    /// <summary>Reads one <c>trk</c>; the reader is on its start tag and is left on its end tag.</summary>
    public void ReadTrack(XmlReader reader)
    {
        Recorder.EndSegment();
        var track = new XmlScope(reader);
        while (track.NextChild())
        {
            if (!GpxNamespaces.IsGpx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "name":
                    trackName ??= GpxReader.Clean(XmlScope.ReadText(reader));
                    break;
                case "type":
                    trackType ??= GpxReader.Clean(XmlScope.ReadText(reader));
                    break;
                case "trkseg":
                    ReadSegment(reader);
                    break;
            }
        }
    }

    public RecordedActivity ToActivity(string? creator, string? fileName)
    {
        var sport = GpxSport.FromType(trackType);
        var warnings = new List<string>(values.Warnings());
        if (outOfRangePoints > 0)
        {
            warnings.Add($"track points with an out-of-range position (such as OpenTracks' latitude 100/200 pause markers), left out with a new segment after each: {outOfRangePoints}");
        }

        if (pointsWithoutPosition > 0)
        {
            warnings.Add($"track points without a readable lat/lon, left out: {pointsWithoutPosition} (first at {firstWithoutPosition})");
        }

        if (Recorder.FirstTimeUtc is null)
        {
            warnings.Add("no track point has a time, so the start of the activity is unknown");
        }

        return new RecordedActivity
        {
            Format = ActivityFormat.Gpx,
            Sport = sport,
            SportName = trackType,
            Name = trackName ?? fileName,
            Device = creator,
            StartUtc = Recorder.FirstTimeUtc,
            UtcOffset = Recorder.FirstOffset,
            Points = Recorder.Points,
            Pauses = pauses,
            CadenceUnit = GpxCadenceUnit.For(sport, creator, Recorder.HasCadence),
            Summary = DeviceSummary.None,
            Warnings = warnings,
        };
    }

    private void ReadSegment(XmlReader reader)
    {
        Recorder.EndSegment();
        var segment = new XmlScope(reader);
        while (segment.NextChild())
        {
            if (reader.LocalName == "trkpt" && GpxNamespaces.IsGpx(reader.NamespaceURI))
            {
                ReadPoint(reader);
            }
        }
    }

    private void ReadPoint(XmlReader reader)
    {
        var at = TextPosition.Of(reader);
        var latitude = values.ParseNumber(reader.GetAttribute("lat"), at);
        var longitude = values.ParseNumber(reader.GetAttribute("lon"), at);
        DateTime? time = null;
        TimeSpan? offset = null;
        double elevation = double.NaN, heartRate = double.NaN, cadence = double.NaN, speed = double.NaN;
        var point = new XmlScope(reader);
        while (point.NextChild())
        {
            if (!GpxNamespaces.IsGpx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "ele":
                    elevation = values.ReadNumber(reader);
                    break;
                case "time":
                    time = values.ReadTime(reader, out offset);
                    break;
                case "speed": // GPX 1.0 has speed (m/s) as a child of trkpt.
                    speed = values.ReadNumber(reader);
                    break;
                case "extensions":
                    ReadExtensions(reader, ref heartRate, ref cadence, ref speed);
                    break;
            }
        }

        if (double.IsNaN(latitude) || double.IsNaN(longitude))
        {
            pointsWithoutPosition++;
            firstWithoutPosition ??= at.ToString();
            Recorder.EndSegment();
            return;
        }

        var sample = new TrackPoint(time, latitude, longitude, elevation, double.NaN, speed, heartRate, cadence, 0);
        if (!sample.HasPosition)
        {
            NotePauseMarker(latitude, time);
            outOfRangePoints++;
            Recorder.EndSegment();
            return;
        }

        Recorder.Add(sample, offset);
    }

    private void NotePauseMarker(double latitude, DateTime? time)
    {
        if (latitude == PauseLatitude)
        {
            pauseStart = time;
        }
        else if (latitude == ResumeLatitude && pauseStart is { } start && time is { } end && end >= start)
        {
            pauses.Add(new TimerPause(start, end));
            pauseStart = null;
        }
    }

    private void ReadExtensions(XmlReader reader, ref double heartRate, ref double cadence, ref double speed)
    {
        // hr/cad/speed sit one level down in gpxtpx:TrackPointExtension, or directly in
        // <extensions> (Apple Health's speed), so any depth is searched.
        var extensions = new XmlScope(reader);
        while (extensions.NextDescendant())
        {
            if (!GpxNamespaces.IsTrackPointExtension(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "hr":
                    heartRate = values.ReadNumber(reader);
                    break;
                case "cad":
                    cadence = values.ReadNumber(reader);
                    break;
                case "speed":
                    speed = values.ReadNumber(reader);
                    break;
            }
        }
    }
}
