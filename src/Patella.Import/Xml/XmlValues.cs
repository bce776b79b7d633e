using System.Globalization;
using System.Xml;

namespace Patella.Import.Xml;

/// <summary>
/// Reads the numbers and times of one file's samples and keeps count of what it could not read.
/// One bad value costs that value, not the file: a sensor glitch or a sloppy writer should not
/// lose a runner's whole run. What was dropped is reported in <see cref="Warnings"/>.
/// </summary>
internal sealed class XmlValues
{
    private int unreadableNumbers;
    private string? firstUnreadableNumber;
    private int unreadableTimes;
    private string? firstUnreadableTime;
    private int timesWithoutZone;

    /// <summary>The element's text as a finite number; NaN when empty (<c>&lt;ele/&gt;</c> = missing) or unreadable.</summary>
    public double ReadNumber(XmlReader reader)
    {
        var at = TextPosition.Of(reader);
        return ParseNumber(XmlScope.ReadText(reader), at);
    }

    /// <summary>
    /// <paramref name="text"/> as a finite number (invariant culture, white space allowed); NaN when
    /// missing, empty, "NaN" or unreadable, the last counted.
    /// </summary>
    public double ParseNumber(string? text, TextPosition at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return double.NaN;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return double.IsFinite(value) ? value : double.NaN;
        }

        unreadableNumbers++;
        firstUnreadableNumber ??= $"'{Shorten(text)}' at {at}";
        return double.NaN;
    }

    /// <summary>The element's text as an instant (UTC); null when empty or unreadable (counted).</summary>
    /// <param name="reader">On the time element's start tag; left on its end tag.</param>
    /// <param name="offset">The offset from UTC the time was written with, when it had one other than Z.</param>
    public DateTime? ReadTime(XmlReader reader, out TimeSpan? offset)
    {
        var at = TextPosition.Of(reader);
        return ParseTime(XmlScope.ReadText(reader), at, out offset);
    }

    /// <summary>As <see cref="ReadTime"/>, for text already read (an attribute such as TCX Lap StartTime).</summary>
    public DateTime? ParseTime(string? text, TextPosition at, out TimeSpan? offset)
    {
        offset = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!XsdDateTime.TryParse(text, out var utc, out offset, out var hasZone))
        {
            unreadableTimes++;
            firstUnreadableTime ??= $"'{Shorten(text)}' at {at}";
            return null;
        }

        if (!hasZone)
        {
            timesWithoutZone++;
        }

        return utc;
    }

    /// <summary>One sentence per kind of value dropped or assumed.</summary>
    public IEnumerable<string> Warnings()
    {
        if (timesWithoutZone > 0)
        {
            yield return $"times without a time zone, taken as UTC: {timesWithoutZone}";
        }

        if (unreadableTimes > 0)
        {
            yield return $"unreadable times, ignored: {unreadableTimes} (first: {firstUnreadableTime})";
        }

        if (unreadableNumbers > 0)
        {
            yield return $"unreadable numbers, ignored: {unreadableNumbers} (first: {firstUnreadableNumber})";
        }
    }

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : string.Concat(trimmed.AsSpan(0, 40), "…");
    }
}
