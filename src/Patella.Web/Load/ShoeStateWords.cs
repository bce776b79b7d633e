namespace Patella.Web.Load;

/// <summary>A shoe's state (LoadJson's and SettingsJson's <c>state</c>) as the pages say it.</summary>
public static class ShoeStateWords
{
    public static string Of(string state) => state switch
    {
        "PlanReplacement" => "plan a replacement",
        "Replace" => "replace it",
        "Retired" => "retired",
        _ => "fine",
    };
}
