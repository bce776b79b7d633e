namespace Patella.Core.Load;

/// <summary>The unit a runner reads distances in. Patella stores metres; this only changes what is shown.</summary>
public enum DistanceUnit
{
    Kilometres,
    Miles,
}

/// <summary>What one day's "load" is for the ratios and for monotony.</summary>
public enum LoadMeasure
{
    /// <summary>Running distance, in the runner's unit (km or mi). The default.</summary>
    Distance,

    /// <summary>Running moving time, minutes.</summary>
    Minutes,

    /// <summary>
    /// Session RPE (Borg CR-10) × moving minutes, arbitrary units (Foster 2001). A run without a logged
    /// RPE adds nothing and is counted in <see cref="WorkloadRatios.RunsWithoutRpe"/>.
    /// </summary>
    SessionRpe,
}

/// <summary>
/// The runner's settings the load engine needs.
/// </summary>
/// <param name="TimeZone">
/// The runner's own zone. A run counts, whole, on the local date of its start in this zone (a run that
/// crosses midnight belongs to the day it started); ISO weeks (Monday first) are built from those dates.
/// The device's own UTC offset is not used: a runner's week follows where they live.
/// </param>
/// <param name="Unit">Distance unit for figures and messages; defaults to kilometres.</param>
/// <param name="Measure">Load for ratios and monotony; defaults to distance.</param>
public sealed record LoadSettings(TimeZoneInfo TimeZone, DistanceUnit Unit = DistanceUnit.Kilometres, LoadMeasure Measure = LoadMeasure.Distance)
{
    /// <summary>UTC, kilometres, distance load: for tests and for runners who have not set a zone.</summary>
    public static LoadSettings Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The local calendar date of an instant in the runner's zone.</summary>
    public DateOnly LocalDate(DateTime startUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), TimeZone));

    /// <summary>The runner's date at an instant given by a <see cref="TimeProvider"/> (the edge's "today").</summary>
    public DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return LocalDate(clock.GetUtcNow().UtcDateTime);
    }
}
