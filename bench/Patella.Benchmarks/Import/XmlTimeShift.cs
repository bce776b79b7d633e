using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Patella.Benchmarks.Import;

/// <summary>Test-data generation only: a GPX or TCX copy with every ISO-8601 time moved by a number of seconds.</summary>
internal static partial class XmlTimeShift
{
    public static byte[] Shift(byte[] original, uint seconds)
    {
        var text = Encoding.UTF8.GetString(original);
        var shifted = IsoTime().Replace(text, m =>
            DateTimeOffset.TryParse(m.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                ? t.AddSeconds(seconds).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : m.Value);
        return Encoding.UTF8.GetBytes(shifted);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex IsoTime();
}
