namespace Patella.Benchmarks.Fit;

/// <summary>The shared FIT corpus (<c>../shared/testdata/activities/fit</c> beside the checkout), read into memory.</summary>
internal static class FitCorpusFiles
{
    public static byte[][] Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "..", "shared", "testdata", "activities", "fit");
        return [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 })
            .Where(path => Path.GetExtension(path).Equals(".fit", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)];
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Patella.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Patella.slnx not found above the benchmark or the current directory.");
    }
}
