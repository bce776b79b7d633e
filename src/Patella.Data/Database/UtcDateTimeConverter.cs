using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Patella.Data;

/// <summary>Every DateTime in the database is UTC; this makes it come back marked as such (and PostgreSQL's timestamptz demands it going in).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
