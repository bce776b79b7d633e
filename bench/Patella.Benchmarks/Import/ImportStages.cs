using System.Diagnostics;
using System.Globalization;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Import.Sources;

namespace Patella.Benchmarks.Import;

/// <summary>
/// Where an import's time goes, stage by stage, on one thread: reading the zip entries, the full decode
/// (gunzip, decode, metrics, hash, gzip of an uncompressed original) and storing, one transaction per
/// file as the import does. Compare the decode stage with "decode-export", the floor. For tuning.
/// </summary>
internal static class ImportStages
{
    public static string Measure(string zipPath, string dataFolder)
    {
        var read = new CpuClock();
        var decode = new CpuClock();
        var store = new CpuClock();
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(dataFolder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        using var batch = ImportBatch.FromPaths([zipPath], ImportLimits.Default);
        using var files = new ActivityFileStore(db, runner.Id);
        foreach (var input in batch.Inputs)
        {
            read.Start();
            var (bytes, _) = ActivityFileReader.ReadBytes(input, ImportLimits.Default);
            read.Stop();
            decode.Start();
            var result = ActivityFileReader.Decode(input, bytes!, ImportLimits.Default);
            decode.Stop();
            if (result.File is { } file)
            {
                store.Start();
                files.Store(file, DateTime.UtcNow);
                store.Stop();
            }
        }

        var count = batch.Inputs.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU: read {read.Elapsed.TotalSeconds:0.00} s, full decode {decode.Elapsed.TotalSeconds:0.00} s, " +
            $"store {store.Elapsed.TotalSeconds:0.00} s ({store.Elapsed.TotalMilliseconds / count:0.00} ms a file)");
    }

    /// <summary>
    /// Process CPU time spent between Start and Stop: on a machine shared with other work, wall time
    /// measures the neighbours too. The measurement runs on one thread, so the process's time is the stage's.
    /// </summary>
    private sealed class CpuClock
    {
        private TimeSpan started;

        public TimeSpan Elapsed { get; private set; }

        public void Start() => started = Now();

        public void Stop() => Elapsed += Now() - started;

        private static TimeSpan Now()
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime;
        }
    }
}
