using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>A pair of running shoes the runner tracks.</summary>
/// <param name="Name">Unique per runner (compared case-insensitively); also matched against an activity's gear.</param>
public sealed record Shoe(string Name)
{
    /// <summary>Distance the shoe already had when it was added; default zero.</summary>
    public Distance StartDistance { get; init; }

    /// <summary>Other gear names that mean this shoe (e.g. Strava's "Nike Pegasus 40" for "Pegs").</summary>
    public IReadOnlyList<string> GearNames { get; init; } = [];

    /// <summary>From this local date, runs with no gear and no manual assignment go to this shoe; null: never default.</summary>
    public DateOnly? DefaultFrom { get; init; }

    /// <summary>Local date it was retired; it stays in the history and raises no alerts. Null while in use.</summary>
    public DateOnly? Retired { get; init; }

    /// <summary>"Plan a replacement" distance; default 600 km (<see cref="LoadRules.ShoePlanKilometres"/>).</summary>
    public Distance PlanReplacementAt { get; init; } = Distance.FromKilometres(LoadRules.ShoePlanKilometres);

    /// <summary>"Replace" distance; default 800 km (<see cref="LoadRules.ShoeReplaceKilometres"/>).</summary>
    public Distance ReplaceAt { get; init; } = Distance.FromKilometres(LoadRules.ShoeReplaceKilometres);
}

/// <summary>
/// A manual choice of shoe: one activity, or (with no id) every run on a local date. It beats the gear
/// name in the file and the default shoe.
/// </summary>
public sealed record ShoeAssignment(string ShoeName, DateOnly Date, long? ActivityId = null);

public enum ShoeState
{
    Fine,

    /// <summary>Past its plan-a-replacement distance (600 km by default).</summary>
    PlanReplacement,

    /// <summary>Past its replace distance (800 km by default).</summary>
    Replace,

    /// <summary>Retired: kept for history, no alerts.</summary>
    Retired,
}

/// <summary>A shoe's distance on a day.</summary>
/// <param name="Distance">Start distance plus every run assigned to it up to the day.</param>
/// <param name="Logged">The runs' part of <paramref name="Distance"/>.</param>
/// <param name="UntilReplace">Distance left before <paramref name="ReplaceAt"/>; zero once past it.</param>
public sealed record ShoeMileage(
    string Name,
    Distance Distance,
    Distance Logged,
    int Runs,
    DateOnly? FirstRun,
    DateOnly? LastRun,
    DateOnly? Retired,
    ShoeState State,
    Distance PlanReplacementAt,
    Distance ReplaceAt,
    Distance UntilReplace);

/// <summary>Every shoe on a day, and the running nobody's shoe took.</summary>
public sealed record ShoeReport(IReadOnlyList<ShoeMileage> Shoes, Distance Unassigned, int UnassignedRuns);
