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

    /// <summary>The runner's local date the load was read for: activities after it may be in the list, never after <see cref="Before"/> of it.</summary>
    public DateOnly Day { get; init; }

    /// <summary>Reads the runner's activities that can fall on or before <paramref name="day"/>, shoes and choices.</summary>
    public static RunnerLoad Read(PatellaDb db, Runner runner, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        var before = Before(day);
        var activities = db.Activities.AsNoTracking()
            .Where(a => a.RunnerId == runner.Id && a.StartUtc < before)
            .AsEnumerable()
            .Select(a => a.ToDomain())
            .ToList();
        var tracked = db.Shoes.AsNoTracking().OfRunner(runner.Id).ToList();
        return Build(SettingsOf(runner), activities, tracked, ShoeChoices.Of(db, runner.Id), day);
    }

    /// <summary>
    /// The load as <see cref="Read"/> would give it on an earlier <paramref name="day"/>, from what is already read:
    /// the assessment's evidence on the day it was taken needs no second trip to the database.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is after <see cref="Day"/>.</exception>
    public RunnerLoad AsOf(DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, Day);
        var before = Before(day);
        return Build(Settings, [.. Activities.Where(a => a.StartUtc < before)], Tracked, Assignments, day);
    }

    // Local dates run at most 14 h ahead of UTC: anything starting two UTC days later is after the day everywhere.
    private static DateTime Before(DateOnly day) => day.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static RunnerLoad Build(LoadSettings settings, List<Activity> activities, IReadOnlyList<StoredShoe> tracked, IReadOnlyList<ShoeAssignment> assignments, DateOnly day)
    {
        var history = LoadHistory.Build(activities, settings);
        List<Shoe> shoes = [.. tracked.Select(s => s.ToDomain())];
        shoes.AddRange(ImpliedShoes.From(history, shoes, day));
        return new RunnerLoad(settings, activities, history, shoes, tracked, assignments) { Day = day };
    }

    /// <summary>The tracked row behind a shoe of the report, or null for an implied one.</summary>
    public StoredShoe? TrackedRow(string shoeName) => Tracked.FirstOrDefault(s => s.Name == shoeName);

    public LoadPicture PictureOn(DateOnly day) => LoadEngine.PictureOn(day, History, Shoes, Assignments);

    public ShoeReport ShoesOn(DateOnly day) => ShoeWear.On(History, day, Shoes, Assignments);
}
