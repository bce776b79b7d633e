using Microsoft.Extensions.Caching.Memory;

namespace Patella.Web.Hosting;

/// <summary>
/// What this instance computed for runners' days (today's decision, the load page, the latest assessment…), kept
/// under (what, runner, <see cref="Data.Runners.Runner.StateVersion"/>, day). Every write to a runner's data changes
/// its stamp in the database, and every request reads the runner's row first, so a write on any instance makes the
/// old entries unreachable everywhere on the next request: nothing here is state another instance needs.
/// Bounded in entries, and an entry unused for <see cref="Idle"/> goes, so memory stays flat however many runners.
/// </summary>
public sealed class RunnerDayCache : IDisposable
{
    /// <summary>The setting that bounds the entries kept (0: keep nothing, every request computes; the load scripts' --cold).</summary>
    public const string CapacityKey = "Patella:RunnerDayCacheEntries";

    /// <summary>Most entries kept by default; a few per runner (decision, load, assessment, plan…): about a thousand runners' days.</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>An entry not read for this long is dropped.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);

    private readonly MemoryCache cache;
    private readonly bool keeps;

    public RunnerDayCache(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var capacity = configuration.GetValue(CapacityKey, DefaultCapacity);
        keeps = capacity > 0;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, capacity) });
    }

    /// <summary>The value kept for the key, or the one <paramref name="compute"/> gives, kept for next time.</summary>
    /// <remarks>Two requests missing at once both compute; the values are equal, the later one stays.</remarks>
    public T Get<T>(long runnerId, long stateVersion, DateOnly day, Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (!keeps)
        {
            return compute();
        }

        var key = new Key(typeof(T), runnerId, stateVersion, day);
        if (cache.TryGetValue(key, out var kept))
        {
            return (T)kept!;
        }

        var value = compute();
        cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return value;
    }

    /// <summary>The value kept under the key, if any (for values made after the fact, such as a rendered page).</summary>
    public bool TryGet<T>(long runnerId, long stateVersion, DateOnly day, out T value)
        where T : class
    {
        if (keeps && cache.TryGetValue(new Key(typeof(T), runnerId, stateVersion, day), out var kept) && kept is T found)
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> under the key, replacing what was there.</summary>
    public void Set<T>(long runnerId, long stateVersion, DateOnly day, T value)
        where T : class
    {
        if (keeps)
        {
            cache.Set(new Key(typeof(T), runnerId, stateVersion, day), value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        }
    }

    /// <summary>Entries kept now (for tests and the load scripts' reading of memory).</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();

    private readonly record struct Key(Type What, long RunnerId, long StateVersion, DateOnly Day);
}
