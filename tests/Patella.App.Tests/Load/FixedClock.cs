using System.Globalization;

namespace Patella.App.Tests.Load;

/// <summary>A clock stopped at one instant, in UTC, so "today" is the test's choice.</summary>
internal sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    public static FixedClock At(string isoUtc) => new(DateTimeOffset.Parse(isoUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    public override DateTimeOffset GetUtcNow() => utcNow;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
