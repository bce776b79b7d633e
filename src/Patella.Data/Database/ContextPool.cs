using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Patella.Data;

/// <summary>
/// Contexts for a server's many short units of work, each opened once by <see cref="PatellaDatabase.Open"/> (on SQLite
/// with its own connection and settings) and handed out again after a reset. Opening a context and an unpooled SQLite
/// connection per request cost a file open and a schema parse; EF's own context pool shares one options object, so
/// every query took a connection from Microsoft.Data.Sqlite's pool under one lock, which 32 clients fought over.
/// Thread-safe. A context given back with a transaction still open, or beyond <see cref="Capacity"/>, is disposed.
/// </summary>
public sealed class ContextPool(DatabaseLocation location) : IDisposable
{
    /// <summary>Most idle contexts kept (one per concurrent request is all a server needs).</summary>
    public const int Capacity = 64;

    private readonly ConcurrentBag<PatellaDb> idle = [];
    private int idleCount;

    /// <summary>
    /// An idle context, or a new one on the location (the schema must already be migrated). Disposing it gives it back
    /// (<see cref="PatellaDb.Dispose"/>), so a dependency-injection scope that disposes it at the end of a request pools it.
    /// </summary>
    public PatellaDb Rent()
    {
        if (idle.TryTake(out var db))
        {
            Interlocked.Decrement(ref idleCount);
        }
        else
        {
            db = PatellaDatabase.Open(location, migrate: false);
        }

        db.Pool = this;
        return db;
    }

    /// <summary>Keeps a context being disposed for the next <see cref="Rent"/>: forgotten entities, no transaction; false to dispose it.</summary>
    internal bool TryKeep(PatellaDb db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            if (Interlocked.Increment(ref idleCount) <= Capacity)
            {
                db.ChangeTracker.Clear();
                db.Pool = null;
                idle.Add(db);
                return true;
            }

            Interlocked.Decrement(ref idleCount);
        }

        db.Pool = null;
        return false;
    }

    public void Dispose()
    {
        while (idle.TryTake(out var db))
        {
            db.Dispose();
        }
    }
}
