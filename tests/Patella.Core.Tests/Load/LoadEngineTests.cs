using System.Globalization;
using System.Text.Json;
using Patella.Core.Activities;
using Patella.Core.Load;
using Patella.Core.Rules;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class LoadEngineTests
{
    /// <summary>
    /// Eight steady 30 km weeks in a shoe that came with 560 km, then a 45 km week with a 25 km long run:
    /// the mileage jump, the long-run spike and the worn shoe a physio would spot.
    /// </summary>
    private static List<Activity> PhysioHistory()
    {
        var activities = new List<Activity>();
        var monday = Date("2024-03-04");
        for (var week = 0; week < 8; week++, monday = monday.AddDays(7))
        {
            activities.Add(RunOn(Iso(monday.AddDays(1)), 8, gear: "Pegasus"));
            activities.Add(RunOn(Iso(monday.AddDays(3)), 10, gear: "Pegasus"));
            activities.Add(RunOn(Iso(monday.AddDays(6)), 12, gear: "Pegasus"));
        }

        activities.Add(RunOn(Iso(monday.AddDays(1)), 10, gear: "Pegasus"));
        activities.Add(RunOn(Iso(monday.AddDays(3)), 10, gear: "Pegasus"));
        activities.Add(RunOn(Iso(monday.AddDays(5)), 25, gear: "Pegasus"));
        return activities;
    }

    private static readonly Shoe[] Pegasus = [new("Pegasus") { StartDistance = Km(560) }];

    [Fact]
    public void PictureOn_ShowsTheJumpTheSpikeAndTheWornShoeWithTheirNumbers()
    {
        var picture = LoadEngine.PictureOn(Date("2024-05-06"), PhysioHistory(), Pegasus, new LoadSettings(Berlin));

        var ids = picture.Warnings.Select(w => w.RuleId).ToList();
        Assert.Equal(["R-LOAD-SPIKE", "R-LOAD-SHOE-800", "R-LOAD-10PCT"], ids.Where(id => id != "R-LOAD-ACWR"));
        var jump = picture.Warnings.Single(w => w.RuleId == "R-LOAD-10PCT");
        Assert.Equal(Severity.Caution, jump.Severity);
        Assert.Equal([("thisWeek", 45.0), ("lastWeek", 30.0), ("allowed", 33.0), ("change", 50.0)],
            jump.Figures.Where(f => f.Name != "reference").Select(f => (f.Name, f.Value)));
        var spike = picture.Warnings.Single(w => w.RuleId == "R-LOAD-SPIKE");
        Assert.Equal(Severity.Warning, spike.Severity);
        Assert.Contains("large spike (hazard rate ratio 2.28", spike.Message, StringComparison.Ordinal);
        Assert.Equal(Date("2024-05-04"), spike.Date);
        var shoe = picture.Warnings.Single(w => w.RuleId == "R-LOAD-SHOE-800");
        Assert.Equal(845, shoe.Figures[0].Value, 6);
        Assert.All(picture.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Advice + w.Source)));
    }

    [Fact]
    public void PictureOn_HasEightFinishedWeeksAndTheCurrentOne()
    {
        var picture = LoadEngine.PictureOn(Date("2024-05-08"), PhysioHistory(), Pegasus, new LoadSettings(Berlin));

        Assert.Equal(9, picture.Weeks.Count);
        Assert.Equal(Date("2024-05-06"), picture.Weeks[^1].WeekStart);
        Assert.Equal(3, picture.Weeks[^1].DaysCounted);
        Assert.Equal(picture.Weeks[0].WeekStart, picture.Days[0].Date);
        Assert.Equal(Date("2024-05-08"), picture.Days[^1].Date);
        Assert.Equal(25, picture.LongestRunLast30Days.Kilometres, 6);
        Assert.Equal(27.5, picture.NextRunLongestWithoutSpike.Kilometres, 6);
        Assert.NotNull(picture.Ratios);
    }

    [Fact]
    public void PictureOn_MilesEverywhere()
    {
        var picture = LoadEngine.PictureOn(Date("2024-05-06"), PhysioHistory(), Pegasus, new LoadSettings(Berlin, DistanceUnit.Miles));

        var jump = picture.Warnings.Single(w => w.RuleId == "R-LOAD-10PCT");
        Assert.Equal(("thisWeek", 28.0, "mi"), (jump.Figures[0].Name, jump.Figures[0].Value, jump.Figures[0].Unit));
        Assert.Contains("28.0 mi", jump.Message, StringComparison.Ordinal);
        Assert.Equal("mi", picture.Ratios!.LoadUnit);
    }

    [Fact]
    public void PictureOn_NoHistoryIsAQuietPicture()
    {
        var picture = LoadEngine.PictureOn(Date("2024-05-06"), [], [], LoadSettings.Utc);

        Assert.Empty(picture.Warnings);
        Assert.Null(picture.Ratios);
        Assert.Null(picture.Monotony.Monotony);
        Assert.All(picture.Weeks, w => Assert.Equal(0, w.Distance.Metres));
    }

    [Fact]
    public void PictureOn_IgnoresActivitiesAfterTheDay()
    {
        var activities = PhysioHistory();
        var before = LoadEngine.PictureOn(Date("2024-04-28"), activities.Where(a => a.StartUtc < new DateTime(2024, 4, 29, 0, 0, 0, DateTimeKind.Utc)).ToList(), Pegasus, new LoadSettings(Berlin));
        var withFuture = LoadEngine.PictureOn(Date("2024-04-28"), activities, Pegasus, new LoadSettings(Berlin));

        Assert.Equal(Json(before), Json(withFuture));
        Assert.DoesNotContain(withFuture.Warnings, w => w.RuleId == "R-LOAD-SPIKE");
    }

    [Fact]
    public void PictureOn_IncrementalHistoryGivesTheSamePicture()
    {
        var activities = PhysioHistory();
        var settings = new LoadSettings(Berlin);
        var incremental = LoadHistory.Build(activities.Skip(1).SkipLast(1), settings).With(activities[^1]).With(activities[0]);

        var expected = LoadEngine.PictureOn(Date("2024-05-06"), activities, Pegasus, settings);
        var actual = LoadEngine.PictureOn(Date("2024-05-06"), incremental, Pegasus);

        Assert.Equal(Json(expected), Json(actual));
    }

    [Fact]
    public void History_RejectsTheSameActivityTwice()
    {
        var run = RunOn("2024-04-01", 5);

        Assert.Throws<ArgumentException>(() => LoadHistory.Build([run, run], LoadSettings.Utc));
        Assert.Throws<ArgumentException>(() => LoadHistory.Build([run], LoadSettings.Utc).With(run));
    }

    [Fact]
    public void PictureOn_SerialisesToJsonWithUnitsInNames()
    {
        var picture = LoadEngine.PictureOn(Date("2024-05-06"), PhysioHistory(), Pegasus, new LoadSettings(Berlin));

        var json = Json(picture);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(45, doc.RootElement.GetProperty("lastWeek").GetProperty("thisWeek").GetProperty("kilometres").GetDouble(), 6);
        Assert.Equal("Europe/Berlin", doc.RootElement.GetProperty("timeZone").GetString());
        Assert.Contains("\"ruleId\":\"R-LOAD-SPIKE\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_ComesFromTheTimeProviderInTheRunnersZone()
    {
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(Date("2024-03-31"), new LoadSettings(Berlin).Today(clock));
        Assert.Equal(Date("2024-03-30"), LoadSettings.Utc.Today(clock));
    }

    [Fact]
    public void Rules_AreUniqueAndSourced()
    {
        Assert.Equal(LoadRules.All.Count, LoadRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(LoadRules.All, r => Assert.StartsWith("R-LOAD-", r.Id, StringComparison.Ordinal));
        Assert.All(LoadRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static string Json(LoadPicture picture) => JsonSerializer.Serialize(picture, WebJson);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
