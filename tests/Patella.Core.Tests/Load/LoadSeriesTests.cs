using Patella.Core.Activities;
using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class LoadSeriesTests
{
    [Theory]
    [InlineData("2024-03-04T22:30:00Z", "2024-03-04")] // 23:30 CET: still Monday
    [InlineData("2024-03-04T23:30:00Z", "2024-03-05")] // 00:30 CET: Tuesday
    [InlineData("2024-03-30T23:30:00Z", "2024-03-31")] // night DST starts: 00:30 CET
    [InlineData("2024-03-31T22:30:00Z", "2024-04-01")] // first CEST night: 00:30 CEST
    [InlineData("2024-10-26T22:30:00Z", "2024-10-27")] // 00:30 CEST, the night DST ends
    [InlineData("2024-10-27T22:30:00Z", "2024-10-27")] // 23:30 CET after DST ends
    public void Days_CountARunOnItsLocalStartDate(string startUtc, string localDate)
    {
        var history = History([Run(startUtc, 10)], new LoadSettings(Berlin));

        var day = Assert.Single(LoadSeries.Days(history, Date(localDate).AddDays(-1), Date(localDate).AddDays(1)), d => d.Runs > 0);

        Assert.Equal(Date(localDate), day.Date);
    }

    [Fact]
    public void Days_RunCrossingMidnightCountsWholeOnItsStartDay()
    {
        // 23:50 CET start, 2 h long: all 20 km belong to the Saturday.
        var history = History([Run("2024-01-06T22:50:00Z", 20, minutes: 120)], new LoadSettings(Berlin));

        var days = LoadSeries.Days(history, Date("2024-01-06"), Date("2024-01-07"));

        Assert.Equal(20, days[0].Distance.Kilometres, 6);
        Assert.Equal(TimeSpan.FromHours(2), days[0].MovingTime);
        Assert.Equal(0, days[1].Distance.Kilometres);
    }

    [Fact]
    public void Weeks_FollowIsoWeeksAcrossTheYear()
    {
        // 2024-12-30 (Monday) starts ISO week 1 of 2025; 2025-01-05 is its Sunday.
        var history = History([RunOn("2024-12-29", 5), RunOn("2024-12-30", 6), RunOn("2025-01-05", 7)]);

        var weeks = LoadSeries.Weeks(history, Date("2025-01-05"), 2);

        Assert.Equal((2024, 52, 5.0), (weeks[0].IsoYear, weeks[0].IsoWeek, weeks[0].Distance.Kilometres));
        Assert.Equal((2025, 1, 13.0), (weeks[1].IsoYear, weeks[1].IsoWeek, Math.Round(weeks[1].Distance.Kilometres, 6)));
        Assert.Equal(Date("2024-12-30"), weeks[1].WeekStart);
        Assert.True(weeks[1].IsComplete);
    }

    [Fact]
    public void Weeks_SumEveryQuantityAndTheChangeOnLastWeek()
    {
        var history = History(
        [
            Run("2024-04-01T07:00:00Z", 10, descentMetres: 100, downhillKm: 1),
            Run("2024-04-08T07:00:00Z", 8, descentMetres: 150, downhillKm: 2),
            Run("2024-04-10T07:00:00Z", 4, descentMetres: 0, downhillKm: 0),
        ]);

        var week = LoadSeries.Weeks(history, Date("2024-04-14"), 2)[1];

        Assert.Equal(12, week.Distance.Kilometres, 6);
        Assert.Equal(2, week.Runs);
        Assert.Equal(TimeSpan.FromMinutes(72), week.MovingTime);
        Assert.Equal(150, week.DescentMetres, 6);
        Assert.Equal(2, week.DownhillDistance.Kilometres, 6);
        Assert.Equal(8, week.LongestRun.Kilometres, 6);
        Assert.Equal(20, week.DistanceChangePercent!.Value, 6);
        Assert.Equal(50, week.DescentChangePercent!.Value, 6);
        Assert.Equal(100, week.DownhillDistanceChangePercent!.Value, 6);
    }

    [Fact]
    public void Weeks_GapOfWeeksGivesEmptyWeeksAndNoPercentAfterThem()
    {
        var history = History([RunOn("2024-04-01", 10), RunOn("2024-04-22", 5)]);

        var weeks = LoadSeries.Weeks(history, Date("2024-04-28"), 4);

        Assert.Equal([10.0, 0, 0, 5], weeks.Select(w => Math.Round(w.Distance.Kilometres, 6)));
        Assert.Equal(-100, weeks[1].DistanceChangePercent!.Value, 6);
        Assert.Null(weeks[2].DistanceChangePercent);
        Assert.Null(weeks[3].DistanceChangePercent);
    }

    [Fact]
    public void Weeks_OnlyCrossTrainingLeavesRunningAtZeroAndListsTheSports()
    {
        var history = History(
        [
            Run("2024-04-02T07:00:00Z", 30, sport: Sport.Cycling, minutes: 60),
            Run("2024-04-03T07:00:00Z", 1, sport: Sport.Swimming, minutes: 40),
            Run("2024-04-05T07:00:00Z", 25, sport: Sport.Cycling, minutes: 50),
        ]);

        var week = LoadSeries.Weeks(history, Date("2024-04-07"), 1)[0];

        Assert.Equal(0, week.Distance.Metres);
        Assert.Equal(0, week.Runs);
        Assert.Equal(0, week.Load);
        Assert.Equal(
            [(Sport.Cycling, 2, TimeSpan.FromMinutes(110)), (Sport.Swimming, 1, TimeSpan.FromMinutes(40))],
            week.CrossTraining.Select(c => (c.Sport, c.Sessions, c.MovingTime)));
    }

    [Fact]
    public void Weeks_CurrentWeekCountsThroughTheDayOnly()
    {
        var history = History([RunOn("2024-04-08", 5), RunOn("2024-04-10", 6), RunOn("2024-04-12", 7)]);

        var week = LoadSeries.Weeks(history, Date("2024-04-10"), 1)[0];

        Assert.Equal(3, week.DaysCounted);
        Assert.False(week.IsComplete);
        Assert.Equal(11, week.Distance.Kilometres, 6);
    }

    [Theory]
    [InlineData(LoadMeasure.Distance, DistanceUnit.Kilometres, 10.0)]
    [InlineData(LoadMeasure.Distance, DistanceUnit.Miles, 6.2137119)]
    [InlineData(LoadMeasure.Minutes, DistanceUnit.Kilometres, 50.0)]
    [InlineData(LoadMeasure.SessionRpe, DistanceUnit.Kilometres, 300.0)]
    public void Days_LoadFollowsTheMeasure(LoadMeasure measure, DistanceUnit unit, double expected)
    {
        var history = History([Run("2024-04-01T07:00:00Z", 10, rpe: 6, minutes: 50)], new LoadSettings(TimeZoneInfo.Utc, unit, measure));

        Assert.Equal(expected, LoadSeries.Days(history, Date("2024-04-01"), Date("2024-04-01"))[0].Load, 5);
    }
}
