using Patella.Core.Activities;
using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class ImpliedShoesTests
{
    [Fact]
    public void From_UntrackedGearBecomesOneShoePerNameInOrderOfFirstUse()
    {
        var history = History([
            RunOn("2024-04-01", 10, gear: " Nike Pegasus 40 "), RunOn("2024-04-02", 5, gear: "Hoka Clifton"),
            RunOn("2024-04-03", 7, gear: "nike pegasus 40"), RunOn("2024-04-04", 3)]);

        var implied = ImpliedShoes.From(history, [], Date("2024-04-30"));

        Assert.Equal(["Nike Pegasus 40", "Hoka Clifton"], implied.Select(s => s.Name));
        Assert.All(implied, s => Assert.Equal((600.0, 800.0, 0.0), (s.PlanReplacementAt.Kilometres, s.ReplaceAt.Kilometres, s.StartDistance.Metres)));
    }

    [Fact]
    public void From_GearATrackedShoeAnswersToIsNotImplied()
    {
        var history = History([RunOn("2024-04-01", 10, gear: "Nike Pegasus 40"), RunOn("2024-04-02", 5, gear: "PEGS"), RunOn("2024-04-03", 5, gear: "Other")]);
        Shoe[] tracked = [new("Pegs") { GearNames = ["nike pegasus 40"] }];

        Assert.Equal(["Other"], ImpliedShoes.From(history, tracked, Date("2024-04-30")).Select(s => s.Name));
    }

    [Theory]
    [InlineData("2024-04-01", 0)]
    [InlineData("2024-04-02", 1)]
    public void From_OnlyRunsUpToTheDayAndOnlyRunning(string day, int expected)
    {
        var history = History([
            Run("2024-04-01T07:00:00Z", 30, sport: Sport.Cycling, gear: "Canyon bike"),
            RunOn("2024-04-02", 5, gear: "Trail shoe")]);

        Assert.Equal(expected, ImpliedShoes.From(history, [], Date(day)).Count);
    }

    [Fact]
    public void From_ImpliedShoesTakeTheirRunsInShoeWear()
    {
        var history = History([RunOn("2024-04-01", 10, gear: "Hoka"), RunOn("2024-04-02", 6, gear: "hoka")]);
        var day = Date("2024-04-30");

        var report = ShoeWear.On(history, day, ImpliedShoes.From(history, [], day));

        Assert.Equal((16.0, 2, 0), (Math.Round(report.Shoes[0].Logged.Kilometres, 6), report.Shoes[0].Runs, report.UnassignedRuns));
    }
}
