using Microsoft.EntityFrameworkCore;
using Patella.Core.Activities;
using Patella.Core.Load;

namespace Patella.Data.Load;

/// <summary>What <c>patella shoes use</c> did: the shoe now holds these runs of the date.</summary>
/// <param name="Replaced">The shoe the date was manually given to before, if another one.</param>
public sealed record ShoeChoice(StoredShoe Shoe, DateOnly Date, IReadOnlyList<long> ActivityIds, double DistanceMetres, string? Replaced);

/// <summary>Manual shoe choices: "the runs of this day were in that shoe".</summary>
public static class ShoeChoices
{
    /// <summary>The runner's manual choices in the order they were made (for a date, the last one wins in <see cref="ShoeWear"/>).</summary>
    public static IReadOnlyList<ShoeAssignment> Of(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return [.. db.ShoeAssignments.AsNoTracking()
            .Where(a => a.RunnerId == runnerId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Shoe!.Name, a.Date, a.ActivityId })
            .AsEnumerable()
            .Select(a => new ShoeAssignment(a.Name, a.Date, a.ActivityId))];
    }

    /// <summary>
    /// Gives every run of <paramref name="date"/> (local in <paramref name="settings"/>' zone) to the shoe, replacing an earlier
    /// choice for that date. A gear name from the data becomes a tracked shoe in the same save.
    /// </summary>
    /// <exception cref="ShoeChangeException">No such shoe, no run on the date, or the shoe was retired before it.</exception>
    public static ShoeChoice Use(PatellaDb db, long runnerId, string name, DateOnly date, LoadSettings settings, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var shoe = ShoeStorage.Resolve(db, runnerId, name, nowUtc);
        if (shoe.RetiredOn is { } retired && retired < date)
        {
            throw new ShoeChangeException($"'{shoe.Name}' was retired on {retired:yyyy-MM-dd}, before {date:yyyy-MM-dd}");
        }

        // Any zone is within a day and a half of UTC: fetch a UTC window around the date, then keep its local runs.
        var from = date.AddDays(-2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = date.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var runs = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runnerId && a.StartUtc >= from && a.StartUtc < to)
            .Select(a => new { a.Id, a.Sport, a.StartUtc, a.DistanceMetres })
            .AsEnumerable()
            .Where(a => a.Sport.IsRunning() && settings.LocalDate(a.StartUtc) == date)
            .ToList();
        if (runs.Count == 0)
        {
            throw new ShoeChangeException($"no runs on {date:yyyy-MM-dd} ({settings.TimeZone.Id}): nothing to give to '{shoe.Name}'");
        }

        var earlier = db.ShoeAssignments.AsTracking().Include(a => a.Shoe)
            .Where(a => a.RunnerId == runnerId && a.Date == date && a.ActivityId == null)
            .ToList();
        var replaced = earlier.Select(a => a.Shoe!.Name).LastOrDefault(n => n != shoe.Name);
        db.RemoveRange(earlier);
        db.Add(new StoredShoeAssignment { RunnerId = runnerId, Shoe = shoe, Date = date, CreatedUtc = nowUtc });
        db.SaveChanges();
        return new ShoeChoice(shoe, date, [.. runs.Select(r => r.Id)], runs.Sum(r => r.DistanceMetres), replaced);
    }
}
