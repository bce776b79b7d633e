namespace Patella.Core.Activities;

/// <summary>
/// An activity as a decoder read it from one file: its samples and what the file says about
/// itself. Nothing here is computed; <see cref="ActivityMetricsCalculator"/> turns it into metrics.
/// </summary>
public sealed record RecordedActivity
{
    public required ActivityFormat Format { get; init; }

    public Sport Sport { get; init; } = Sport.Unknown;

    /// <summary>The file's own sport words, e.g. FIT "running/treadmill" or TCX "Running", for display.</summary>
    public string? SportName { get; init; }

    /// <summary>The activity's name where the file (or the Strava CSV) has one.</summary>
    public string? Name { get; init; }

    /// <summary>Manufacturer and product as the file names them, e.g. "garmin fenix5".</summary>
    public string? Device { get; init; }

    /// <summary>Start of the activity (UTC): the file's start time, else its first timed sample.</summary>
    public DateTime? StartUtc { get; init; }

    /// <summary>The recording device's offset from UTC at the start (FIT activity.local_timestamp); null when unknown.</summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>Samples in file order.</summary>
    public IReadOnlyList<TrackPoint> Points { get; init; } = [];

    /// <summary>Timer pauses recorded by the device, in order; empty when the format has none.</summary>
    public IReadOnlyList<TimerPause> Pauses { get; init; } = [];

    /// <summary>What the raw cadence of <see cref="Points"/> counts.</summary>
    public CadenceUnit CadenceUnit { get; init; } = CadenceUnit.Unknown;

    public DeviceSummary Summary { get; init; } = DeviceSummary.None;

    /// <summary>Things the reader noticed but could live with (e.g. "3 points with latitude 100 skipped").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
