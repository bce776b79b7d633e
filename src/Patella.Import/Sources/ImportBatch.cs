using System.IO.Compression;

namespace Patella.Import.Sources;

/// <summary>
/// Everything one import was asked to read, expanded into single files: paths to files, folders
/// (searched recursively; hidden files such as macOS "._x.fit" are skipped) and zip archives (a
/// Strava bulk export or any zip of activity files). Zips stay open and are read entry by entry,
/// never extracted. Dispose to close them.
/// </summary>
public sealed class ImportBatch : IDisposable
{
    private readonly List<IDisposable> open = [];
    private readonly List<ImportInput> inputs = [];
    private readonly List<ImportFailure> problems = [];

    private ImportBatch()
    {
    }

    /// <summary>Files to read, in a stable order (paths as given; folder contents sorted by name).</summary>
    public IReadOnlyList<ImportInput> Inputs => inputs;

    /// <summary>Paths or archive entries refused before reading (missing, unsafe, unreadable).</summary>
    public IReadOnlyList<ImportFailure> Problems => problems;

    /// <summary>Files found but not activity files (photos, other CSVs), counted, not reported one by one.</summary>
    public int IgnoredFiles { get; private set; }

    public static ImportBatch FromPaths(IEnumerable<string> paths, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(limits);
        var batch = new ImportBatch();
        try
        {
            foreach (var path in paths)
            {
                batch.AddPath(path, limits, explicitlyNamed: true);
            }
        }
        catch
        {
            batch.Dispose();
            throw;
        }

        return batch;
    }

    /// <summary>A batch over one uploaded file or zip held in memory.</summary>
    public static ImportBatch FromUpload(string fileName, byte[] bytes, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var batch = new ImportBatch();
        if (fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            batch.AddZip(fileName, new MemoryStream(bytes, writable: false), limits);
        }
        else
        {
            batch.inputs.Add(ImportInput.FromBytes(fileName, bytes));
        }

        return batch;
    }

    public void Dispose()
    {
        foreach (var item in open)
        {
            item.Dispose();
        }

        open.Clear();
    }

    private void AddPath(string path, ImportLimits limits, bool explicitlyNamed)
    {
        if (Directory.Exists(path))
        {
            IEnumerable<string> entries;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ImportFailure(path, ActivityFileErrorKind.Integrity, $"folder could not be read: {e.Message}", null));
                return;
            }

            foreach (var entry in entries)
            {
                if (!Path.GetFileName(entry).StartsWith('.'))
                {
                    AddPath(entry, limits, explicitlyNamed: false);
                }
            }

            return;
        }

        if (!File.Exists(path))
        {
            problems.Add(new ImportFailure(path, ActivityFileErrorKind.Format, "no such file or folder", null));
            return;
        }

        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                AddZip(path, File.OpenRead(path), limits);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ImportFailure(path, ActivityFileErrorKind.Integrity, $"could not be opened: {e.Message}", null));
            }

            return;
        }

        if (!explicitlyNamed && !ActivityFileKind.HasActivityExtension(path))
        {
            IgnoredFiles++;
            return;
        }

        var size = new FileInfo(path).Length;
        inputs.Add(new ImportInput(path, size, l => ReadFile(path, l)));
    }

    private void AddZip(string zipName, Stream stream, ImportLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            problems.Add(new ImportFailure(zipName, ActivityFileErrorKind.Format, $"not a readable zip archive: {e.Message}", null));
            return;
        }

        open.Add(zip);
        var archive = new ArchiveReader(zipName, zip, limits);
        archive.Collect(inputs, problems, out var ignored);
        IgnoredFiles += ignored;
    }

    private static byte[] ReadFile(string path, ImportLimits limits)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length > limits.MaxFileBytes)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Unsafe, $"the file is {stream.Length / (1024 * 1024):N0} MiB, larger than the {limits.MaxFileBytes / (1024 * 1024):N0} MiB limit");
        }

        return BoundedRead.ReadAll(stream, limits.MaxFileBytes, "the file", stream.Length);
    }
}
