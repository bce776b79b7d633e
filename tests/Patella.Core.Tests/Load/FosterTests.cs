using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class FosterTests
{
    [Theory]
    // loads over 7 days → mean, population SD, monotony, strain, capped (all by hand)
    [InlineData(new[] { 10.0, 0, 10, 0, 10, 0, 10 }, 5.7142857, 4.9487166, 1.1547005, 46.188022, false)]
    [InlineData(new[] { 10.0, 10, 10, 10, 10, 10, 5 }, 9.2857143, 1.7496355, 5.3072278, 344.96981, false)]
    [InlineData(new[] { 0.0, 0, 0, 0, 0, 0, 14 }, 2.0, 4.8989795, 0.4082483, 5.7154761, false)]
    [InlineData(new[] { 6.0, 6, 6, 6, 6, 6, 6 }, 6.0, 0.0, 10.0, 420.0, true)] // SD = 0 with load: the cap
    public void Of_MonotonyAndStainByHand(double[] loads, double mean, double sd, double monotony, double strain, bool capped)
    {
        var result = Foster.Of(loads, Date("2024-04-01"), Date("2024-04-07"), "km");

        Assert.Equal(mean, result.MeanDailyLoad, 5);
        Assert.Equal(sd, result.StandardDeviation, 5);
        Assert.Equal(monotony, result.Monotony!.Value, 5);
        Assert.Equal(strain, result.Strain!.Value, 4);
        Assert.Equal(capped, result.Capped);
    }

    [Fact]
    public void Of_NoLoadGivesNoMonotony()
    {
        var result = Foster.Of(new double[7], Date("2024-04-01"), Date("2024-04-07"), "km");

        Assert.Null(result.Monotony);
        Assert.Null(result.Strain);
        Assert.False(result.Capped);
    }

    [Fact]
    public void On_TakesTheSevenDaysEndingOnTheDayRestDaysZero()
    {
        var history = History(Daily("2024-04-01", 99, 10, 0, 10, 0, 10, 0, 10));

        var result = Foster.On(history, Date("2024-04-08"));

        Assert.Equal(Date("2024-04-02"), result.From);
        Assert.Equal(40, result.WeeklyLoad, 9);
        Assert.Equal(1.1547005, result.Monotony!.Value, 5);
    }
}
