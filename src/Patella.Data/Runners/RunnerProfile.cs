using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Patella.Data.Runners;

/// <summary>Reading and creating a runner's profile.</summary>
public static class RunnerProfile
{
    /// <summary>
    /// The runner with <paramref name="runnerId"/>, created on first use with the machine's time
    /// zone (an IANA id on Linux and macOS) and kilometres.
    /// </summary>
    public static Runner GetOrCreate(PatellaDb db, long runnerId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var runner = db.Runners.AsTracking().SingleOrDefault(r => r.Id == runnerId);
        if (runner is not null)
        {
            return runner;
        }

        runner = new Runner
        {
            Id = runnerId,
            TimeZone = MachineTimeZoneId(clock),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Runners.Add(runner);
        db.SaveChanges();
        return runner;
    }

    /// <summary>The runner's zone; UTC when the stored id is unknown on this machine.</summary>
    public static TimeZoneInfo TimeZoneOf(Runner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return Zones.GetOrAdd(runner.TimeZone, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc);
    }

    // Zone ids are few and their rules fixed for the process's life; the system lookup takes a lock on every call.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    private static string MachineTimeZoneId(TimeProvider clock)
    {
        var zone = clock.LocalTimeZone;
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
    }
}
