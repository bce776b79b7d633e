namespace Patella.Web.Settings;

/// <summary>The IANA zone ids this server knows (the list the settings page offers), UTC included.</summary>
internal static class TimeZones
{
    public static IReadOnlySet<string> Ids { get; } = new SortedSet<string>(
        TimeZoneInfo.GetSystemTimeZones().Select(z => TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id).Append("UTC"),
        StringComparer.Ordinal);
}
