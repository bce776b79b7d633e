using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Clinic;
using Patella.Data;
using Patella.Data.Accounts;

namespace Patella.App.Tests.Data;

/// <summary>The web server's pool of open contexts: disposing gives one back clean, never with a transaction open.</summary>
public sealed class ContextPoolTests : IDisposable
{
    private readonly ClinicWorld world = new();

    [Fact]
    public void Dispose_GivesTheContextBack_WithNothingTracked()
    {
        using var pool = new ContextPool(world.Location);
        var first = pool.Rent();
        _ = first.Accounts.AsTracking().Single(a => a.Id == world.A.Id);
        first.Dispose();

        var second = pool.Rent();

        Assert.Same(first, second);
        Assert.Empty(second.ChangeTracker.Entries());
        Assert.Equal("a@example.org", second.Accounts.AsNoTracking().Single(a => a.Id == world.A.Id).Email);
        second.Dispose();
    }

    [Fact]
    public void Dispose_WithATransactionOpen_ClosesTheContext_AndRollsBack()
    {
        using var pool = new ContextPool(world.Location);
        var first = pool.Rent();
        first.Database.BeginTransaction();
        first.Accounts.AsTracking().Single(a => a.Id == world.B.Id).Email = "changed@example.org";
        first.SaveChanges();
        first.Dispose();

        var second = pool.Rent();

        Assert.NotSame(first, second);
        Assert.Equal("b@example.org", second.Accounts.AsNoTracking().Single(a => a.Id == world.B.Id).Email);
        second.Dispose();
    }

    [Fact]
    public void Rent_FromManyThreads_NeverHandsOneContextToTwo()
    {
        using var pool = new ContextPool(world.Location);
        var inUse = new System.Collections.Concurrent.ConcurrentDictionary<PatellaDb, bool>();
        var clash = false;

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            var db = pool.Rent();
            clash |= !inUse.TryAdd(db, true);
            Assert.NotNull(db.ReadableRunner(world.A.Id, world.A.RunnerId));
            inUse.TryRemove(db, out var _);
            db.Dispose();
        });

        Assert.False(clash);
    }

    public void Dispose() => world.Dispose();
}
