using Patella.Core.Activities;
using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class ShoeWearTests
{
    [Fact]
    public void On_GearNamesMapCaseInsensitivelyAndByAlias()
    {
        var history = History([RunOn("2024-04-01", 10, gear: " pegasus 40 "), RunOn("2024-04-02", 5, gear: "Nike Pegasus 40 (blue)"), RunOn("2024-04-03", 7, gear: "Other")]);
        Shoe[] shoes = [new("Pegasus 40") { GearNames = ["Nike Pegasus 40 (blue)"] }];

        var report = ShoeWear.On(history, Date("2024-04-30"), shoes);

        Assert.Equal((15.0, 2), (Math.Round(report.Shoes[0].Logged.Kilometres, 6), report.Shoes[0].Runs));
        Assert.Equal((7.0, 1), (Math.Round(report.Unassigned.Kilometres, 6), report.UnassignedRuns));
    }

    [Fact]
    public void On_RunWithoutGearGoesToTheDefaultShoeOfItsDate()
    {
        var history = History([RunOn("2024-03-01", 4), RunOn("2024-04-01", 10), RunOn("2024-05-01", 6)]);
        Shoe[] shoes = [new("Old") { DefaultFrom = Date("2024-03-15") }, new("New") { DefaultFrom = Date("2024-04-20") }];

        var report = ShoeWear.On(history, Date("2024-05-31"), shoes);

        Assert.Equal([10.0, 6.0], report.Shoes.Select(s => Math.Round(s.Logged.Kilometres, 6)));
        Assert.Equal(1, report.UnassignedRuns); // before any default
    }

    [Fact]
    public void On_ManualAssignmentBeatsGearAndDefault()
    {
        var history = History([Run("2024-04-01T07:00:00Z", 10, gear: "A", id: 501), Run("2024-04-02T07:00:00Z", 8, gear: "A"), RunOn("2024-04-03", 6)]);
        Shoe[] shoes = [new("A") { DefaultFrom = Date("2024-01-01") }, new("B")];
        ShoeAssignment[] manual = [new("B", Date("2024-04-01"), 501), new("b", Date("2024-04-03"))];

        var report = ShoeWear.On(history, Date("2024-04-30"), shoes, manual);

        Assert.Equal([8.0, 16.0], report.Shoes.Select(s => Math.Round(s.Logged.Kilometres, 6)));
    }

    [Theory]
    [InlineData(0, 599.9, ShoeState.Fine)]
    [InlineData(0, 600, ShoeState.PlanReplacement)]
    [InlineData(500, 250, ShoeState.PlanReplacement)] // start distance counts
    [InlineData(500, 300, ShoeState.Replace)]
    [InlineData(0, 800, ShoeState.Replace)]
    public void On_AlertsAtSixAndEightHundredKilometres(double startKm, double runKm, ShoeState state)
    {
        var history = History([RunOn("2024-04-01", runKm, gear: "A")]);

        var shoe = ShoeWear.On(history, Date("2024-04-30"), [new Shoe("A") { StartDistance = Km(startKm) }]).Shoes[0];

        Assert.Equal(state, shoe.State);
        Assert.Equal(Math.Max(0, 800 - startKm - runKm), shoe.UntilReplace.Kilometres, 6);
    }

    [Fact]
    public void On_ThresholdsAreEditablePerShoe()
    {
        var history = History([RunOn("2024-04-01", 450, gear: "Racer")]);
        Shoe[] shoes = [new("Racer") { PlanReplacementAt = Km(300), ReplaceAt = Km(400) }];

        Assert.Equal(ShoeState.Replace, ShoeWear.On(history, Date("2024-04-30"), shoes).Shoes[0].State);
    }

    [Fact]
    public void On_RetiredShoeStaysInHistoryWithoutAlertAndRunsAfterTheDayAreIgnored()
    {
        var history = History([RunOn("2024-04-01", 900, gear: "Old"), RunOn("2024-06-01", 20, gear: "Old")]);
        Shoe[] shoes = [new("Old") { Retired = Date("2024-05-01") }];

        var before = ShoeWear.On(history, Date("2024-04-30"), shoes).Shoes[0];
        var after = ShoeWear.On(history, Date("2024-05-02"), shoes).Shoes[0];

        Assert.Equal(ShoeState.Replace, before.State);
        Assert.Equal(ShoeState.Retired, after.State);
        Assert.Equal(900, after.Distance.Kilometres, 6);
        Assert.Equal(Date("2024-05-01"), after.Retired);
    }

    [Fact]
    public void On_CrossTrainingIsNotShoeDistance()
    {
        var history = History([Run("2024-04-01T07:00:00Z", 40, sport: Sport.Cycling, gear: "A"), RunOn("2024-04-02", 5, gear: "A")]);

        Assert.Equal(5, ShoeWear.On(history, Date("2024-04-30"), [new Shoe("A")]).Shoes[0].Distance.Kilometres, 6);
    }
}
