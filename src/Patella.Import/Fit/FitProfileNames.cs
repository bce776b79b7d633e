using System.Globalization;

namespace Patella.Import.Fit;

/// <summary>
/// Names for the FIT profile enums Patella shows: file type, manufacturer, Garmin product, sport and
/// sub-sport (Garmin SDK Profile types). Small tables of the common values; anything else is named by number.
/// </summary>
public static class FitProfileNames
{
    private static readonly Dictionary<int, string> FileTypes = new()
    {
        [1] = "device", [2] = "settings", [3] = "sport", [4] = "activity", [5] = "workout", [6] = "course",
        [7] = "schedules", [9] = "weight", [10] = "totals", [11] = "goals", [14] = "blood_pressure",
        [15] = "monitoring_a", [20] = "activity_summary", [28] = "monitoring_daily", [32] = "monitoring_b",
        [34] = "segment", [35] = "segment_list", [40] = "exd_configuration",
    };

    private static readonly Dictionary<int, string> Manufacturers = new()
    {
        [1] = "garmin", [13] = "dynastream_oem", [15] = "dynastream", [23] = "suunto", [32] = "wahoo_fitness",
        [40] = "concept2", [69] = "stages_cycling", [70] = "sigmasport", [71] = "tomtom", [89] = "tacx",
        [95] = "stryd", [123] = "polar_electro", [255] = "development", [260] = "zwift", [265] = "strava",
        [267] = "bryton", [289] = "hammerhead", [294] = "coros", [307] = "onelap",
    };

    private static readonly Dictionary<int, string> GarminProducts = new()
    {
        [1036] = "edge500", [1124] = "fr110", [1169] = "edge800", [1325] = "edge200", [1436] = "fr70",
        [1561] = "edge510", [1567] = "edge810", [1765] = "fr920xt", [1837] = "vivo_fit", [1967] = "fenix2",
        [2050] = "fenix3", [2158] = "fr735xt", [2337] = "vivo_active_hr", [2413] = "fenix3_hr",
        [2530] = "edge_820", [2691] = "fr935", [2697] = "fenix5", [3113] = "fr945", [3121] = "edge_530",
        [3288] = "fenix6s", [3570] = "edge_1030_plus", [3992] = "fr255", [4024] = "fr955", [4062] = "edge_1040",
    };

    private static readonly string[] Sports =
    [
        "generic", "running", "cycling", "transition", "fitness_equipment", "swimming", "basketball", "soccer",
        "tennis", "american_football", "training", "walking", "cross_country_skiing", "alpine_skiing",
        "snowboarding", "rowing", "mountaineering", "hiking", "multisport", "paddling", "flying", "e_biking",
        "motorcycling", "boating", "driving", "golf", "hang_gliding", "horseback_riding", "hunting", "fishing",
        "inline_skating", "rock_climbing", "sailing", "ice_skating", "sky_diving", "snowshoeing", "snowmobiling",
        "stand_up_paddleboarding", "surfing", "wakeboarding", "water_skiing", "kayaking", "rafting",
        "windsurfing", "kitesurfing", "tactical", "jumpmaster", "boxing", "floor_climbing",
    ];

    private static readonly string[] SubSports =
    [
        "generic", "treadmill", "street", "trail", "track", "spin", "indoor_cycling", "road", "mountain",
        "downhill", "recumbent", "cyclocross", "hand_cycling", "track_cycling", "indoor_rowing", "elliptical",
        "stair_climbing", "lap_swimming", "open_water", "flexibility_training", "strength_training", "warm_up",
        "match", "exercise", "challenge", "indoor_skiing", "cardio_training", "indoor_walking", "e_bike_fitness",
        "bmx", "casual_walking", "speed_walking", "bike_to_run_transition", "run_to_bike_transition",
        "swim_to_bike_transition", "atv", "motocross", "backcountry", "resort", "rc_drone", "wingsuit",
        "whitewater", "skate_skiing", "yoga", "pilates", "indoor_running", "gravel_cycling", "e_mountain_bike",
        "commuting", "mixed_surface", "navigate", "track_me", "map", "single_gas_diving", "multi_gas_diving",
        "gauge_diving", "apnea_diving", "apnea_hunting", "virtual_activity", "obstacle",
    ];

    /// <summary>file_id.type name, e.g. "activity", "settings"; "file type N" when unknown.</summary>
    public static string FileType(int type) => Lookup(FileTypes, type, "file type");

    /// <summary>Manufacturer name, e.g. "garmin", "wahoo_fitness"; "manufacturer N" when not in the table.</summary>
    public static string Manufacturer(int manufacturer) => Lookup(Manufacturers, manufacturer, "manufacturer");

    /// <summary>Garmin product name, e.g. "fr945"; null when not in the table.</summary>
    public static string? GarminProduct(int product) => GarminProducts.GetValueOrDefault(product);

    /// <summary>Sport name, e.g. "running"; "sport N" when unknown.</summary>
    public static string SportName(int sport) =>
        sport >= 0 && sport < Sports.Length ? Sports[sport] : string.Create(CultureInfo.InvariantCulture, $"sport {sport}");

    /// <summary>Sub-sport name, e.g. "treadmill"; "sub_sport N" when unknown.</summary>
    public static string SubSportName(int subSport) =>
        subSport >= 0 && subSport < SubSports.Length ? SubSports[subSport] : string.Create(CultureInfo.InvariantCulture, $"sub_sport {subSport}");

    private static string Lookup(Dictionary<int, string> table, int value, string what) =>
        table.TryGetValue(value, out var name) ? name : string.Create(CultureInfo.InvariantCulture, $"{what} {value}");
}
