using Patella.Import;
using Patella.Import.Sources;

namespace Patella.Data.Activities;

/// <summary>What happened to one file of an import.</summary>
/// <param name="Outcome">"imported", "already-there", "same-run-already-there" or "failed".</param>
public sealed record FileOutcome(string SourceName, string Outcome, int Activities, string? Detail, IReadOnlyList<string> Warnings);

/// <summary>The summary of an import: counts and a line per file that was not simply imported.</summary>
public sealed record ImportSummary(
    int FilesImported,
    int ActivitiesImported,
    int AlreadyThere,
    int Failed,
    int IgnoredFiles,
    IReadOnlyList<FileOutcome> Files);

/// <summary>Runs a whole import: decode in parallel, store one file at a time, each whole or not at all.</summary>
public static class ImportRun
{
    /// <param name="onFile">Called after each file (for a progress bar); the count of files handled so far.</param>
    public static ImportSummary Execute(
        PatellaDb db,
        long runnerId,
        ImportBatch batch,
        ImportLimits limits,
        TimeProvider clock,
        Action<int, FileOutcome>? onFile = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(clock);
        var files = new List<FileOutcome>();
        foreach (var problem in batch.Problems)
        {
            files.Add(new FileOutcome(problem.SourceName, "failed", 0, problem.Message, []));
        }

        var handled = 0;
        var decoders = Math.Max(1, Environment.ProcessorCount);
        using var store = new ActivityFileStore(db, runnerId);
        foreach (var result in ImportPipeline.Run(batch, limits, decoders, cancellation))
        {
            var outcome = Store(store, result, clock);
            files.Add(outcome);
            onFile?.Invoke(++handled, outcome);
        }

        return new ImportSummary(
            FilesImported: files.Count(f => f.Outcome == "imported"),
            ActivitiesImported: files.Where(f => f.Outcome == "imported").Sum(f => f.Activities),
            AlreadyThere: files.Count(f => f.Outcome is "already-there" or "same-run-already-there"),
            Failed: files.Count(f => f.Outcome == "failed"),
            IgnoredFiles: batch.IgnoredFiles,
            Files: files);
    }

    private static FileOutcome Store(ActivityFileStore store, FileReadResult result, TimeProvider clock)
    {
        if (result.File is not { } file)
        {
            return new FileOutcome(result.SourceName, "failed", 0, result.Failure!.Message, []);
        }

        var stored = store.Store(file, clock.GetUtcNow().UtcDateTime);
        return stored.Result switch
        {
            StoreResult.Imported => new FileOutcome(file.SourceName, "imported", stored.ActivityIds.Count, null, [.. file.Warnings, .. file.Activities.SelectMany(a => a.Recording.Warnings)]),
            StoreResult.AlreadyThere => new FileOutcome(file.SourceName, "already-there", 0, $"same content as {stored.Existing}", []),
            _ => new FileOutcome(file.SourceName, "same-run-already-there", 0, $"the same run was imported from {stored.Existing}", []),
        };
    }
}
