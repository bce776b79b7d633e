using BenchmarkDotNet.Running;
using Patella.Benchmarks.Fit;
using Patella.Benchmarks.Import;

namespace Patella.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Patella.Benchmarks -- [BenchmarkDotNet args]</c>, or
/// <c>-- fuzz-fit [seconds]</c> for the long FIT mutation fuzz run, or the import measurement in
/// separate processes (so each peak memory is its own): <c>-- make-export FILE [count]</c>,
/// <c>-- decode-export FILE</c>, <c>-- import-export FILE DATADIR</c> (see scripts/bench-import.sh).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "fuzz-fit")
        {
            var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
            return FitFuzz.Run(TimeSpan.FromSeconds(seconds), Console.Out);
        }

        if (args.Length > 0 && ImportMeasurement.Handles(args[0]))
        {
            return ImportMeasurement.Run(args, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
