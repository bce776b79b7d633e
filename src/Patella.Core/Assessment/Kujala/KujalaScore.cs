using Patella.Core.Rules;

namespace Patella.Core.Assessment.Kujala;

/// <summary>A runner's Kujala answers on one date: item id → option code, all 13 items.</summary>
/// <param name="Version">The table version answered, <see cref="KujalaQuestionnaire.Version"/>.</param>
/// <param name="Date">The day the runner answered.</param>
/// <param name="Answers">Item id → option code.</param>
public sealed record KujalaResponse(string Version, DateOnly Date, IReadOnlyDictionary<string, string> Answers);

/// <summary>One item's answer and its points, stored with the total.</summary>
public sealed record KujalaItemScore(int Number, string ItemId, string Code, int Points);

/// <summary>
/// A scored Kujala response: every item's answer and points with the version, and the total
/// (0-100, higher is better) derived from them (research-notes §3a: store items, total only derived).
/// </summary>
/// <param name="Version">The pinned table version.</param>
/// <param name="Date">The day answered.</param>
/// <param name="Items">The 13 items in printed order.</param>
public sealed record KujalaScore(string Version, DateOnly Date, IReadOnlyList<KujalaItemScore> Items)
{
    /// <summary>Sum of the 13 item points, 0-100.</summary>
    public int Total => Items.Sum(i => i.Points);

    /// <summary>The score's rule id.</summary>
    public string RuleId { get; } = KujalaRules.Score.Id;

    /// <summary>Scores a complete response against the pinned table.</summary>
    /// <exception cref="AssessmentAnswersException">Another version, an unknown item, an unknown option code,
    /// or a missing item (the total needs all 13); the message names the item.</exception>
    public static KujalaScore From(KujalaResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Version != KujalaQuestionnaire.Version)
        {
            throw new AssessmentAnswersException(null,
                $"Kujala answers are for version '{response.Version}', but Patella scores '{KujalaQuestionnaire.Version}'.");
        }

        foreach (var id in response.Answers.Keys)
        {
            _ = KujalaQuestionnaire.Find(id) ?? throw new AssessmentAnswersException(id, $"Unknown Kujala item '{id}'.");
        }

        var items = KujalaQuestionnaire.Items.Select(item =>
        {
            if (!response.Answers.TryGetValue(item.Id, out var code))
            {
                throw new AssessmentAnswersException(item.Id, $"Kujala item '{item.Id}' ({item.Number}, {item.Text}) is not answered; the total needs all 13 items.");
            }

            var option = item.Find(code) ?? throw new AssessmentAnswersException(item.Id,
                $"Kujala item '{item.Id}': '{code}' is not an option; allowed: {string.Join(", ", item.Options.Select(o => o.Code))}.");
            return new KujalaItemScore(item.Number, item.Id, option.Code, option.Points);
        });
        return new KujalaScore(response.Version, response.Date, [.. items]);
    }
}

/// <summary>The Kujala rules: the score itself and its meaningful change.</summary>
public static class KujalaRules
{
    /// <summary>Minimal clinically important difference of the AKPS, points (Crossley et al., Arch Phys Med Rehabil
    /// 2004;85:815-822; research-notes §3a). A change of at least this much is meaningful.</summary>
    public const int MeaningfulChangePoints = 10;

    public static ClinicalRule Score { get; } = new("R-KUJALA-SCORE",
        "Kujala Anterior Knee Pain Scale, 13 items, 0-100, higher is better", KujalaQuestionnaire.Source);

    public static ClinicalRule MeaningfulChange { get; } = new("R-KUJALA-MCID-10",
        "A change of 10 points or more on the Kujala scale is clinically meaningful",
        "Crossley et al., Arch Phys Med Rehabil 2004;85:815-822 (research-notes §3a)");

    /// <summary>Every Kujala rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [Score, MeaningfulChange];
}
