using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>
/// Shoe distance (<see cref="LoadRules.ShoePlan"/>, <see cref="LoadRules.ShoeReplace"/>). Each run goes to one shoe,
/// first match wins: a manual assignment for the activity; a manual assignment for its date (the last one listed);
/// a shoe whose name or gear names match the run's gear (Strava's CSV gear maps this way); the default shoe — the
/// one with the latest <see cref="Shoe.DefaultFrom"/> on or before the run's date, not retired before it. Only
/// running counts: walking in running shoes is not tracked.
/// </summary>
public static class ShoeWear
{
    public static ShoeReport On(LoadHistory history, DateOnly day, IReadOnlyList<Shoe> shoes, IReadOnlyList<ShoeAssignment>? assignments = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(shoes);
        assignments ??= [];
        var byActivity = new Dictionary<long, string>();
        var byDate = new Dictionary<DateOnly, string>();
        foreach (var a in assignments)
        {
            if (a.ActivityId is { } id)
            {
                byActivity[id] = a.ShoeName;
            }
            else
            {
                byDate[a.Date] = a.ShoeName;
            }
        }

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < shoes.Count; i++)
        {
            foreach (var name in shoes[i].GearNames.Prepend(shoes[i].Name))
            {
                byName.TryAdd(name.Trim(), i);
            }
        }

        var metres = new double[shoes.Count];
        var runs = new int[shoes.Count];
        var first = new DateOnly?[shoes.Count];
        var last = new DateOnly?[shoes.Count];
        double unassigned = 0;
        var unassignedRuns = 0;
        foreach (var run in history.Runs)
        {
            if (run.Date > day)
            {
                continue;
            }

            var index = ShoeFor(run, shoes, byName, byActivity, byDate);
            if (index < 0)
            {
                unassigned += run.Distance.Metres;
                unassignedRuns++;
                continue;
            }

            metres[index] += run.Distance.Metres;
            runs[index]++;
            first[index] ??= run.Date;
            last[index] = run.Date;
        }

        var mileages = new List<ShoeMileage>(shoes.Count);
        for (var i = 0; i < shoes.Count; i++)
        {
            var shoe = shoes[i];
            var logged = Distance.FromMetres(metres[i]);
            var total = shoe.StartDistance + logged;
            var retired = shoe.Retired is { } r && r <= day;
            var state = retired ? ShoeState.Retired
                : total >= shoe.ReplaceAt ? ShoeState.Replace
                : total >= shoe.PlanReplacementAt ? ShoeState.PlanReplacement
                : ShoeState.Fine;
            var left = shoe.ReplaceAt - total;
            mileages.Add(new ShoeMileage(
                shoe.Name, total, logged, runs[i], first[i], last[i], retired ? shoe.Retired : null, state,
                shoe.PlanReplacementAt, shoe.ReplaceAt, left > Distance.Zero ? left : Distance.Zero));
        }

        return new ShoeReport(mileages, Distance.FromMetres(unassigned), unassignedRuns);
    }

    private static int ShoeFor(
        LoadRun run, IReadOnlyList<Shoe> shoes, Dictionary<string, int> byName, Dictionary<long, string> byActivity, Dictionary<DateOnly, string> byDate)
    {
        if ((byActivity.TryGetValue(run.ActivityId, out var name) || byDate.TryGetValue(run.Date, out name))
            && byName.TryGetValue(name.Trim(), out var manual))
        {
            return manual;
        }

        if (run.Gear is { } gear && byName.TryGetValue(gear.Trim(), out var byGear))
        {
            return byGear;
        }

        var best = -1;
        for (var i = 0; i < shoes.Count; i++)
        {
            var s = shoes[i];
            if (s.DefaultFrom is { } from && from <= run.Date && (s.Retired is not { } retired || retired >= run.Date)
                && (best < 0 || from > shoes[best].DefaultFrom))
            {
                best = i;
            }
        }

        return best;
    }
}
