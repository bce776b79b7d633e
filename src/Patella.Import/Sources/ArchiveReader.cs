using System.IO.Compression;
using Patella.Import.Strava;

namespace Patella.Import.Sources;

/// <summary>
/// Lists the activity files of a zip: a Strava bulk export (activities.csv + activities/) with
/// each file matched to its CSV row, or any zip of FIT/GPX/TCX files. Entries whose path leaves
/// the archive ("../", absolute paths) or that expand suspiciously are refused by name.
/// </summary>
internal sealed class ArchiveReader(string zipName, ZipArchive zip, ImportLimits limits)
{
    private long expandedSoFar;

    public void Collect(List<ImportInput> inputs, List<ImportFailure> problems, out int ignored)
    {
        ignored = 0;
        var strava = ReadStravaCsv(problems);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var source = $"{zipName}!{entry.FullName}";
            if (!IsSafePath(entry.FullName))
            {
                problems.Add(new ImportFailure(source, ActivityFileErrorKind.Unsafe, "the entry's path leaves the archive (\"..\" or an absolute path); not read", null));
                continue;
            }

            var name = Path.GetFileName(entry.FullName);
            if (name.StartsWith('.') || !ActivityFileKind.HasActivityExtension(name))
            {
                ignored++;
                continue;
            }

            StravaActivity? row = null;
            strava?.TryGetValue(Normalise(entry.FullName), out row);
            if (row is not null)
            {
                found.Add(Normalise(entry.FullName));
            }

            var captured = entry;
            inputs.Add(new ImportInput(source, entry.CompressedLength, _ => ReadEntry(captured), row));
        }

        // A row of activities.csv whose file is not in the zip (a partial or re-zipped export) is said, not skipped silently.
        foreach (var (path, row) in strava ?? [])
        {
            if (!found.Contains(path))
            {
                problems.Add(new ImportFailure($"{zipName}!{row.FileName}", ActivityFileErrorKind.Integrity,
                    $"named in activities.csv (Strava activity {row.ActivityId}{(row.Name is { Length: > 0 } n ? $", \"{n}\"" : "")}) but not in the zip: not imported", null));
            }
        }
    }

    private Dictionary<string, StravaActivity>? ReadStravaCsv(List<ImportFailure> problems)
    {
        var csvEntry = zip.Entries.FirstOrDefault(e => IsSafePath(e.FullName) && string.Equals(StripTopFolder(e.FullName), "activities.csv", StringComparison.OrdinalIgnoreCase));
        if (csvEntry is null)
        {
            return null;
        }

        try
        {
            var bytes = ReadEntry(csvEntry);
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            var rows = StravaCsv.Read(reader, $"{zipName}!{csvEntry.FullName}");
            var prefix = csvEntry.FullName[..^"activities.csv".Length];
            var byFile = new Dictionary<string, StravaActivity>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                if (row.FileName is { } file)
                {
                    byFile[Normalise(prefix + file)] = row;
                }
            }

            return byFile;
        }
        catch (ActivityFileException e)
        {
            problems.Add(new ImportFailure($"{zipName}!{csvEntry.FullName}", e.Kind, e.Reason + "; files imported without Strava names, types and gear", e.Location));
            return null;
        }
    }

    private byte[] ReadEntry(ZipArchiveEntry entry)
    {
        var declared = entry.Length;
        var compressed = Math.Max(entry.CompressedLength, 1);
        if (declared > limits.MaxFileBytes)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsafe, $"the entry expands to {declared / (1024 * 1024):N0} MiB, beyond the {limits.MaxFileBytes / (1024 * 1024):N0} MiB limit");
        }

        if (declared > 64 * 1024 && declared > compressed * limits.MaxExpansionRatio)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsafe, $"the entry expands {declared / compressed:N0}× (limit {limits.MaxExpansionRatio:N0}×): refused as a possible zip bomb");
        }

        // The declared size can lie; the read itself is capped as well.
        var cap = Math.Min(limits.MaxFileBytes, Math.Max(64 * 1024, (long)(compressed * limits.MaxExpansionRatio)));
        byte[] bytes;
        try
        {
            using var stream = entry.Open();
            bytes = BoundedRead.ReadAll(stream, cap, "the entry", declared);
        }
        catch (InvalidDataException e)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Integrity, $"the zip entry is damaged: {e.Message}", null, e);
        }

        expandedSoFar += bytes.LongLength;
        if (expandedSoFar > limits.MaxArchiveExpandedBytes)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsafe, $"the archive expands beyond {limits.MaxArchiveExpandedBytes / (1024 * 1024):N0} MiB in total; the rest is not read");
        }

        return bytes;
    }

    private static bool IsSafePath(string fullName)
    {
        var path = fullName.Replace('\\', '/');
        return !path.StartsWith('/') && !(path.Length > 1 && path[1] == ':') && !path.Split('/').Any(part => part == "..");
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    /// <summary>Strava zips have activities.csv at the root; a re-zipped export may add one top folder.</summary>
    private static string StripTopFolder(string fullName)
    {
        var path = fullName.Replace('\\', '/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 && path.IndexOf('/', slash + 1) < 0 ? path[(slash + 1)..] : path;
    }
}
