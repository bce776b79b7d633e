using Microsoft.Extensions.Configuration;
using Patella.Web.Hosting;

namespace Patella.Web.Tests.Scale;

/// <summary>What an instance keeps of a runner's day: one value per kind, runner, data stamp and day.</summary>
public sealed class RunnerDayCacheTests
{
    private static readonly DateOnly Day = new(2026, 3, 18);

    private static RunnerDayCache Cache(int? entries = null) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(entries is { } n ? [new(RunnerDayCache.CapacityKey, n.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [])
        .Build());

    [Fact]
    public void Get_KeepsTheValue_UntilTheStampOrDayChanges()
    {
        using var cache = Cache();
        var computed = 0;
        string Compute() => $"value {++computed}";

        Assert.Equal("value 1", cache.Get(7, stateVersion: 11, Day, Compute));
        Assert.Equal("value 1", cache.Get(7, stateVersion: 11, Day, Compute));
        Assert.Equal("value 2", cache.Get(7, stateVersion: 12, Day, Compute));
        Assert.Equal("value 3", cache.Get(7, stateVersion: 12, Day.AddDays(1), Compute));
        Assert.Equal("value 4", cache.Get(8, stateVersion: 12, Day, Compute));
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void Get_KeepsOneValuePerKind()
    {
        using var cache = Cache();

        Assert.Equal("text", cache.Get(7, 1, Day, () => "text"));
        Assert.Equal(42, cache.Get(7, 1, Day, () => 42));
        Assert.Equal("text", cache.Get(7, 1, Day, () => "other"));
    }

    [Fact]
    public void Get_WithNoEntriesAllowed_ComputesEveryTime()
    {
        using var cache = Cache(entries: 0);
        var computed = 0;

        cache.Get(7, 1, Day, () => ++computed);
        cache.Get(7, 1, Day, () => ++computed);

        Assert.Equal(2, computed);
        Assert.Equal(0, cache.Count);
    }
}
