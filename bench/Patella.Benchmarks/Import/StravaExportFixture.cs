using System.Globalization;
using System.IO.Compression;
using System.Text;
using Patella.Import;

namespace Patella.Benchmarks.Import;

/// <summary>
/// A Strava-style export of <c>count</c> activities made from the shared real files (every one
/// that imports cleanly), each copy moved in time so no two are the same run: .fit.gz, .gpx and
/// .tcx.gz entries under activities/, with an activities.csv naming them.
/// </summary>
internal static class StravaExportFixture
{
    public static string SharedActivities()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Patella.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "testdata", "activities"));
            }
        }

        throw new InvalidOperationException("Patella.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The corpus files that import without error, as (name, bytes).</summary>
    public static List<(string Name, byte[] Bytes)> CleanSources()
    {
        var root = SharedActivities();
        var sources = new List<(string, byte[])>();
        foreach (var folder in new[] { "fit", "gpx", "tcx" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder)).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var bytes = File.ReadAllBytes(path);
                var result = ActivityFileReader.Read(ImportInput.FromBytes(name, bytes), ImportLimits.Default);
                if (result.File is { Warnings.Count: 0 } file && file.Activities.All(a => a.Recording.Warnings.Count == 0))
                {
                    sources.Add((name, bytes));
                }
            }
        }

        return sources;
    }

    public static string Create(string zipPath, int count)
    {
        var sources = CleanSources();
        var csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename\n");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            for (var i = 0; i < count; i++)
            {
                var (name, bytes) = sources[i % sources.Count];
                var shift = (uint)((i + 1) * 86400 * 3 + (i * 97));
                var id = 1_000_000 + i;
                string entryName;
                byte[] content;
                if (name.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
                {
                    entryName = $"activities/{id}.fit.gz";
                    content = Gzip(FitTimeShift.Shift(bytes, shift));
                }
                else if (name.EndsWith(".gpx", StringComparison.OrdinalIgnoreCase))
                {
                    entryName = $"activities/{id}.gpx";
                    content = XmlTimeShift.Shift(bytes, shift);
                }
                else
                {
                    entryName = $"activities/{id}.tcx.gz";
                    content = Gzip(XmlTimeShift.Shift(bytes, shift));
                }

                // Strava stores its activity files already compressed; the zip does not compress them again.
                var entry = zip.CreateEntry(entryName, entryName.EndsWith(".gz", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using (var stream = entry.Open())
                {
                    stream.Write(content);
                }

                csv.Append(CultureInfo.InvariantCulture, $"{id},\"Jan 1, 2020, 8:00:00 AM\",Copy {i} of {name},Run,,0,0,,,,,Shoe {i % 3},{entryName}\n");
            }

            var csvEntry = zip.CreateEntry("activities.csv");
            using var csvStream = csvEntry.Open();
            csvStream.Write(Encoding.UTF8.GetBytes(csv.ToString()));
        }

        return zipPath;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
