using System.Diagnostics;
using Patella.Import.Fit;
using Patella.Tests;

namespace Patella.Import.Tests.Fit;

/// <summary>
/// Damaged input never escapes as anything but <see cref="ActivityFileException"/>, never hangs:
/// truncation at every byte of a real file, and a fixed-seed mutation fuzz over small real files.
/// </summary>
public class FitDamagedInputTests
{
    [Theory]
    [InlineData("python-fitparse_Activity.fit")]
    [InlineData("DeveloperData.fit")]
    [InlineData("antfs-dump.63.fit")]
    public void TruncatedAtEveryByte_ReadsOrThrowsActivityFileException(string name)
    {
        var bytes = FitCorpus.Bytes(name);
        var kept = 0;
        for (var length = 0; length < bytes.Length; length++)
        {
            var slice = bytes.AsSpan(0, length);
            var inspection = FitInspector.Inspect(slice);
            Assert.NotEmpty(inspection.Errors);
            try
            {
                var activity = FitActivityReader.Read(slice);
                Assert.NotEmpty(activity.Warnings);
                kept++;
            }
            catch (ActivityFileException e)
            {
                Assert.NotNull(e.Location);
            }
        }

        // A file cut inside its CRC still gives every record back, with a warning.
        Assert.True(kept > 0);
        var all = FitActivityReader.Read(bytes).Points.Count;
        var cut = FitActivityReader.Read(bytes.AsSpan(0, bytes.Length - 1));
        Assert.Equal(all, cut.Points.Count);
        Assert.StartsWith($"file truncated at byte {bytes.Length - 1}: {all} records kept", cut.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MutatedRealFiles_ReadOrThrowActivityFileException()
    {
        var random = new Random(20_240_611);
        var corpus = FitCorpus.FileNames.Select(FitCorpus.Bytes).Where(b => b.Length is > 0 and < 30_000).ToArray();
        var outcomes = new int[2];
        var run = Task.Run(() =>
        {
            for (var i = 0; i < 4000; i++)
            {
                var mutated = ByteMutation.Mutate(corpus[random.Next(corpus.Length)], random);
                FitInspector.Inspect(mutated);
                try
                {
                    FitActivityReader.Read(mutated);
                    outcomes[0]++;
                }
                catch (ActivityFileException)
                {
                    outcomes[1]++;
                }
            }
        });

        // A hang detector, not a speed test: the loop takes seconds; only a decoder stuck in a loop takes ten minutes.
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(10)));
        Assert.True(finished == run, "decoding the mutated files did not finish: a decoder hangs");
        await run;
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"read {outcomes[0]}, rejected {outcomes[1]}");
    }
}
