using System.IO.Compression;
using Patella.Core.Activities;
using Patella.Core.Measures;
using Patella.Import;
using Patella.Import.Fit;
using Patella.Import.Gpx;
using Patella.Import.Tcx;

namespace Patella.Web.Activities;

/// <summary>
/// An activity's pace, elevation and cadence over distance, decoded again from the stored original file
/// (Patella keeps the bytes, not the samples). Pure apart from decompression.
/// </summary>
public static class ActivitySamples
{
    /// <summary>Most points sent to a chart; longer recordings are thinned evenly (a chart is ~1000 px wide).</summary>
    public const int MaxPoints = 1000;

    /// <summary>Pace is distance over this much time before each sample, seconds: raw GPS pace jumps about too much to read.</summary>
    public const double PaceWindowSeconds = 30;

    /// <summary>The recording at <paramref name="indexInFile"/> of a stored file (gzip bytes as kept by the importer).</summary>
    /// <exception cref="ActivityFileException">The stored file no longer decodes, or has no such activity.</exception>
    public static RecordedActivity Decode(byte[] storedGzip, ActivityFormat format, int indexInFile)
    {
        ArgumentNullException.ThrowIfNull(storedGzip);
        using var gzip = new GZipStream(new MemoryStream(storedGzip, writable: false), CompressionMode.Decompress);
        using var content = new MemoryStream();
        gzip.CopyTo(content);
        content.Position = 0;
        IReadOnlyList<RecordedActivity> recordings = format switch
        {
            ActivityFormat.Fit => [FitActivityReader.Read(content.ToArray())],
            ActivityFormat.Gpx => GpxReader.Read(content),
            ActivityFormat.Tcx => TcxReader.Read(content),
            _ => [],
        };
        return indexInFile >= 0 && indexInFile < recordings.Count
            ? recordings[indexInFile]
            : throw new ActivityFileException(ActivityFileErrorKind.Format, $"the stored file has no activity number {indexInFile + 1}");
    }

    /// <summary>The chart series of a recording.</summary>
    public static ActivitySamplesJson Series(long activityId, string units, RecordedActivity recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var points = recording.Points.ToArray();
        var distance = TrackDistance.Cumulative(points, recording.Sport);
        var start = points.Select(p => p.TimeUtc).FirstOrDefault(t => t is not null);
        var elevation = Elevation(points, distance);
        var stepsPerRaw = StepsPerRawUnit(points, recording);
        var step = Math.Max(1, (int)Math.Ceiling(points.Length / (double)MaxPoints));
        var kept = Enumerable.Range(0, points.Length).Where(i => i % step == 0 || i == points.Length - 1).ToList();
        return new ActivitySamplesJson(
            activityId,
            units,
            [.. kept.Select(i => Math.Round(distance[i], 1))],
            [.. kept.Select(i => points[i].TimeUtc is { } t && start is { } s ? Math.Round((t - s).TotalSeconds) : (double?)null)],
            [.. kept.Select(i => Pace(points, distance, i))],
            [.. kept.Select(i => elevation[i] is { } e ? Math.Round(e, 1) : (double?)null)],
            [.. kept.Select(i => points[i].Cadence is > 0 and var c && stepsPerRaw > 0 ? Math.Round(c * stepsPerRaw) : (double?)null)],
            [.. kept.Select(i => points[i].HeartRateBpm is > 0 and <= ActivityMetricsCalculator.MaxPlausibleHeartRateBpm and var h ? h : (double?)null)]);
    }

    private static double? Pace(TrackPoint[] points, double[] distance, int i)
    {
        if (points[i].TimeUtc is not { } now)
        {
            return null;
        }

        var j = i;
        while (j > 0 && points[j - 1].TimeUtc is { } t && (now - t).TotalSeconds <= PaceWindowSeconds)
        {
            j--;
        }

        var seconds = points[j].TimeUtc is { } then ? (now - then).TotalSeconds : 0;
        var metres = distance[i] - distance[j];
        var speed = seconds > 0 ? metres / seconds : 0;
        return speed >= MovingTimeRule.OnFootStopSpeedMetresPerSecond ? Math.Round(1000 / speed, 1) : null;
    }

    private static double?[] Elevation(TrackPoint[] points, double[] distance)
    {
        var result = new double?[points.Length];
        var index = Enumerable.Range(0, points.Length).Where(i => double.IsFinite(points[i].AltitudeMetres)).ToArray();
        if (index.Length == 0)
        {
            return result;
        }

        var hasDistance = distance[^1] > 0;
        var axis = index.Select((i, n) => hasDistance ? distance[i] : n).ToArray();
        var altitude = index.Select(i => points[i].AltitudeMetres).ToArray();
        var smoothed = new double[index.Length];
        ElevationSmoothing.Smooth(axis, altitude, hasDistance ? ElevationSmoothing.HalfWindowMetres : ElevationSmoothing.HalfWindowSamples, smoothed);
        for (var n = 0; n < index.Length; n++)
        {
            result[index[n]] = smoothed[n];
        }

        return result;
    }

    /// <summary>Steps per raw cadence unit, decided by Core's <see cref="CadenceUnitRule"/> on the median raw cadence; 0 for no step rate.</summary>
    private static double StepsPerRawUnit(TrackPoint[] points, RecordedActivity recording)
    {
        var raw = points.Select(p => p.Cadence).Where(c => c > 0 && double.IsFinite(c)).Order().ToArray();
        if (raw.Length == 0 || !(recording.Sport.IsOnFoot() || recording.Sport == Sport.Unknown))
        {
            return 0;
        }

        var running = recording.Sport.IsRunning() || recording.Sport == Sport.Unknown;
        return CadenceUnitRule.Decide(recording.CadenceUnit, running, raw[raw.Length / 2]).StepsPerRawUnit;
    }
}
