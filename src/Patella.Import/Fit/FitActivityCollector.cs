using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>
/// The visitor behind <see cref="FitActivityReader"/>: keeps the messages an activity is made of.
/// Record messages, nearly all of a file, are read by offsets found once per definition
/// (<see cref="FitRecordLayout"/>) into pooled buffers; call <see cref="Dispose"/> to give those back.
/// </summary>
internal sealed class FitActivityCollector : IFitVisitor, IDisposable
{
    private const int LocalTypes = 16;

    // A record message with its share of definitions and other messages is rarely under 32 bytes;
    // the buffers grow (pooled, no garbage) when a file packs them tighter.
    private const int BytesPerRecordGuess = 32;

    // One per local type that has held a record definition (usually one or two).
    private readonly FitRecordLayout?[] _layouts = new FitRecordLayout?[LocalTypes];
    private readonly RentedBuffer<TrackPoint> _points;
    private readonly RentedBuffer<FitRecord>? _records;
    private FitCompressedDistance _compressed;
    private uint? _timerStoppedAt;
    private bool _creatorSeen;

    /// <param name="inputLength">Input size, to size the buffers.</param>
    /// <param name="keepRecords">Keep FIT-level records (with running dynamics) besides the track points.</param>
    public FitActivityCollector(int inputLength, bool keepRecords)
    {
        var capacity = inputLength / BytesPerRecordGuess;
        _points = new RentedBuffer<TrackPoint>(capacity);
        _records = keepRecords ? new RentedBuffer<FitRecord>(capacity) : null;
    }

    /// <summary>Record messages as track points so far (valid until the next message).</summary>
    public ReadOnlySpan<TrackPoint> Points => _points.Items;

    public List<FitSession> Sessions { get; } = [];
    public List<FitLap> Laps { get; } = [];
    public List<(uint Start, uint End)> Pauses { get; } = [];
    public List<FitFileEnd> Files { get; } = [];
    public List<FitDecodeError> Errors { get; } = [];
    public int? FileType { get; private set; }
    public int? Manufacturer { get; private set; }
    public int? Product { get; private set; }
    public string? ProductName { get; private set; }

    /// <summary>The creator device (device_info with device_index 0): its first message only.</summary>
    public int? CreatorManufacturer { get; private set; }
    public int? CreatorProduct { get; private set; }
    public string? CreatorProductName { get; private set; }

    public int? SportMessageSport { get; private set; }
    public int? SportMessageSubSport { get; private set; }
    public long? LocalOffsetSeconds { get; private set; }
    public int Segment { get; private set; }

    /// <summary>The track points in an array of their own.</summary>
    public TrackPoint[] PointArray() => _points.ToArray();

    /// <summary>The FIT-level records in an array of their own; empty unless asked to keep them.</summary>
    public FitRecord[] RecordArray() => _records is null ? [] : _records.ToArray();

    public void Dispose()
    {
        _points.Dispose();
        _records?.Dispose();
    }

    public void FileStarted(in FitFileHeader header)
    {
    }

    /// <summary>The decoder announces every definition before the messages that use it: the place to find a record layout once.</summary>
    public void DefinitionRead(FitMessageDefinition definition, int offsetBytes)
    {
        if (definition.GlobalNumber == FitMessages.Record)
        {
            (_layouts[definition.LocalType] ??= new FitRecordLayout()).Load(definition);
        }
    }

    public void FileEnded(in FitFileEnd end) => Files.Add(end);

    public void ErrorFound(in FitDecodeError error) => Errors.Add(error);

    public void MessageRead(in FitMessage message)
    {
        var definition = message.Definition;
        if (definition.GlobalNumber == FitMessages.Record)
        {
            var layout = _layouts[definition.LocalType]!;
            if (_records is null)
            {
                _points.Add(layout.ReadPoint(message.Payload, message.Timestamp, Segment, ref _compressed));
            }
            else
            {
                var r = layout.ReadRecord(message.Payload, message.Timestamp, Segment, ref _compressed);
                _records.Add(r);
                _points.Add(new TrackPoint(r.TimeUtc, r.Latitude, r.Longitude, r.AltitudeMetres, r.DistanceMetres, r.SpeedMetresPerSecond, r.HeartRateBpm, r.Cadence, r.Segment));
            }

            return;
        }

        ReadOther(message);
    }

    private void ReadOther(in FitMessage message)
    {
        switch (message.GlobalNumber)
        {
            case FitMessages.Event:
                ReadEvent(message);
                break;
            case FitMessages.Session:
                Sessions.Add(FitSession.From(message));
                break;
            case FitMessages.Lap:
                Laps.Add(FitLap.From(message));
                break;
            case FitMessages.FileId when FileType is null && Manufacturer is null:
                FileType = Int(message, 0);
                Manufacturer = Int(message, 1);
                Product = Int(message, 2);
                ProductName = message.GetString(8);
                break;
            case FitMessages.DeviceInfo when !_creatorSeen && Int(message, 0) == 0:
                _creatorSeen = true;
                CreatorManufacturer = Int(message, 2);
                CreatorProduct = Int(message, 4);
                CreatorProductName = message.GetString(27);
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

    /// <summary>
    /// Hands the decoder this collector as a struct: the decoder's generic code is then compiled for it
    /// alone, so the per-message call is direct (a class visitor shares code and dispatches through the interface).
    /// </summary>
    public readonly struct Direct(FitActivityCollector collector) : IFitVisitor
    {
        public void FileStarted(in FitFileHeader header) => collector.FileStarted(header);

        public void DefinitionRead(FitMessageDefinition definition, int offsetBytes) => collector.DefinitionRead(definition, offsetBytes);

        public void MessageRead(in FitMessage message) => collector.MessageRead(message);

        public void FileEnded(in FitFileEnd end) => collector.FileEnded(end);

        public void ErrorFound(in FitDecodeError error) => collector.ErrorFound(error);
    }

    private static int? Int(in FitMessage message, byte field) => message.TryGetRaw(field, out var v) ? (int)v : null;

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
}
