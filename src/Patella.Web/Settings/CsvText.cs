using System.Globalization;

namespace Patella.Web.Settings;

/// <summary>
/// CSV as RFC 4180 has it: fields separated by commas, rows ended by CRLF, a field quoted when it holds a comma, a quote,
/// CR or LF (quotes inside doubled), numbers and dates in the invariant culture. Written by hand because the web app has
/// no CSV package; reading is the spreadsheet's job.
/// </summary>
public static class CsvText
{
    /// <summary>Writes one row: each field as <see cref="Field"/> makes it, then CRLF.</summary>
    public static void WriteRow(TextWriter writer, params ReadOnlySpan<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write("\r\n");
    }

    /// <summary>One field: null and empty are empty; quoted only when it must be.</summary>
    public static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    /// <summary>A number with at most <paramref name="decimals"/> decimals, no thousands separator, '.' as the point; null is empty.</summary>
    public static string? Number(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture) : null;

    /// <summary>A whole number; null is empty.</summary>
    public static string? Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>true or false.</summary>
    public static string Flag(bool value) => value ? "true" : "false";
}
