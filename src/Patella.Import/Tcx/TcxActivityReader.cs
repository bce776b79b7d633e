using System.Xml;
using Patella.Core.Activities;
using Patella.Import.Xml;

namespace Patella.Import.Tcx;

/// <summary>Reads one TCX <c>Activity</c> (laps, tracks, trackpoints, creator). Use once.</summary>
internal sealed class TcxActivityReader
{
    private readonly XmlValues values = new();
    private readonly TrackRecorder recorder = new();
    private readonly TcxLapTotals laps = new();
    private DateTime? idTime;
    private TimeSpan? idOffset;
    private DateTime? firstLapStart;
    private string? device;
    private bool cadenceOnlyFromRunCadence = true;
    private int invalidPositions;

    /// <summary>Reads the activity; the reader is on its start tag and is left on its end tag.</summary>
    public RecordedActivity Read(XmlReader reader)
    {
        var sportName = reader.GetAttribute("Sport")?.Trim();
        var activity = new XmlScope(reader);
        while (activity.NextChild())
        {
            if (!TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "Id":
                    idTime = values.ReadTime(reader, out idOffset);
                    break;
                case "Lap":
                    ReadLap(reader);
                    break;
                case "Creator":
                    device ??= ReadCreatorName(reader);
                    break;
            }
        }

        return ToActivity(sportName);
    }

    private RecordedActivity ToActivity(string? sportName)
    {
        var sport = sportName switch
        {
            "Running" => Sport.Running,
            "Biking" => Sport.Cycling,
            "Other" => Sport.Other,
            _ => Sport.Unknown,
        };
        var cadenceUnit = TcxCadenceUnit.For(sport, recorder.HasCadence, cadenceOnlyFromRunCadence);
        var warnings = new List<string>(values.Warnings());
        if (invalidPositions > 0)
        {
            warnings.Add($"trackpoints with an out-of-range position, kept without one: {invalidPositions}");
        }

        var start = idTime ?? firstLapStart ?? recorder.FirstTimeUtc;
        if (start is null)
        {
            warnings.Add("neither the activity Id nor any lap or trackpoint has a time, so the start of the activity is unknown");
        }

        return new RecordedActivity
        {
            Format = ActivityFormat.Tcx,
            Sport = sport,
            SportName = sportName,
            Device = device,
            StartUtc = start,
            UtcOffset = idTime is not null ? idOffset : recorder.FirstOffset,
            Points = recorder.Points,
            CadenceUnit = cadenceUnit,
            Summary = laps.ToSummary(cadenceUnit),
            Warnings = warnings,
        };
    }

    private void ReadLap(XmlReader reader)
    {
        var startTime = values.ParseTime(reader.GetAttribute("StartTime"), TextPosition.Of(reader), out _);
        firstLapStart ??= startTime;
        double distance = double.NaN, seconds = double.NaN, calories = double.NaN, heartRate = double.NaN, runCadence = double.NaN;
        var lap = new XmlScope(reader);
        while (lap.NextChild())
        {
            if (reader.LocalName == "Extensions" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                runCadence = ReadLapRunCadence(reader);
                continue;
            }

            if (!TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "TotalTimeSeconds":
                    seconds = values.ReadNumber(reader);
                    break;
                case "DistanceMeters":
                    distance = values.ReadNumber(reader);
                    break;
                case "Calories":
                    calories = values.ReadNumber(reader);
                    break;
                case "AverageHeartRateBpm":
                    heartRate = ReadValueChild(reader);
                    break;
                case "Track":
                    ReadTrack(reader);
                    break;
            }
        }

        laps.Add(distance, seconds, calories, heartRate, runCadence);
    }

    private double ReadLapRunCadence(XmlReader reader)
    {
        var cadence = double.NaN;
        var extensions = new XmlScope(reader);
        while (extensions.NextDescendant())
        {
            if (reader.LocalName == "AvgRunCadence" && TcxNamespaces.IsActivityExtension(reader.NamespaceURI))
            {
                cadence = values.ReadNumber(reader);
            }
        }

        return cadence;
    }

    private void ReadTrack(XmlReader reader)
    {
        recorder.EndSegment();
        var track = new XmlScope(reader);
        while (track.NextChild())
        {
            if (reader.LocalName == "Trackpoint" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                ReadTrackpoint(reader);
            }
        }
    }

    private void ReadTrackpoint(XmlReader reader)
    {
        DateTime? time = null;
        TimeSpan? offset = null;
        double latitude = double.NaN, longitude = double.NaN, altitude = double.NaN, distance = double.NaN;
        double heartRate = double.NaN, cadence = double.NaN, runCadence = double.NaN, speed = double.NaN;
        var point = new XmlScope(reader);
        while (point.NextChild())
        {
            if (reader.LocalName == "Extensions" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                ReadTrackpointExtensions(reader, ref speed, ref runCadence);
                continue;
            }

            if (!TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "Time":
                    time = values.ReadTime(reader, out offset);
                    break;
                case "Position":
                    (latitude, longitude) = ReadPosition(reader);
                    break;
                case "AltitudeMeters":
                    altitude = values.ReadNumber(reader);
                    break;
                case "DistanceMeters":
                    distance = values.ReadNumber(reader);
                    break;
                case "HeartRateBpm":
                    heartRate = ReadValueChild(reader);
                    break;
                case "Cadence":
                    cadence = values.ReadNumber(reader);
                    break;
            }
        }

        if (!double.IsNaN(runCadence))
        {
            cadence = runCadence;
        }
        else if (!double.IsNaN(cadence))
        {
            cadenceOnlyFromRunCadence = false;
        }

        recorder.Add(new TrackPoint(time, latitude, longitude, altitude, distance, speed, heartRate, cadence, 0), offset);
    }

    private (double Latitude, double Longitude) ReadPosition(XmlReader reader)
    {
        double latitude = double.NaN, longitude = double.NaN;
        var position = new XmlScope(reader);
        while (position.NextChild())
        {
            if (reader.LocalName == "LatitudeDegrees" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                latitude = values.ReadNumber(reader);
            }
            else if (reader.LocalName == "LongitudeDegrees" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                longitude = values.ReadNumber(reader);
            }
        }

        if (latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180)
        {
            return (latitude, longitude);
        }

        // A Position element without a usable pair: the point keeps its time and sensors.
        invalidPositions++;
        return (double.NaN, double.NaN);
    }

    private void ReadTrackpointExtensions(XmlReader reader, ref double speed, ref double runCadence)
    {
        var extensions = new XmlScope(reader);
        while (extensions.NextDescendant())
        {
            if (!TcxNamespaces.IsActivityExtension(reader.NamespaceURI))
            {
                continue;
            }

            if (reader.LocalName == "Speed")
            {
                speed = values.ReadNumber(reader);
            }
            else if (reader.LocalName == "RunCadence")
            {
                runCadence = values.ReadNumber(reader);
            }
        }
    }

    /// <summary>Reads <c>HeartRateBpm/Value</c>-style wrappers.</summary>
    private double ReadValueChild(XmlReader reader)
    {
        var value = double.NaN;
        var wrapper = new XmlScope(reader);
        while (wrapper.NextChild())
        {
            if (reader.LocalName == "Value" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                value = values.ReadNumber(reader);
            }
        }

        return value;
    }

    private static string? ReadCreatorName(XmlReader reader)
    {
        var creator = new XmlScope(reader);
        while (creator.NextChild())
        {
            if (reader.LocalName == "Name" && TcxNamespaces.IsTcx(reader.NamespaceURI))
            {
                var name = XmlScope.ReadText(reader);
                return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
            }
        }

        return null;
    }
}
