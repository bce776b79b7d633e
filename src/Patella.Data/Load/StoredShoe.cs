namespace Patella.Data.Load;

/// <summary>
/// A shoe the runner tracks (<c>patella shoes add</c>). Distances in metres, dates local to the runner's zone.
/// Maps to Core's <see cref="Core.Load.Shoe"/> with <see cref="ShoeStorage.ToDomain"/>.
/// </summary>
public sealed class StoredShoe
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>As the runner typed it, trimmed.</summary>
    public required string Name { get; set; }

    /// <summary><see cref="Name"/> trimmed and upper-cased (invariant): unique per runner, so names compare case-insensitively on every database.</summary>
    public required string NameKey { get; set; }

    /// <summary>Other gear names (Strava's) meaning this shoe, one per line; null for none.</summary>
    public string? GearNames { get; set; }

    /// <summary>Distance the shoe had when it was added, metres, ≥ 0.</summary>
    public double StartDistanceMetres { get; set; }

    /// <summary>From this local date, runs with no gear and no manual choice go to this shoe; null: not a default shoe.</summary>
    public DateOnly? DefaultFrom { get; set; }

    /// <summary>Local date it was retired; null while in use. Retired shoes stay, with their history.</summary>
    public DateOnly? RetiredOn { get; set; }

    /// <summary>"Plan a replacement" distance, metres (600 km unless the runner said otherwise).</summary>
    public double PlanReplacementAtMetres { get; set; }

    /// <summary>"Replace" distance, metres (800 km unless the runner said otherwise).</summary>
    public double ReplaceAtMetres { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The key a name is unique by.</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant();
    }
}

/// <summary>
/// A manual shoe choice (<c>patella shoes use NAME --on DATE</c>): every run of a local date, or one activity.
/// It beats the gear name in the file and the default shoe; one per date (a new choice replaces the old).
/// </summary>
public sealed class StoredShoeAssignment
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    public long ShoeId { get; set; }

    public StoredShoe? Shoe { get; set; }

    /// <summary>The runner's local date whose runs this shoe took.</summary>
    public DateOnly Date { get; set; }

    /// <summary>One activity only; null for every run of <see cref="Date"/>.</summary>
    public long? ActivityId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
