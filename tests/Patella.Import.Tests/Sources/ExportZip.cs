using System.IO.Compression;
using Patella.Tests;

namespace Patella.Import.Tests.Sources;

/// <summary>Builds Strava-style export zips from the shared real files, in a temp folder.</summary>
internal sealed class ExportZip : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-zip-" + Guid.NewGuid().ToString("N"));

    public ExportZip() => Directory.CreateDirectory(folder);

    public string Folder => folder;

    public string Create(string name, Action<ZipArchive> fill)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        fill(zip);
        return path;
    }

    public static void Add(ZipArchive zip, string entryName, byte[] bytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        var entry = zip.CreateEntry(entryName, level);
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    public static byte[] Real(params string[] parts) => File.ReadAllBytes(SharedTestData.File(parts));

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
