namespace Patella.Core.Activities;

/// <summary>The file format an activity was read from.</summary>
public enum ActivityFormat
{
    Fit,
    Gpx,
    Tcx,
}
