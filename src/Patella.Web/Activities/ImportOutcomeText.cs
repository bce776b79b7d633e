using Patella.Data.Activities;

namespace Patella.Web.Activities;

/// <summary>One file's import outcome as a sentence for the page.</summary>
public static class ImportOutcomeText
{
    public static string Of(FileOutcome file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Outcome switch
        {
            "imported" => file.Warnings.Count > 0 ? $"imported ({file.Activities}), with a note: {string.Join("; ", file.Warnings)}" : $"imported ({file.Activities})",
            "failed" => $"skipped: {file.Detail}",
            _ => $"already there: {file.Detail}",
        };
    }
}
