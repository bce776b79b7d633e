namespace Patella.Core.Assessment.Kujala;

/// <summary>One answer option of a Kujala item: stable code, text as printed, points.</summary>
public sealed record KujalaOption(string Code, string Text, int Points);

/// <summary>One of the 13 Kujala items.</summary>
/// <param name="Number">1-13, as printed.</param>
/// <param name="Id">camelCase id, the JSON key, e.g. <c>stairs</c>.</param>
/// <param name="Text">The item as printed, e.g. "Stairs".</param>
/// <param name="Options">Options as printed, best first.</param>
public sealed record KujalaItem(int Number, string Id, string Text, IReadOnlyList<KujalaOption> Options)
{
    /// <summary>Points of the best option (5 or 10).</summary>
    public int MaxPoints => Options.Max(o => o.Points);

    /// <summary>The option with this code, or null.</summary>
    public KujalaOption? Find(string code) => Options.FirstOrDefault(o => o.Code == code);
}

/// <summary>
/// The Kujala Anterior Knee Pain Scale (AKPS; Kujala et al., Arthroscopy 1993;9(2):159-163), pinned to
/// the item and point table printed in PMC10362729 (J Orthop 2023;42:54-62), research-notes §3a.
/// Circulating copies differ (e.g. limp "constant" 2 instead of 0, squatting "partial weight bearing"
/// 1 instead of 2), so the version is stored with every response and a different table would be a
/// new version. 13 items, total 0-100, higher is better.
/// </summary>
public static class KujalaQuestionnaire
{
    /// <summary>The pinned version: the table as printed in PMC10362729.</summary>
    public const string Version = "kujala-akps-pmc10362729";

    /// <summary>Where the table comes from.</summary>
    public const string Source = "Kujala et al., Arthroscopy 1993;9(2):159-163, table as printed in PMC10362729 (J Orthop 2023;42:54-62)";

    public static IReadOnlyList<KujalaItem> Items { get; } =
    [
        new(1, "limp", "Limp", [new("none", "None", 5), new("slightOrPeriodical", "Slight or periodical", 3), new("constant", "Constant", 0)]),
        new(2, "support", "Support",
            [new("fullWithoutPain", "Full support without pain", 5), new("painful", "Painful", 3), new("weightBearingImpossible", "Weight bearing impossible", 0)]),
        new(3, "walking", "Walking",
            [new("unlimited", "Unlimited", 5), new("moreThan2Km", "More than 2 km", 3), new("from1To2Km", "1-2 km", 2), new("unable", "Unable", 0)]),
        new(4, "stairs", "Stairs",
        [
            new("noDifficulty", "No difficulty", 10), new("slightPainDescending", "Slight pain when descending", 8),
            new("painDescendingAndAscending", "Pain both when descending and ascending", 5), new("unable", "Unable", 0),
        ]),
        new(5, "squatting", "Squatting",
        [
            new("noDifficulty", "No difficulty", 5), new("repeatedSquattingPainful", "Repeated squatting painful", 4),
            new("painfulEachTime", "Painful each time", 3), new("partialWeightBearing", "Possible with partial weight bearing", 2),
            new("unable", "Unable", 0),
        ]),
        new(6, "running", "Running",
        [
            new("noDifficulty", "No difficulty", 10), new("painAfterMoreThan2Km", "Pain after more than 2 km", 8),
            new("slightPainFromStart", "Slight pain from start", 6), new("severePain", "Severe pain", 3), new("unable", "Unable", 0),
        ]),
        new(7, "jumping", "Jumping",
            [new("noDifficulty", "No difficulty", 10), new("slightDifficulty", "Slight difficulty", 7), new("constantPain", "Constant pain", 2), new("unable", "Unable", 0)]),
        new(8, "prolongedSitting", "Prolonged sitting with the knees flexed",
        [
            new("noDifficulty", "No difficulty", 10), new("painAfterExercise", "Pain after exercise", 8), new("constantPain", "Constant pain", 6),
            new("painForcesExtension", "Pain forces to extend knees temporarily", 4), new("unable", "Unable", 0),
        ]),
        new(9, "pain", "Pain",
        [
            new("none", "None", 10), new("slightAndOccasional", "Slight and occasional", 8), new("interferesWithSleep", "Interferes with sleep", 6),
            new("occasionallySevere", "Occasionally severe", 3), new("constantAndSevere", "Constant and severe", 0),
        ]),
        new(10, "swelling", "Swelling",
        [
            new("none", "None", 10), new("afterSevereExertion", "After severe exertion", 8), new("afterDailyActivities", "After daily activities", 6),
            new("everyEvening", "Every evening", 4), new("constant", "Constant", 0),
        ]),
        new(11, "patellarSubluxations", "Abnormal painful kneecap (patellar) movements (subluxations)",
        [
            new("none", "None", 10), new("occasionallyInSports", "Occasionally in sports activities", 6),
            new("occasionallyInDailyActivities", "Occasionally in daily activities", 4),
            new("atLeastOneDocumentedDislocation", "At least one documented dislocation", 2),
            new("moreThanTwoDislocations", "More than two dislocations", 0),
        ]),
        new(12, "thighAtrophy", "Atrophy of thigh", [new("none", "None", 5), new("slight", "Slight", 3), new("severe", "Severe", 0)]),
        new(13, "flexionDeficiency", "Flexion deficiency", [new("none", "None", 5), new("slight", "Slight", 3), new("severe", "Severe", 0)]),
    ];

    /// <summary>The item with this id, or null.</summary>
    public static KujalaItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);
}
