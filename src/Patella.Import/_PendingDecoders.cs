// TEMPORARY: placeholders until the fit/xml branches are merged. Deleted at merge.
namespace Patella.Import.Fit { internal static class FitActivityReader { public static Patella.Core.Activities.RecordedActivity Read(ReadOnlySpan<byte> b) => throw new NotSupportedException(); } }
namespace Patella.Import.Gpx { internal static class GpxReader { public static IReadOnlyList<Patella.Core.Activities.RecordedActivity> Read(Stream s) => throw new NotSupportedException(); } }
namespace Patella.Import.Tcx { internal static class TcxReader { public static IReadOnlyList<Patella.Core.Activities.RecordedActivity> Read(Stream s) => throw new NotSupportedException(); } }
