// TEMPORARY: placeholder until the fit branch is merged. Deleted at merge.
namespace Patella.Import.Fit { internal static class FitActivityReader { public static Patella.Core.Activities.RecordedActivity Read(ReadOnlySpan<byte> b) => throw new NotSupportedException(); } }
