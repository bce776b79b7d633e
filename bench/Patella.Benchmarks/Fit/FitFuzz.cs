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
    private static readonly byte[] Interesting = [0x00, 0xFF, 0x7F, 0x80, 0x40, 0x60, 0x20, 0x0E, 0x0C];

    public static int Run(TimeSpan duration, TextWriter output)
    {
        var corpus = FitCorpusFiles.Load().Where(f => f.Length is > 0 and < 300_000).ToArray();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        long runs = 0, read = 0, rejected = 0;
        while (clock.Elapsed < duration)
        {
            var input = Mutate(corpus[random.Next(corpus.Length)], random);
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

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var count = 1 + random.Next(8);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                case 3:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    for (var k = at; k < Math.Min(bytes.Count, at + 1 + random.Next(8)); k++)
                    {
                        bytes[k] = (byte)random.Next(256);
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
