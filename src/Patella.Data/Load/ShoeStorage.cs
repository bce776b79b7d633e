using Microsoft.EntityFrameworkCore;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Measures;

namespace Patella.Data.Load;

/// <summary>A shoe change the runner asked for that cannot be made; nothing was written.</summary>
public sealed class ShoeChangeException(string message) : Exception(message)
{
    public ShoeChangeException()
        : this("the shoe change cannot be made")
    {
    }

    public ShoeChangeException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>What <c>patella shoes add</c> (and the web's form) asks for. Distances in kilometres, as the options name them.</summary>
/// <param name="Name">Unique per runner, case-insensitively, against names and gear names alike.</param>
public sealed record NewShoe(string Name)
{
    /// <summary>Distance already on the shoe, km, ≥ 0. Default 0.</summary>
    public double StartKilometres { get; init; }

    /// <summary>Runs with no gear and no manual choice go to it from the day it is added.</summary>
    public bool IsDefault { get; init; }

    /// <summary>"Plan a replacement" distance, km; null: 600 km (<see cref="LoadRules.ShoePlanKilometres"/>).</summary>
    public double? PlanAtKilometres { get; init; }

    /// <summary>"Replace" distance, km; null: 800 km (<see cref="LoadRules.ShoeReplaceKilometres"/>).</summary>
    public double? ReplaceAtKilometres { get; init; }

    /// <summary>Gear names in activity files (Strava's CSV) that mean this shoe.</summary>
    public IReadOnlyList<string> GearNames { get; init; } = [];
}

/// <summary>Reads and changes a runner's shoes. Every change is one SaveChanges: whole or not at all.</summary>
public static class ShoeStorage
{
    /// <summary>Longest shoe or gear name accepted, characters.</summary>
    public const int MaxNameLength = 100;

    public static IQueryable<StoredShoe> OfRunner(this IQueryable<StoredShoe> shoes, long runnerId) =>
        shoes.Where(s => s.RunnerId == runnerId).OrderBy(s => s.Id);

    /// <summary>The gear names, one per line in storage, as a list.</summary>
    public static IReadOnlyList<string> GearNameList(this StoredShoe shoe)
    {
        ArgumentNullException.ThrowIfNull(shoe);
        return shoe.GearNames is { Length: > 0 } text ? text.Split('\n') : [];
    }

    public static Shoe ToDomain(this StoredShoe shoe)
    {
        ArgumentNullException.ThrowIfNull(shoe);
        return new Shoe(shoe.Name)
        {
            StartDistance = Distance.FromMetres(shoe.StartDistanceMetres),
            GearNames = shoe.GearNameList(),
            DefaultFrom = shoe.DefaultFrom,
            Retired = shoe.RetiredOn,
            PlanReplacementAt = Distance.FromMetres(shoe.PlanReplacementAtMetres),
            ReplaceAt = Distance.FromMetres(shoe.ReplaceAtMetres),
        };
    }

    /// <summary>The tracked shoe answering to <paramref name="name"/> by name or gear name (trimmed, case-insensitive), or null.</summary>
    public static StoredShoe? Named(IEnumerable<StoredShoe> shoes, string name)
    {
        ArgumentNullException.ThrowIfNull(shoes);
        var key = StoredShoe.KeyOf(name);
        return shoes.FirstOrDefault(s => s.NameKey == key || s.GearNameList().Any(g => StoredShoe.KeyOf(g) == key));
    }

    /// <summary>Adds a shoe. As default, it takes gearless runs from <paramref name="today"/>; a default added earlier the same day gives way.</summary>
    /// <exception cref="ShoeChangeException">A blank or taken name, a negative start distance, thresholds out of order.</exception>
    public static StoredShoe Add(PatellaDb db, long runnerId, NewShoe shoe, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(shoe);
        var name = ValidName(shoe.Name, "name");
        var gearNames = shoe.GearNames.Select(g => ValidName(g, "gear name"))
            .Where(g => StoredShoe.KeyOf(g) != StoredShoe.KeyOf(name))
            .DistinctBy(StoredShoe.KeyOf)
            .ToList();
        var existing = db.Shoes.AsTracking().OfRunner(runnerId).ToList();
        foreach (var candidate in gearNames.Prepend(name))
        {
            if (Named(existing, candidate) is { } taken)
            {
                throw new ShoeChangeException($"'{candidate}' already names the shoe '{taken.Name}'");
            }
        }

        var start = shoe.StartKilometres;
        var plan = shoe.PlanAtKilometres ?? LoadRules.ShoePlanKilometres;
        var replace = shoe.ReplaceAtKilometres ?? LoadRules.ShoeReplaceKilometres;
        if (!double.IsFinite(start) || start < 0)
        {
            throw new ShoeChangeException($"start distance {start} km: must be 0 or more");
        }

        if (!double.IsFinite(plan) || !double.IsFinite(replace) || plan <= 0 || replace < plan)
        {
            throw new ShoeChangeException($"plan a replacement at {plan} km and replace at {replace} km: both positive, plan not above replace");
        }

        if (shoe.IsDefault)
        {
            foreach (var sameDay in existing.Where(s => s.DefaultFrom == today))
            {
                sameDay.DefaultFrom = null;
            }
        }

        var stored = new StoredShoe
        {
            RunnerId = runnerId,
            Name = name,
            NameKey = StoredShoe.KeyOf(name),
            GearNames = gearNames.Count > 0 ? string.Join('\n', gearNames) : null,
            StartDistanceMetres = start * 1000,
            DefaultFrom = shoe.IsDefault ? today : null,
            PlanReplacementAtMetres = plan * 1000,
            ReplaceAtMetres = replace * 1000,
            CreatedUtc = nowUtc,
        };
        db.Add(stored);
        db.SaveChanges();
        return stored;
    }

    /// <summary>Retires a shoe on a local date (a new date replaces an earlier one). A shoe implied by gear is tracked first.</summary>
    /// <exception cref="ShoeChangeException">No shoe or gear answers to the name.</exception>
    public static StoredShoe Retire(PatellaDb db, long runnerId, string name, DateOnly on, DateTime nowUtc)
    {
        var shoe = Resolve(db, runnerId, name, nowUtc);
        shoe.RetiredOn = on;
        db.SaveChanges();
        return shoe;
    }

    /// <summary>
    /// A tracked shoe answering to <paramref name="name"/>; failing that, a gear name on the runner's runs becomes a tracked
    /// shoe (added, not yet saved, so it lands with the change that needed it).
    /// </summary>
    /// <exception cref="ShoeChangeException">No shoe or gear answers to the name.</exception>
    internal static StoredShoe Resolve(PatellaDb db, long runnerId, string name, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(name);
        if (Named(db.Shoes.AsTracking().OfRunner(runnerId).ToList(), name) is { } tracked)
        {
            return tracked;
        }

        var key = StoredShoe.KeyOf(name);
        var gear = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runnerId && a.Gear != null)
            .OrderBy(a => a.StartUtc)
            .Select(a => new { a.Sport, a.Gear })
            .AsEnumerable()
            .Where(a => a.Sport.IsRunning())
            .Select(a => a.Gear!.Trim())
            .FirstOrDefault(g => StoredShoe.KeyOf(g) == key)
            ?? throw new ShoeChangeException($"no shoe named '{name.Trim()}': add it with 'patella shoes add', or see 'patella shoes list'");
        var adopted = new StoredShoe
        {
            RunnerId = runnerId,
            Name = gear,
            NameKey = key,
            PlanReplacementAtMetres = LoadRules.ShoePlanKilometres * 1000,
            ReplaceAtMetres = LoadRules.ShoeReplaceKilometres * 1000,
            CreatedUtc = nowUtc,
        };
        db.Add(adopted);
        return adopted;
    }

    private static string ValidName(string? text, string what)
    {
        var name = text?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength || name.Contains('\n', StringComparison.Ordinal))
        {
            throw new ShoeChangeException($"shoe {what} '{text}': 1-{MaxNameLength} characters on one line");
        }

        return name;
    }
}
