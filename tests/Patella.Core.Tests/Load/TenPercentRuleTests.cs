using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class TenPercentRuleTests
{
    [Theory]
    [InlineData(0, 3)]     // empty reference: the floor alone
    [InlineData(8, 11)]    // 10% of 8 is 0.8 km: the 3 km floor governs
    [InlineData(20, 23)]
    [InlineData(30, 33)]   // where 10% and the floor meet
    [InlineData(40, 44)]
    [InlineData(100, 110)]
    public void Allowed_IsTheLargerOfTenPercentAndTheFloor(double referenceKm, double allowedKm) =>
        Assert.Equal(allowedKm, TenPercentRule.Allowed(Km(referenceKm)).Kilometres, 9);

    [Theory]
    [InlineData(40, 40, 44.0, false)]
    [InlineData(40, 40, 44.1, true)]
    [InlineData(8, 8, 11.0, false)]
    [InlineData(8, 8, 11.5, true)]
    [InlineData(0, 0, 3.0, false)]
    [InlineData(0, 0, 5.0, true)]     // back after two empty weeks: only the floor
    [InlineData(40, 32, 40.0, false)] // after a lighter week the usual week is no jump
    [InlineData(40, 32, 44.5, true)]
    [InlineData(30, 0, 33.0, false)]  // one week off: reference is still the week before
    public void Evaluate_FinishedWeekAgainstTheLargerOfTheTwoWeeksBefore(double weekBeforeKm, double lastWeekKm, double thisWeekKm, bool exceeded)
    {
        // Weeks starting 2024-04-01, 04-08, 04-15; each week's distance in one run on its Wednesday.
        var history = History(
            new[] { ("2024-04-03", weekBeforeKm), ("2024-04-10", lastWeekKm), ("2024-04-17", thisWeekKm) }
                .Where(w => w.Item2 > 0).Select(w => RunOn(w.Item1, w.Item2)));

        var check = TenPercentRule.Evaluate(history, Date("2024-04-15"), Date("2024-04-21"));

        Assert.Equal(exceeded, check.Exceeded);
        Assert.False(check.IsPartialWeek);
        Assert.Equal(Math.Max(weekBeforeKm, lastWeekKm), check.Reference.Kilometres, 9);
        Assert.Equal(thisWeekKm, check.ThisWeek.Kilometres, 9);
        Assert.Null(check.Projected);
    }

    [Fact]
    public void Evaluate_ReportsChangeAgainstLastWeekAndWhatIsLeft()
    {
        var history = History([RunOn("2024-04-10", 40), RunOn("2024-04-17", 42)]);

        var check = TenPercentRule.Evaluate(history, Date("2024-04-15"), Date("2024-04-21"));

        Assert.Equal(5, check.ChangePercent!.Value, 9);
        Assert.Equal(44, check.Allowed.Kilometres, 9);
        Assert.Equal(2, check.Remaining.Kilometres, 9);
    }

    [Fact]
    public void Evaluate_PartialWeekIsJudgedSoFarNotOnItsProjection()
    {
        // Monday long run of 20 km after a 40 km week: projects to 140 km, but so far is within 44.
        var history = History([RunOn("2024-04-10", 40), RunOn("2024-04-15", 20)]);

        var check = TenPercentRule.Evaluate(history, Date("2024-04-15"), Date("2024-04-15"));

        Assert.True(check.IsPartialWeek);
        Assert.False(check.Exceeded);
        Assert.Equal(140, check.Projected!.Value.Kilometres, 9);
        Assert.Equal(24, check.Remaining.Kilometres, 9);
    }

    [Fact]
    public void Evaluate_PartialWeekFiresOnceAlreadyOver()
    {
        var history = History([RunOn("2024-04-10", 20), RunOn("2024-04-15", 12), RunOn("2024-04-17", 12)]);

        var check = TenPercentRule.Evaluate(history, Date("2024-04-15"), Date("2024-04-17"));

        Assert.True(check.Exceeded);
        Assert.Equal(0, check.Remaining.Metres);
    }

    [Fact]
    public void Evaluate_NoHistoryIsNotExceeded()
    {
        var check = TenPercentRule.Evaluate(History([]), Date("2024-04-15"), Date("2024-04-21"));

        Assert.False(check.Exceeded);
        Assert.Null(check.ChangePercent);
        Assert.Equal(3, check.Allowed.Kilometres, 9);
    }
}
