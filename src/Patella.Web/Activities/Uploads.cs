using Patella.Data;
using Patella.Data.Activities;
using Patella.Import;
using Patella.Import.Sources;

namespace Patella.Web.Activities;

/// <summary>Uploaded files through the one import path the CLI uses: <see cref="ImportBatch.FromUpload"/> and <see cref="ImportRun.Execute"/>.</summary>
internal static class Uploads
{
    public static async Task<ImportSummary> ImportAsync(PatellaDb db, long runnerId, IFormFileCollection files, TimeProvider clock, CancellationToken cancellation)
    {
        var outcomes = new List<FileOutcome>();
        int imported = 0, activities = 0, already = 0, failed = 0, ignored = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            byte[] bytes;
            using (var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue)))
            {
                await file.CopyToAsync(buffer, cancellation);
                bytes = buffer.ToArray();
            }

            using var batch = ImportBatch.FromUpload(name, bytes, ImportLimits.Default);
            var summary = ImportRun.Execute(db, runnerId, batch, ImportLimits.Default, clock, cancellation: cancellation);
            outcomes.AddRange(summary.Files);
            imported += summary.FilesImported;
            activities += summary.ActivitiesImported;
            already += summary.AlreadyThere;
            failed += summary.Failed;
            ignored += summary.IgnoredFiles;
        }

        return new ImportSummary(imported, activities, already, failed, ignored, outcomes);
    }
}
