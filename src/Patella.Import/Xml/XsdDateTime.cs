namespace Patella.Import.Xml;

/// <summary>
/// Parses xsd:dateTime as GPX <c>time</c> and TCX <c>Time</c>/<c>Id</c> write it:
/// <c>YYYY-MM-DDThh:mm:ss[.fraction][Z | ±hh:mm | ±hhmm | ±hh]</c>. Hand-written rather than
/// <see cref="DateTime.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTime)"/>
/// because real files mix fraction lengths (0-7+ digits) and offset spellings, and a million
/// samples should not pay for format lists.
/// </summary>
internal static class XsdDateTime
{
    /// <summary>
    /// Reads <paramref name="text"/> (surrounding white space allowed). Fractions beyond 100 ns
    /// (7 digits) are truncated.
    /// </summary>
    /// <param name="text">The element text.</param>
    /// <param name="utc">The instant in UTC (<see cref="DateTimeKind.Utc"/>); a time without a zone is taken as UTC.</param>
    /// <param name="offset">The written offset (e.g. +01:15), null for <c>Z</c> and for no zone.</param>
    /// <param name="hasZone">False when the text carries neither <c>Z</c> nor an offset.</param>
    /// <returns>False when the text is not an xsd:dateTime or names an impossible date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc, out TimeSpan? offset, out bool hasZone)
    {
        utc = default;
        offset = null;
        hasZone = false;
        var s = text.Trim();
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or 't' or ' ') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || !TryDigits(s.Slice(11, 2), out var hour) || !TryDigits(s.Slice(14, 2), out var minute) || !TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        var rest = s[19..];
        long fractionTicks = 0;
        if (!rest.IsEmpty && rest[0] == '.')
        {
            var digits = 1;
            var scale = TimeSpan.TicksPerSecond / 10;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                fractionTicks += (rest[digits] - '0') * scale;
                scale /= 10;
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        if (!TryZone(rest, out var zone, out hasZone))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        var ticks = local.Ticks - (zone ?? TimeSpan.Zero).Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        offset = zone;
        return true;
    }

    private static bool TryZone(ReadOnlySpan<char> zoneText, out TimeSpan? offset, out bool hasZone)
    {
        offset = null;
        hasZone = true;
        switch (zoneText.Length)
        {
            case 0:
                hasZone = false;
                return true;
            case 1:
                return zoneText[0] is 'Z' or 'z';
        }

        var sign = zoneText[0] switch { '+' => 1, '-' => -1, _ => 0 };
        var body = zoneText[1..];
        int hours = 0, minutes = 0;
        var ok = body.Length switch
        {
            2 => TryDigits(body, out hours),
            4 => TryDigits(body[..2], out hours) && TryDigits(body[2..], out minutes),
            5 => body[2] == ':' && TryDigits(body[..2], out hours) && TryDigits(body[3..], out minutes),
            _ => false,
        };
        if (sign == 0 || !ok || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
