namespace Patella.Core.Load;

/// <summary>
/// Shoes the data implies: every gear name on a run (Strava's CSV puts one on each activity) that no tracked shoe
/// answers to by name or gear name, compared as <see cref="ShoeWear"/> compares them (trimmed, case-insensitive).
/// They are computed on every read rather than created on import, so naming a shoe later (or giving an existing
/// shoe the gear name) takes over their runs retroactively and nothing is stored that the runner did not say.
/// Gear on other sports is ignored: Strava's gear on a ride is a bike.
/// </summary>
public static class ImpliedShoes
{
    /// <summary>
    /// One <see cref="Shoe"/> per untracked gear name on runs dated up to <paramref name="day"/>, named as the first run
    /// spelled it (trimmed), in order of first use, with the default thresholds and no start distance.
    /// </summary>
    public static IReadOnlyList<Shoe> From(LoadHistory history, IReadOnlyList<Shoe> tracked, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(tracked);
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var shoe in tracked)
        {
            known.Add(shoe.Name.Trim());
            foreach (var gear in shoe.GearNames)
            {
                known.Add(gear.Trim());
            }
        }

        var implied = new List<Shoe>();
        foreach (var run in history.Runs)
        {
            if (run.Date <= day && run.Gear?.Trim() is { Length: > 0 } gear && known.Add(gear))
            {
                implied.Add(new Shoe(gear));
            }
        }

        return implied;
    }
}
