using System.Diagnostics;
using Patella.Import.Gpx;
using Patella.Import.Tcx;
using Patella.Tests;

namespace Patella.Import.Tests.Gpx;

/// <summary>
/// Real files with bytes flipped, inserted and deleted (fixed seed, so every run mutates alike):
/// a reader may succeed or throw <see cref="ActivityFileException"/>, nothing else.
/// </summary>
public sealed class MutationTests
{
    private const int MutantsPerFile = 500;

    [Theory]
    [InlineData("gpx", "run_gpxtpx.gpx", 1)]
    [InlineData("gpx", "legacy_gpx_pause_resume.gpx", 2)]
    [InlineData("gpx", "missing_hr.gpx", 3)]
    [InlineData("gpx", "gpx_timezone.gpx", 4)]
    [InlineData("gpx", "unicode_with_bom.gpx", 5)]
    [InlineData("gpx", "iso8859-1encoded.gpx", 6)]
    [InlineData("tcx", "sample.tcx", 7)]
    [InlineData("tcx", "dead_end.tcx", 8)]
    public void Read_MutatedFile_SucceedsOrThrowsActivityFileException(string format, string file, int seed)
    {
        var original = File.ReadAllBytes(SharedTestData.File(format, file));
        var random = new Random(seed);
        var outcomes = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < MutantsPerFile; i++)
        {
            var mutant = Mutate(original, random);
            string outcome;
            try
            {
                using var stream = new MemoryStream(mutant);
                _ = format == "gpx" ? GpxReader.Read(stream) : TcxReader.Read(stream);
                outcome = "read";
            }
            catch (ActivityFileException ex)
            {
                Assert.False(string.IsNullOrEmpty(ex.Reason));
                outcome = ex.Kind.ToString();
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Both paths must be exercised, or the mutations are too weak (or too strong) to test
        // anything. The waypoint-only files are never read: Unsupported is their success.
        Assert.True(outcomes.Keys.Any(k => k != nameof(ActivityFileErrorKind.Format)), string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(nameof(ActivityFileErrorKind.Format)) > 0, string.Join(", ", outcomes));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    /// <summary>One to three edits: flip a bit, insert a byte (often markup), or delete a short run.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, random.Next(2) == 0 ? (byte)"<>&\"'/=x9.-:"[random.Next(12)] : (byte)random.Next(256));
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }
}
