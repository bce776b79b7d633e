namespace Patella.Core.Load;

/// <summary>A shoe's state as the pages and the command line say it.</summary>
public static class ShoeStateWords
{
    /// <summary>"fine", "plan a replacement", "replace it", "retired".</summary>
    public static string Words(this ShoeState state) => state switch
    {
        ShoeState.PlanReplacement => "plan a replacement",
        ShoeState.Replace => "replace it",
        ShoeState.Retired => "retired",
        _ => "fine",
    };
}
