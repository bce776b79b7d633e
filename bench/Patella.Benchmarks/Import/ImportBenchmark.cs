using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Patella.Data;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Import.Fit;
using Patella.Import.Gpx;
using Patella.Import.Sources;
using Patella.Import.Tcx;

namespace Patella.Benchmarks.Import;

/// <summary>
/// Importing a 2,000-activity Strava-style export into a fresh SQLite database, against the floor:
/// only gunzipping and decoding the same entries on one thread. The target: import under
/// 2× the floor, peak memory under 300 MB (measured by the "import-peak" mode of Program).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmark
{
    public const int Activities = 2000;

    private string folder = "";
    private string zipPath = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "patella-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        zipPath = StravaExportFixture.Create(Path.Combine(folder, "export.zip"), Activities);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true, Description = "gunzip + decode only, 1 thread")]
    public int GunzipAndDecode() => GunzipAndDecode(zipPath);

    [Benchmark(Description = "patella import into SQLite")]
    public int Import() => ImportInto(zipPath, Path.Combine(folder, "db-" + Guid.NewGuid().ToString("N")));

    public static int GunzipAndDecode(string zipPath)
    {
        var points = 0;
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.StartsWith("activities/", StringComparison.Ordinal))
            {
                continue;
            }

            using var raw = entry.Open();
            using var content = new MemoryStream();
            if (entry.FullName.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gzip = new GZipStream(raw, CompressionMode.Decompress);
                gzip.CopyTo(content);
            }
            else
            {
                raw.CopyTo(content);
            }

            content.Position = 0;
            var name = entry.FullName.Replace(".gz", "", StringComparison.Ordinal);
            if (name.EndsWith(".fit", StringComparison.Ordinal))
            {
                points += FitActivityReader.Read(content.GetBuffer().AsSpan(0, (int)content.Length)).Points.Count;
            }
            else if (name.EndsWith(".gpx", StringComparison.Ordinal))
            {
                points += GpxReader.Read(content).Sum(a => a.Points.Count);
            }
            else
            {
                points += TcxReader.Read(content).Sum(a => a.Points.Count);
            }
        }

        return points;
    }

    public static int ImportInto(string zipPath, string dataFolder)
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(dataFolder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        using var batch = ImportBatch.FromPaths([zipPath], ImportLimits.Default);
        var summary = Patella.Data.Activities.ImportRun.Execute(db, runner.Id, batch, ImportLimits.Default, TimeProvider.System);
        return summary.ActivitiesImported;
    }
}
