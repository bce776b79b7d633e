namespace Patella.Tests;

/// <summary>
/// Finds the shared test corpus beside the checkout (<c>../shared/testdata/activities</c> from the
/// repository root), so tests read the real files in place instead of copies.
/// </summary>
internal static class SharedTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root: the folder holding Patella.slnx.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary><c>../shared/testdata/activities</c>, resolved.</summary>
    public static string Activities => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "testdata", "activities"));

    /// <summary>A file under the activities corpus, e.g. <c>File("fit", "treadmill.fit")</c>.</summary>
    public static string File(params string[] parts) => Path.Combine([Activities, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Patella.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Patella.slnx not found above {AppContext.BaseDirectory}.");
    }
}
