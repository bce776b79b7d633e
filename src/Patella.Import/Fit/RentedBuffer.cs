using System.Buffers;
using System.Runtime.CompilerServices;

namespace Patella.Import.Fit;

/// <summary>
/// An append-only buffer on arrays from <see cref="ArrayPool{T}.Shared"/>, turned into one exact-size
/// array at the end. A long activity's points are megabytes: growing a list on the large-object heap
/// allocates (and zeroes, and later collects) every intermediate array, where the pool reuses them.
/// Call <see cref="Dispose"/> to give the array back.
/// </summary>
/// <remarks>
/// Counting the record messages in a first pass to allocate the result once, with no copy, was measured
/// slower on the corpus: the walk costs about what the copy saves, and with no pooled arrays surviving
/// the GC ran about twice as many full collections for the same large-object allocations.
/// </remarks>
internal sealed class RentedBuffer<T> : IDisposable
    where T : unmanaged
{
    private const int MinCapacity = 16;
    private T[] _items;

    public RentedBuffer(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, MinCapacity));

    public int Count { get; private set; }

    /// <summary>The items so far (valid until the next <see cref="Add"/>).</summary>
    public ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        var items = _items;
        var count = Count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = item;
            Count = count + 1;
        }
        else
        {
            Grow(item);
        }
    }

    /// <summary>A new array holding exactly the items (not zeroed first: every element is written).</summary>
    public T[] ToArray()
    {
        if (Count == 0)
        {
            return [];
        }

        var array = GC.AllocateUninitializedArray<T>(Count);
        Items.CopyTo(array);
        return array;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(in T item)
    {
        var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        Items.CopyTo(larger);
        ArrayPool<T>.Shared.Return(_items);
        _items = larger;
        _items[Count++] = item;
    }
}
