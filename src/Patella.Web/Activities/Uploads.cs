using Patella.Data;
using Patella.Data.Activities;
using Patella.Data.Imports;
using Patella.Import;
using Patella.Import.Sources;

namespace Patella.Web.Activities;

/// <summary>
/// Uploaded files through the one import path the CLI uses: <see cref="ImportBatch.FromUpload"/> and <see cref="ImportRun.Execute"/>.
/// Each upload is logged as a batch (<see cref="ImportBatchLog"/>), each file's status written as it finishes, so an
/// instance stopped mid-way leaves a record of which files were stored and which were not.
/// </summary>
internal static class Uploads
{
    public static async Task<ImportSummary> ImportAsync(PatellaDb db, long runnerId, IFormFileCollection files, TimeProvider clock, CancellationToken cancellation)
    {
        var outcomes = new List<FileOutcome>();
        if (files.Count == 0)
        {
            return new ImportSummary(0, 0, 0, 0, 0, outcomes);
        }

        int imported = 0, activities = 0, already = 0, failed = 0, ignored = 0;
        var names = files.Select(f => Path.GetFileName(f.FileName)).ToList();
        var batchId = ImportBatchLog.Start(db, runnerId, names, Now(clock));
        foreach (var (file, name) in files.Zip(names))
        {
            byte[] bytes;
            using (var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue)))
            {
                await file.CopyToAsync(buffer, cancellation);
                bytes = buffer.ToArray();
            }

            using var batch = ImportBatch.FromUpload(name, bytes, ImportLimits.Default);
            ImportBatchLog.Expand(db, batchId, name, [.. batch.Problems.Select(p => p.SourceName), .. batch.Inputs.Select(i => i.SourceName)]);
            var summary = ImportRun.Execute(
                db, runnerId, batch, ImportLimits.Default, clock,
                onFile: (_, outcome) => ImportBatchLog.Record(db, batchId, outcome, Now(clock)),
                cancellation: cancellation);
            if (batch.Inputs.Count == 0 && batch.Problems.Count == 0)
            {
                ImportBatchLog.Record(db, batchId, new FileOutcome(name, "failed", 0, "no FIT, GPX or TCX file in it", []), Now(clock));
            }

            foreach (var problem in summary.Files.Take(batch.Problems.Count))
            {
                ImportBatchLog.Record(db, batchId, problem, Now(clock));
            }

            outcomes.AddRange(summary.Files);
            imported += summary.FilesImported;
            activities += summary.ActivitiesImported;
            already += summary.AlreadyThere;
            failed += summary.Failed;
            ignored += summary.IgnoredFiles;
        }

        ImportBatchLog.Finish(db, batchId, Now(clock));
        return new ImportSummary(imported, activities, already, failed, ignored, outcomes);
    }

    private static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
}
