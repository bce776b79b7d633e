namespace Patella.Core.Activities;

/// <summary>
/// A stored activity as the rest of the domain (load, assessment, today) sees it: who it was,
/// when, what, and its computed metrics. The samples stay in the original file.
/// </summary>
public sealed record Activity
{
    public required long Id { get; init; }

    public required Sport Sport { get; init; }

    public string? Name { get; init; }

    /// <summary>Start instant (UTC).</summary>
    public required DateTime StartUtc { get; init; }

    /// <summary>The device's offset from UTC at the start, when the file said it.</summary>
    public TimeSpan? UtcOffset { get; init; }

    public required ActivityMetrics Metrics { get; init; }

    /// <summary>The shoe (gear) the activity was done in, by name; null when unknown.</summary>
    public string? Gear { get; init; }

    /// <summary>Session RPE (0-10, Borg CR-10) when the runner logged one.</summary>
    public int? PerceivedExertion { get; init; }
}
