using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

public class ClearanceTests
{
    private static readonly DateOnly Day = RehabTestData.Start;

    [Theory]
    [InlineData(20, 0, false, true)]
    [InlineData(25, 0, false, true)]
    [InlineData(19, 0, false, false)]
    [InlineData(20, 1, false, false)]
    [InlineData(20, 0, true, false)]
    public void SingleLegSquat_PassesWith20PainFreeWithoutValgus(int reps, int pain, bool valgus, bool passed) =>
        Assert.Equal(passed, ClearanceRecord.SingleLegSquat(Day, reps, PainScore.FromPoints(pain), valgus).Passed);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void StairDescent_PassesWithoutPain(int pain, bool passed) =>
        Assert.Equal(passed, ClearanceRecord.StairDescent(Day, PainScore.FromPoints(pain)).Passed);

    [Theory]
    [InlineData(20, 0, 0, true)]
    [InlineData(30, 0, 0, true)]
    [InlineData(19.5, 0, 0, false)]
    [InlineData(25, 1, 0, false)]
    [InlineData(25, 0, 1, false)]
    public void EasyRun_Passes20To30MinWithoutPainDuringOrNextMorning(double minutes, int during, int morning, bool passed) =>
        Assert.Equal(passed, ClearanceRecord.EasyRun(Day, minutes, PainScore.FromPoints(during), PainScore.FromPoints(morning)).Passed);

    [Theory]
    [InlineData(100, 100, 100.0, true, "within 10%")]
    [InlineData(90, 100, 90.0, true, "within 10%")]
    [InlineData(85, 100, 85.0, true, "lenient end")]
    [InlineData(84, 100, 84.0, false, "more than 15%")]
    [InlineData(100, 84, 84.0, false, "more than 15%")]
    public void StrengthSymmetry_PassesWithin15Percent_EitherSideWeaker(double involved, double uninvolved, double lsi, bool passed, string band)
    {
        var r = ClearanceRecord.StrengthSymmetry(Day, involved, uninvolved);

        Assert.Equal(lsi, r.LimbSymmetryIndexPercent!.Value, 6);
        Assert.Equal(passed, r.Passed);
        Assert.Contains(band, r.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void On_ClearsOnlyWhenAllFourPass_OnTheLastOfTheirDates()
    {
        var three = RehabTestData.AllFourPassed(10).Where(r => r.Test != ClearanceTest.StrengthSymmetry).ToList();

        var notYet = ClearanceStatus.On(three, RehabTestData.Day(20));
        var cleared = ClearanceStatus.On([.. three, ClearanceRecord.StrengthSymmetry(RehabTestData.Day(12), 95, 100)], RehabTestData.Day(20));

        Assert.False(notYet.FullyCleared);
        Assert.Null(notYet.ClearedOn);
        Assert.Null(notYet.Tests.Single(t => t.Test == ClearanceTest.StrengthSymmetry).Latest);
        Assert.True(cleared.FullyCleared);
        Assert.Equal(RehabTestData.Day(12), cleared.ClearedOn);
        Assert.Equal("R-CLEAR-FULL", cleared.RuleId);
        Assert.Contains("ACL", cleared.LsiCaveat, StringComparison.Ordinal);
        Assert.Equal(["R-CLEAR-SINGLE-LEG-SQUAT", "R-CLEAR-STAIRS", "R-CLEAR-EASY-RUN", "R-CLEAR-LSI"], cleared.Tests.Select(t => t.RuleId));
    }

    [Fact]
    public void On_TheLatestRecordCounts_AndLaterRecordsAreIgnored()
    {
        var records = RehabTestData.AllFourPassed(10);
        records.Add(ClearanceRecord.StairDescent(RehabTestData.Day(11), PainScore.FromPoints(2)));
        records.Add(ClearanceRecord.Judged(ClearanceTest.StairDescent, RehabTestData.Day(13), passed: true));

        Assert.False(ClearanceStatus.On(records, RehabTestData.Day(12)).FullyCleared);
        Assert.True(ClearanceStatus.On(records, RehabTestData.Day(13)).FullyCleared);
        Assert.False(ClearanceStatus.On(records, RehabTestData.Day(9)).FullyCleared);
    }
}
