using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Patella.Data;

/// <summary>
/// Every DateTime in the database is UTC at microsecond precision: it comes back marked UTC
/// (PostgreSQL's timestamptz demands it going in), and both providers store the same value
/// (PostgreSQL keeps microseconds, not .NET's 100 ns ticks), so a copy between them is exact.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ToStored(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    private static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
