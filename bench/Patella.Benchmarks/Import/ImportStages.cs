using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Patella.Core.Activities;
using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Runners;
using Patella.Import;
using Patella.Import.Sources;

namespace Patella.Benchmarks.Import;

/// <summary>
/// Where an import's time goes, stage by stage, on one thread: reading and gunzipping, decoding
/// (with metrics), hashing, compressing the stored copy, storing. For the closing note and for tuning.
/// </summary>
internal static class ImportStages
{
    public static string Measure(string zipPath, string dataFolder)
    {
        var read = new Stopwatch();
        var decode = new Stopwatch();
        var hash = new Stopwatch();
        var compress = new Stopwatch();
        var store = new Stopwatch();
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(dataFolder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        using var batch = ImportBatch.FromPaths([zipPath], ImportLimits.Default);
        foreach (var input in batch.Inputs)
        {
            read.Start();
            var (bytes, _) = ActivityFileReader.ReadBytes(input, ImportLimits.Default);
            var content = bytes!;
            if (content.Length > 2 && content[0] == 0x1F && content[1] == 0x8B)
            {
                using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                content = plain.ToArray();
            }

            read.Stop();
            hash.Start();
            _ = SHA256.HashData(content);
            hash.Stop();
            compress.Start();
            using (var output = new MemoryStream())
            {
                using var gzip = new GZipStream(output, CompressionLevel.Fastest);
                gzip.Write(content);
            }

            compress.Stop();
            decode.Start();
            var result = ActivityFileReader.Decode(input, bytes!, ImportLimits.Default);
            decode.Stop();
            if (result.File is { } file)
            {
                store.Start();
                ActivityStorage.Store(db, runner.Id, file, DateTime.UtcNow);
                store.Stop();
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"read+gunzip {read.Elapsed.TotalSeconds:0.00} s, hash {hash.Elapsed.TotalSeconds:0.00} s, compress {compress.Elapsed.TotalSeconds:0.00} s, " +
            $"full decode (gunzip+decode+metrics+hash+compress) {decode.Elapsed.TotalSeconds:0.00} s, store {store.Elapsed.TotalSeconds:0.00} s");
    }
}
