using Microsoft.EntityFrameworkCore;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Data.Activities;
using Patella.Data.Runners;

namespace Patella.Data.Load;

/// <summary>
/// Everything the load engine needs for one runner, read once: settings from the profile, the history of every
/// activity (running and cross-training) up to a day, the tracked shoes, the shoes implied by gear, and the manual
/// shoe choices. The CLI and the web build their pictures from this.
/// </summary>
/// <param name="Shoes">Tracked shoes (by id), then those implied by gear (<see cref="ImpliedShoes"/>).</param>
/// <param name="Tracked">The stored rows behind the tracked part of <paramref name="Shoes"/>, same order.</param>
/// <param name="Activities">The activities the history was built from (the assessment's cadence evidence reads them).</param>
public sealed record RunnerLoad(
    LoadSettings Settings,
    IReadOnlyList<Activity> Activities,
    LoadHistory History,
    IReadOnlyList<Shoe> Shoes,
    IReadOnlyList<StoredShoe> Tracked,
    IReadOnlyList<ShoeAssignment> Assignments)
{
    /// <summary>The runner's zone and unit, distance as the load. A zone unknown on this machine reads as UTC.</summary>
    public static LoadSettings SettingsOf(Runner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return new LoadSettings(RunnerProfile.TimeZoneOf(runner), runner.Units == "mi" ? DistanceUnit.Miles : DistanceUnit.Kilometres);
    }

    /// <summary>Reads the runner's activities that can fall on or before <paramref name="day"/>, shoes and choices.</summary>
    public static RunnerLoad Read(PatellaDb db, Runner runner, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = SettingsOf(runner);

        // Local dates run at most 14 h ahead of UTC: anything starting two UTC days later is after the day everywhere.
        var before = day.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var activities = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runner.Id && a.StartUtc < before)
            .AsEnumerable()
            .Select(a => a.ToDomain())
            .ToList();
        var history = LoadHistory.Build(activities, settings);
        var tracked = db.Shoes.AsNoTracking().OfRunner(runner.Id).ToList();
        List<Shoe> shoes = [.. tracked.Select(s => s.ToDomain())];
        shoes.AddRange(ImpliedShoes.From(history, shoes, day));
        return new RunnerLoad(settings, activities, history, shoes, tracked, ShoeChoices.Of(db, runner.Id));
    }

    /// <summary>The tracked row behind a shoe of the report, or null for an implied one.</summary>
    public StoredShoe? TrackedRow(string shoeName) => Tracked.FirstOrDefault(s => s.Name == shoeName);

    public LoadPicture PictureOn(DateOnly day) => LoadEngine.PictureOn(day, History, Shoes, Assignments);

    public ShoeReport ShoesOn(DateOnly day) => ShoeWear.On(History, day, Shoes, Assignments);
}
