using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class DownhillTests
{
    [Theory]
    [InlineData(0, 0, 150, false)]     // from nothing: the 150 m floor
    [InlineData(0, 151, 150, true)]
    [InlineData(500, 650, 650, false)] // floor beats 10% below 1500 m
    [InlineData(2000, 2200, 2200, false)]
    [InlineData(2000, 2300, 2200, true)]
    public void Evaluate_WeeklyDescentUnderTheTenPercentRule(double lastWeekMetres, double thisWeekMetres, double allowedMetres, bool exceeded)
    {
        var history = History([RunOn("2024-04-10", 10, lastWeekMetres), RunOn("2024-04-17", 10, thisWeekMetres)]);

        var check = Downhill.Evaluate(history, Date("2024-04-15"), Date("2024-04-21"));

        Assert.Equal(allowedMetres, check.AllowedDescentMetres, 9);
        Assert.Equal(exceeded, check.Exceeded);
        Assert.Equal(thisWeekMetres, check.DescentMetres, 9);
    }

    [Fact]
    public void Evaluate_ReportsDownhillDistanceAndItsChange()
    {
        var history = History([Run("2024-04-10T07:00:00Z", 10, 200, downhillKm: 2), Run("2024-04-17T07:00:00Z", 10, 300, downhillKm: 3)]);

        var check = Downhill.Evaluate(history, Date("2024-04-15"), Date("2024-04-21"));

        Assert.Equal(3, check.DownhillDistance.Kilometres, 9);
        Assert.Equal(50, check.DownhillDistanceChangePercent!.Value, 9);
        Assert.Equal(50, check.DescentChangePercent!.Value, 9);
    }

    [Theory]
    [InlineData(0, DownhillReturnStatus.NotYet, false)]
    [InlineData(1, DownhillReturnStatus.NotYet, false)]
    [InlineData(2, DownhillReturnStatus.ClinicianCall, false)]
    [InlineData(3, DownhillReturnStatus.Allowed, true)]
    [InlineData(8, DownhillReturnStatus.Allowed, true)]
    public void ReturnGate_TwoToThreePainFreeFlatWeeks(int weeks, DownhillReturnStatus status, bool allowed)
    {
        var gate = Downhill.ReturnGate(weeks);

        Assert.Equal(status, gate.Status);
        Assert.Equal(allowed, gate.DownhillAllowed);
        Assert.Equal("R-LOAD-DOWNHILL-RETURN", gate.Rule.Id);
    }

    [Fact]
    public void ReturnGate_RejectsNegativeWeeks() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Downhill.ReturnGate(-1));
}
