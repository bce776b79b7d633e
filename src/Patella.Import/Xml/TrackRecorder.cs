using Patella.Core.Activities;

namespace Patella.Import.Xml;

/// <summary>
/// Collects the samples of one activity and numbers its segments. A segment number is given
/// only when a segment's first point arrives, so empty GPX <c>trkseg</c>s or TCX <c>Track</c>s
/// leave no gaps: segments run 0, 1, 2… over the points actually kept.
/// </summary>
internal sealed class TrackRecorder
{
    private readonly List<TrackPoint> points = [];
    private int segment = -1;
    private bool segmentEnded = true;

    public IReadOnlyList<TrackPoint> Points => points;

    /// <summary>The first sample time in file order, if any sample has one.</summary>
    public DateTime? FirstTimeUtc { get; private set; }

    /// <summary>The offset the first timed sample was written with (see <see cref="XmlValues.ReadTime"/>).</summary>
    public TimeSpan? FirstOffset { get; private set; }

    public bool HasCadence { get; private set; }

    /// <summary>The next point kept starts a new segment (a new trkseg or Track, or after a pause marker).</summary>
    public void EndSegment() => segmentEnded = true;

    public void Add(TrackPoint point, TimeSpan? writtenOffset)
    {
        if (segmentEnded)
        {
            segment++;
            segmentEnded = false;
        }

        if (FirstTimeUtc is null && point.TimeUtc is not null)
        {
            FirstTimeUtc = point.TimeUtc;
            FirstOffset = writtenOffset;
        }

        HasCadence |= !double.IsNaN(point.Cadence);
        points.Add(point with { Segment = segment });
    }
}
