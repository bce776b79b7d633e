using System.Runtime.CompilerServices;
using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>
/// Where a record definition (global 20) puts the fields the activity reader needs, found once when
/// the definition is read, so every record message is read by offset with no per-field lookup.
/// Values and scales are the profile's (Garmin SDK Profile, record message), as <see cref="FitRecord"/> documents.
/// </summary>
internal sealed class FitRecordLayout
{
    private const double SemicirclesToDegrees = 180.0 / 2147483648.0;

    private bool _bigEndian;
    private FitFieldSlot _latitude;
    private FitFieldSlot _longitude;
    private FitFieldSlot _altitude;
    private FitFieldSlot _enhancedAltitude;
    private FitFieldSlot _distance;
    private FitFieldSlot _speed;
    private FitFieldSlot _enhancedSpeed;
    private FitFieldSlot _heartRate;
    private FitFieldSlot _cadence;
    private FitFieldSlot _fractionalCadence;
    private FitFieldSlot _verticalOscillation;
    private FitFieldSlot _stanceTime;
    private FitFieldSlot _stepLength;
    private int _compressedOffset;
    private int _compressedSize;

    /// <summary>Binds the layout to a record definition (global 20), replacing what it held.</summary>
    public void Load(FitMessageDefinition definition)
    {
        _bigEndian = definition.IsBigEndian;
        _latitude = FitFieldSlot.Find(definition, 0, FitBaseType.SInt32);
        _longitude = FitFieldSlot.Find(definition, 1, FitBaseType.SInt32);
        _altitude = FitFieldSlot.Find(definition, 2, FitBaseType.UInt16);
        _enhancedAltitude = FitFieldSlot.Find(definition, 78, FitBaseType.UInt32);
        _distance = FitFieldSlot.Find(definition, 5, FitBaseType.UInt32);
        _speed = FitFieldSlot.Find(definition, 6, FitBaseType.UInt16);
        _enhancedSpeed = FitFieldSlot.Find(definition, 73, FitBaseType.UInt32);
        _heartRate = FitFieldSlot.Find(definition, 3, FitBaseType.UInt8);
        _cadence = FitFieldSlot.Find(definition, 4, FitBaseType.UInt8);
        _fractionalCadence = FitFieldSlot.Find(definition, 53, FitBaseType.UInt8);
        _verticalOscillation = FitFieldSlot.Find(definition, 39, FitBaseType.UInt16);
        _stanceTime = FitFieldSlot.Find(definition, 41, FitBaseType.UInt16);
        _stepLength = FitFieldSlot.Find(definition, 85, FitBaseType.UInt16);

        // compressed_speed_distance is a byte array whose bits are read by hand, whatever its declared type.
        var index = definition.IndexOf(8);
        _compressedOffset = index < 0 ? -1 : definition.Field(index).OffsetBytes;
        _compressedSize = index < 0 ? 0 : definition.Field(index).SizeBytes;
    }

    /// <summary>The record as a track point (no running dynamics).</summary>
    public TrackPoint ReadPoint(ReadOnlySpan<byte> payload, uint? timestamp, int segment, ref FitCompressedDistance compressed)
    {
        ReadCommon(payload, ref compressed, out var latitude, out var longitude, out var altitude, out var distance, out var speed, out var heartRate, out var cadence);
        return new TrackPoint(FitRecord.ToUtc(timestamp), latitude, longitude, altitude, distance, speed, heartRate, cadence, segment);
    }

    /// <summary>The record with its running dynamics.</summary>
    public FitRecord ReadRecord(ReadOnlySpan<byte> payload, uint? timestamp, int segment, ref FitCompressedDistance compressed)
    {
        ReadCommon(payload, ref compressed, out var latitude, out var longitude, out var altitude, out var distance, out var speed, out var heartRate, out var cadence);
        return new FitRecord(
            timestamp,
            latitude,
            longitude,
            altitude,
            distance,
            speed,
            heartRate,
            cadence,
            _verticalOscillation.TryReadUInt16(payload, _bigEndian, out var oscillation) ? oscillation / 10 : double.NaN,
            _stanceTime.TryReadUInt16(payload, _bigEndian, out var stance) ? stance / 10 : double.NaN,
            _stepLength.TryReadUInt16(payload, _bigEndian, out var step) ? step / 10 : double.NaN,
            segment);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadCommon(
        ReadOnlySpan<byte> p,
        ref FitCompressedDistance compressed,
        out double latitude,
        out double longitude,
        out double altitude,
        out double distance,
        out double speed,
        out double heartRate,
        out double cadence)
    {
        var big = _bigEndian;
        latitude = _latitude.TryReadSInt32(p, big, out var lat) ? lat * SemicirclesToDegrees : double.NaN;
        longitude = _longitude.TryReadSInt32(p, big, out var lon) ? lon * SemicirclesToDegrees : double.NaN;
        altitude = _enhancedAltitude.TryReadUInt32(p, big, out var alt) || _altitude.TryReadUInt16(p, big, out alt) ? (alt / 5) - 500 : double.NaN;
        speed = _enhancedSpeed.TryReadUInt32(p, big, out var spd) || _speed.TryReadUInt16(p, big, out spd) ? spd / 1000 : double.NaN;
        distance = _distance.TryReadUInt32(p, big, out var dist) ? dist / 100 : double.NaN;
        if (_compressedOffset >= 0)
        {
            compressed.Apply(p.Slice(_compressedOffset, _compressedSize), ref speed, ref distance);
        }

        heartRate = _heartRate.TryReadUInt8(p, big, out var hr) ? hr : double.NaN;
        cadence = double.NaN;
        if (_cadence.TryReadUInt8(p, big, out var whole))
        {
            cadence = _fractionalCadence.TryReadUInt8(p, big, out var fraction) ? whole + (fraction / 128) : whole;
        }
    }
}

/// <summary>
/// record.compressed_speed_distance (field 8, 3 bytes): speed in the low 12 bits (/100 m/s), distance in
/// the high 12 bits (/16 m), a counter that wraps at 4096 and is accumulated across records (Garmin SDK
/// Profile components).
/// </summary>
internal struct FitCompressedDistance
{
    private const int Wrap = 4096;
    private int _last;
    private bool _started;
    private double _metres;

    /// <summary>Fills <paramref name="speed"/> and <paramref name="distance"/> where the record has no better value.</summary>
    public void Apply(ReadOnlySpan<byte> bytes, ref double speed, ref double distance)
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
        _metres = _started ? _metres + (((raw - _last + Wrap) % Wrap) / 16.0) : raw / 16.0;
        _last = raw;
        _started = true;
        if (double.IsNaN(distance))
        {
            distance = _metres;
        }
    }
}
