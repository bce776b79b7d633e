using System.Diagnostics;
using System.Globalization;

namespace Patella.Benchmarks.Import;

/// <summary>
/// One-shot measurements for the import target (a 2,000-activity export imported in under 2× the time
/// of only gunzipping and decoding it, peak memory under 300 MB). Each step runs in its own process so
/// its peak working set is its own; BenchmarkDotNet's <see cref="ImportBenchmark"/> gives the repeated timings.
/// </summary>
internal static class ImportMeasurement
{
    public static bool Handles(string verb) => verb is "make-export" or "decode-export" or "import-export" or "import-stages";

    public static int Run(string[] args, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        long peakHeap = 0;
        using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().TotalCommittedBytes), null, 0, 20);
        string result;
        switch (args[0])
        {
            case "make-export":
                var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : ImportBenchmark.Activities;
                StravaExportFixture.Create(args[1], count);
                result = $"{count} activities written to {args[1]}";
                break;
            case "decode-export":
                result = $"{ImportBenchmark.GunzipAndDecode(args[1])} points decoded";
                break;
            case "import-stages":
                result = ImportStages.Measure(args[1], args[2]);
                break;
            default:
                result = $"{ImportBenchmark.ImportInto(args[1], args[2])} activities imported";
                break;
        }

        stopwatch.Stop();
        using var self = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[0]}: {result} in {stopwatch.Elapsed.TotalSeconds:0.00} s (CPU {self.TotalProcessorTime.TotalSeconds:0.00} s); peak working set {self.PeakWorkingSet64 / 1e6:0} MB (GC heap committed {peakHeap / 1e6:0} MB); " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1e9:0.0} GB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s"));
        return 0;
    }
}
