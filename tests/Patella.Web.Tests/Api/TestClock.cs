namespace Patella.Web.Tests.Api;

/// <summary>A clock the test moves by hand (lockout expiry, "today" for the demo and the load).</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => now += by;
}
