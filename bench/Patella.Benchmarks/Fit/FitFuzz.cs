using System.Diagnostics;
using System.Globalization;
using Patella.Import;
using Patella.Import.Fit;

namespace Patella.Benchmarks.Fit;

/// <summary>
/// The long mutation fuzz run (<c>-- fuzz-fit [seconds]</c>): mutated corpus files must read or throw
/// <see cref="ActivityFileException"/>; anything else is written to a file to keep as a regression test.
/// </summary>
internal static class FitFuzz
{
    public static int Run(TimeSpan duration, TextWriter output)
    {
        var corpus = FitCorpusFiles.Load().Where(f => f.Length is > 0 and < 300_000).ToArray();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long runs = 0, read = 0, rejected = 0;
        while (clock.Elapsed < duration)
        {
            var input = Patella.Tests.ByteMutation.Mutate(corpus[random.Next(corpus.Length)], random, maxMutations: 8, maxDeletion: 64, truncate: true);
            try
            {
                FitInspector.Inspect(input);
                FitActivityReader.Read(input);
                read++;
            }
            catch (ActivityFileException)
            {
                rejected++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var path = Path.Combine(Path.GetTempPath(), $"fit-fuzz-crash-{seed}-{runs}.fit");
                File.WriteAllBytes(path, input);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CRASH after {runs} runs (seed {seed}): {e.GetType().Name}: {e.Message}; input saved to {path}"));
                return 1;
            }

            runs++;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz-fit: {runs} inputs in {clock.Elapsed.TotalSeconds:0} s (seed {seed}): {read} read, {rejected} rejected, no other exception"));
        return 0;
    }

}
