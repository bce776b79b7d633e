using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class SpikeCheckTests
{
    [Theory]
    [InlineData(10, 11.0, SpikeGrade.None, null)]
    [InlineData(10, 11.01, SpikeGrade.Small, 1.64)]
    [InlineData(10, 13.0, SpikeGrade.Small, 1.64)]
    [InlineData(10, 13.01, SpikeGrade.Moderate, 1.52)]
    [InlineData(10, 20.0, SpikeGrade.Moderate, 1.52)]
    [InlineData(10, 20.01, SpikeGrade.Large, 2.28)]
    [InlineData(10, 5.0, SpikeGrade.None, null)]
    [InlineData(0, 5.0, SpikeGrade.NoReference, null)]
    public void Judge_GradesByFrandsen2025(double referenceKm, double runKm, SpikeGrade grade, double? hazardRatio)
    {
        var result = SpikeCheck.Judge(null, Date("2024-05-01"), Km(runKm), Km(referenceKm));

        Assert.Equal(grade, result.Grade);
        Assert.Equal(hazardRatio, result.HazardRatio);
        Assert.Equal(referenceKm * 1.1, result.LongestWithoutSpike.Kilometres, 9);
    }

    [Theory]
    [InlineData("2024-04-01", SpikeGrade.Large)] // 30 days before 05-01 is 04-01: inside the window
    [InlineData("2024-03-31", SpikeGrade.NoReference)] // 31 days before: outside
    public void ForRuns_WindowIsTheThirtyDaysBeforeTheRunsDate(string earlierRun, SpikeGrade grade)
    {
        var history = History([RunOn(earlierRun, 5), RunOn("2024-05-01", 12)]);

        var result = SpikeCheck.ForRuns(history, Date("2024-05-01"), Date("2024-05-01")).Single();

        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void ForRuns_EarlierRunTheSameDayCountsLaterOneDoesNot()
    {
        var history = History(
        [
            RunOn("2024-04-20", 10),
            Run("2024-05-01T06:00:00Z", 14, id: 9001),
            Run("2024-05-01T17:00:00Z", 15, id: 9002),
        ]);

        var results = SpikeCheck.ForRuns(history, Date("2024-05-01"), Date("2024-05-01"));

        Assert.Equal([(9001L, SpikeGrade.Moderate), (9002L, SpikeGrade.None)], results.Select(r => (r.ActivityId!.Value, r.Grade)));
        Assert.Equal(0.4, results[0].Increase!.Value, 9);
    }

    [Theory]
    [InlineData(16.5, SpikeGrade.None)]
    [InlineData(17, SpikeGrade.Small)]
    [InlineData(22, SpikeGrade.Moderate)]
    public void ForPlannedRun_ComparesWithEverythingUpToItsDay(double plannedKm, SpikeGrade grade)
    {
        var history = History([RunOn("2024-04-10", 15), RunOn("2024-04-20", 12)]);

        var result = SpikeCheck.ForPlannedRun(history, Date("2024-05-01"), Km(plannedKm));

        Assert.Null(result.ActivityId);
        Assert.Equal(15, result.LongestPrevious30Days.Kilometres, 9);
        Assert.Equal(grade, result.Grade);
    }
}
