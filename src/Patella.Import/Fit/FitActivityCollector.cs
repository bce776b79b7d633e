using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>A session message (18), scaled as the profile says (research-notes §5.1); NaN or null when absent.</summary>
/// <param name="StartTime">start_time, FIT seconds.</param>
/// <param name="Sport">sport enum (1 running, 2 cycling…).</param>
/// <param name="SubSport">sub_sport enum (1 treadmill, 3 trail…).</param>
/// <param name="ElapsedSeconds">total_elapsed_time.</param>
/// <param name="TimerSeconds">total_timer_time.</param>
/// <param name="DistanceMetres">total_distance.</param>
/// <param name="Calories">total_calories (kcal).</param>
/// <param name="AverageHeartRateBpm">avg_heart_rate.</param>
/// <param name="AverageCadence">avg_cadence, raw unit (strides/min on foot, rpm on a bike).</param>
/// <param name="AverageFractionalCadence">avg_fractional_cadence (raw / 128), same unit.</param>
/// <param name="AscentMetres">total_ascent.</param>
/// <param name="DescentMetres">total_descent.</param>
public readonly record struct FitSession(
    uint? StartTime,
    int? Sport,
    int? SubSport,
    double ElapsedSeconds,
    double TimerSeconds,
    double DistanceMetres,
    double Calories,
    double AverageHeartRateBpm,
    double AverageCadence,
    double AverageFractionalCadence,
    double AscentMetres,
    double DescentMetres);

/// <summary>
/// The visitor behind <see cref="FitActivityReader"/>: keeps the messages an activity is made of.
/// </summary>
internal sealed class FitActivityCollector : IFitVisitor
{
    private const double SemicirclesToDegrees = 180.0 / 2147483648.0;

    // compressed_speed_distance distance is a 12-bit counter of 1/16 m that wraps at 4096.
    private const int CompressedDistanceWrap = 4096;
    private int? _lastCompressedDistance;
    private double _compressedDistanceMetres;
    private uint? _timerStoppedAt;

    private readonly bool _keepRecords;

    /// <param name="inputLength">Input size: record messages are rarely under 32 bytes with their share of
    /// definitions and other messages, so lists sized from it seldom regrow (large regrowth costs full GCs).</param>
    /// <param name="keepRecords">Keep FIT-level records (with running dynamics) besides the track points.</param>
    public FitActivityCollector(int inputLength, bool keepRecords)
    {
        _keepRecords = keepRecords;
        var capacity = Math.Min(inputLength / 32, 1 << 20);
        Records = keepRecords ? new List<FitRecord>(capacity) : [];
        Points = new List<TrackPoint>(capacity);
    }

    /// <summary>Record messages, only when asked to keep them.</summary>
    public List<FitRecord> Records { get; }

    /// <summary>Record messages as track points, always.</summary>
    public List<TrackPoint> Points { get; }
    public List<FitSession> Sessions { get; } = [];
    public List<(uint Start, uint End)> Pauses { get; } = [];
    public List<FitFileEnd> Files { get; } = [];
    public List<FitDecodeError> Errors { get; } = [];
    public int? FileType { get; private set; }
    public int? Manufacturer { get; private set; }
    public int? Product { get; private set; }
    public string? ProductName { get; private set; }
    public int? SportMessageSport { get; private set; }
    public int? SportMessageSubSport { get; private set; }
    public long? LocalOffsetSeconds { get; private set; }
    public int Segment { get; private set; }

    public void FileStarted(in FitFileHeader header)
    {
    }

    public void DefinitionRead(FitMessageDefinition definition, int offsetBytes)
    {
    }

    public void FileEnded(in FitFileEnd end) => Files.Add(end);

    public void ErrorFound(in FitDecodeError error) => Errors.Add(error);

    public void MessageRead(in FitMessage message)
    {
        switch (message.GlobalNumber)
        {
            case FitMessages.Record:
                var r = ReadRecord(message);
                Points.Add(new TrackPoint(r.TimeUtc, r.Latitude, r.Longitude, r.AltitudeMetres, r.DistanceMetres, r.SpeedMetresPerSecond, r.HeartRateBpm, r.Cadence, r.Segment));
                if (_keepRecords)
                {
                    Records.Add(r);
                }

                break;
            case FitMessages.Event:
                ReadEvent(message);
                break;
            case FitMessages.Session:
                Sessions.Add(ReadSession(message));
                break;
            case FitMessages.FileId when FileType is null && Manufacturer is null:
                FileType = Int(message, 0);
                Manufacturer = Int(message, 1);
                Product = Int(message, 2);
                ProductName = message.GetString(8);
                break;
            case FitMessages.Sport when SportMessageSport is null:
                SportMessageSport = Int(message, 0);
                SportMessageSubSport = Int(message, 1);
                break;
            case FitMessages.Activity when LocalOffsetSeconds is null:
                if (message.Timestamp is { } utc && message.TryGetRaw(5, out var local))
                {
                    LocalOffsetSeconds = (long)local - utc;
                }

                break;
        }
    }

    private static int? Int(in FitMessage message, byte field) => message.TryGetRaw(field, out var v) ? (int)v : null;

    private static double Scaled(in FitMessage message, byte field, double scale, double offset = 0) =>
        message.TryGetScaled(field, scale, offset, out var v) ? v : double.NaN;

    private FitRecord ReadRecord(in FitMessage m)
    {
        var latitude = m.TryGetRaw(0, out var lat) ? lat * SemicirclesToDegrees : double.NaN;
        var longitude = m.TryGetRaw(1, out var lon) ? lon * SemicirclesToDegrees : double.NaN;
        var altitude = m.TryGetScaled(78, 5, 500, out var alt) || m.TryGetScaled(2, 5, 500, out alt) ? alt : double.NaN;
        var speed = m.TryGetScaled(73, 1000, 0, out var spd) || m.TryGetScaled(6, 1000, 0, out spd) ? spd : double.NaN;
        var distance = Scaled(m, 5, 100);
        if (m.Has(8))
        {
            ReadCompressedSpeedDistance(m.FieldBytes(8), ref speed, ref distance);
        }

        var cadence = double.NaN;
        if (m.TryGetRaw(4, out var whole))
        {
            cadence = m.TryGetRaw(53, out var fraction) ? whole + (fraction / 128) : whole;
        }

        return new FitRecord(
            m.Timestamp,
            latitude,
            longitude,
            altitude,
            distance,
            speed,
            m.TryGetRaw(3, out var hr) ? hr : double.NaN,
            cadence,
            Scaled(m, 39, 10),
            Scaled(m, 41, 10),
            Scaled(m, 85, 10),
            Segment);
    }

    /// <summary>
    /// record.compressed_speed_distance (field 8, 3 bytes): speed in the low 12 bits (/100 m/s), distance
    /// in the high 12 bits (/16 m, accumulated across records), Garmin SDK Profile components.
    /// </summary>
    private void ReadCompressedSpeedDistance(ReadOnlySpan<byte> bytes, ref double speed, ref double distance)
    {
        if (bytes.Length < 3 || (bytes[0] == 0xFF && bytes[1] == 0xFF && bytes[2] == 0xFF))
        {
            return;
        }

        if (double.IsNaN(speed))
        {
            speed = (bytes[0] | ((bytes[1] & 0x0F) << 8)) / 100.0;
        }

        var raw = (bytes[1] >> 4) | (bytes[2] << 4);
        if (_lastCompressedDistance is { } last)
        {
            _compressedDistanceMetres += ((raw - last + CompressedDistanceWrap) % CompressedDistanceWrap) / 16.0;
        }
        else
        {
            _compressedDistanceMetres = raw / 16.0;
        }

        _lastCompressedDistance = raw;
        if (double.IsNaN(distance))
        {
            distance = _compressedDistanceMetres;
        }
    }

    /// <summary>Timer events (event 0): stop (1), stop_all (4), stop_disable (8), stop_disable_all (9) and start (0).</summary>
    private void ReadEvent(in FitMessage m)
    {
        if (m.Timestamp is not { } time || !m.TryGetRaw(0, out var evt) || evt != 0 || !m.TryGetRaw(1, out var type))
        {
            return;
        }

        if (type == 0 && _timerStoppedAt is { } stoppedAt)
        {
            Pauses.Add((stoppedAt, time));
            _timerStoppedAt = null;
        }
        else if (type is 1 or 4 or 8 or 9 && _timerStoppedAt is null)
        {
            _timerStoppedAt = time;
            Segment++;
        }
    }

    private static FitSession ReadSession(in FitMessage m) => new(
        m.TryGetRaw(2, out var start) ? (uint)start : null,
        Int(m, 5),
        Int(m, 6),
        Scaled(m, 7, 1000),
        Scaled(m, 8, 1000),
        Scaled(m, 9, 100),
        Scaled(m, 11, 1),
        Scaled(m, 16, 1),
        Scaled(m, 18, 1),
        Scaled(m, 92, 128),
        Scaled(m, 22, 1),
        Scaled(m, 23, 1));
}
