namespace Patella.Import.Strava;

/// <summary>
/// One row of a Strava bulk export's <c>activities.csv</c>: what the runner called the activity,
/// its type and gear, and the file it links to. Values the CSV leaves empty are null.
/// </summary>
public sealed record StravaActivity
{
    public required string ActivityId { get; init; }

    public string? Name { get; init; }

    /// <summary>Strava's activity type, e.g. "Run", "Trail Run", "Ride", "Walk".</summary>
    public string? Type { get; init; }

    /// <summary>The gear (shoe) name as the runner named it in Strava.</summary>
    public string? Gear { get; init; }

    /// <summary>Path of the activity file inside the export, e.g. "activities/123.fit.gz"; null for manual entries.</summary>
    public string? FileName { get; init; }

    /// <summary>Distance in metres (the second "Distance" column; the first is in display units).</summary>
    public double? DistanceMetres { get; init; }

    /// <summary>Moving time in seconds.</summary>
    public double? MovingTimeSeconds { get; init; }

    /// <summary>Elapsed time in seconds.</summary>
    public double? ElapsedTimeSeconds { get; init; }

    /// <summary>Perceived exertion (1-10) when the athlete logged one.</summary>
    public int? PerceivedExertion { get; init; }

    /// <summary>The "Activity Date" text as Strava wrote it (English, e.g. "Oct 7, 2020, 2:43:11 PM"; zone undocumented).</summary>
    public string? ActivityDateText { get; init; }
}
