using System.Text;
using Patella.Core.Activities;

namespace Patella.Import;

/// <summary>Tells FIT, GPX and TCX apart by their content, with the file name as a fallback.</summary>
public static class ActivityFileKind
{
    /// <summary>File name endings Patella reads, with or without a trailing <c>.gz</c>.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".fit", ".gpx", ".tcx"];

    /// <summary>True when the name looks like an activity file (.fit, .gpx, .tcx, each optionally .gz).</summary>
    public static bool HasActivityExtension(string name)
    {
        var bare = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return Extensions.Any(e => bare.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The format of decompressed content: the FIT header's ".FIT" signature, else the XML root
    /// element (gpx or TrainingCenterDatabase), else the file name.
    /// </summary>
    /// <exception cref="ActivityFileException">Neither content nor name says FIT, GPX or TCX.</exception>
    public static ActivityFormat Detect(ReadOnlySpan<byte> content, string name)
    {
        if (content.Length >= 12 && content[8] == (byte)'.' && content[9] == (byte)'F' && content[10] == (byte)'I' && content[11] == (byte)'T')
        {
            return ActivityFormat.Fit;
        }

        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 4096)]);
        if (head.Contains("TrainingCenterDatabase", StringComparison.Ordinal))
        {
            return ActivityFormat.Tcx;
        }

        if (head.Contains("<gpx", StringComparison.Ordinal) || head.Contains(":gpx", StringComparison.Ordinal))
        {
            return ActivityFormat.Gpx;
        }

        var bare = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        if (bare.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityFormat.Fit;
        }

        if (bare.EndsWith(".gpx", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityFormat.Gpx;
        }

        if (bare.EndsWith(".tcx", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityFormat.Tcx;
        }

        throw new ActivityFileException(ActivityFileErrorKind.Format, content.Length == 0
            ? "the file is empty"
            : "not a FIT, GPX or TCX file (no FIT header, no gpx or TrainingCenterDatabase element)");
    }
}
