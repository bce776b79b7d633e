namespace Patella.Import.Tcx;

/// <summary>Which XML namespaces the TCX reader accepts (research-notes §5.3).</summary>
internal static class TcxNamespaces
{
    public const string TrainingCenterV2 = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    public const string TrainingCenterV1 = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v1";
    public const string ActivityExtensionV2 = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    /// <summary>Training Center Database v2, or no namespace (hand-made and converted files).</summary>
    public static bool IsTcx(string namespaceUri) =>
        namespaceUri.Length == 0 || namespaceUri == TrainingCenterV2;

    /// <summary>
    /// ActivityExtension v2 (<c>TPX</c>, <c>LX</c>) under any prefix, or the TCX namespace/none for
    /// writers that put the extension elements in the default namespace.
    /// </summary>
    public static bool IsActivityExtension(string namespaceUri) =>
        namespaceUri == ActivityExtensionV2 || IsTcx(namespaceUri);
}
