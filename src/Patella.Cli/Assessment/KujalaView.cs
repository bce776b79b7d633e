using Patella.Core.Assessment.Kujala;
using Patella.Data.Assessment;

namespace Patella.Cli.Assessment;

/// <summary>The <c>kujala --json</c> document: the stored score, every item's answer and points, and the change since the first score.</summary>
/// <param name="ScoreId">The stored row's id.</param>
/// <param name="Date">The day it was answered.</param>
/// <param name="Version">The pinned item table, <see cref="KujalaQuestionnaire.Version"/>.</param>
/// <param name="TotalPoints">0-100, higher is better.</param>
/// <param name="MaxPoints">100.</param>
/// <param name="RuleId">R-KUJALA-SCORE.</param>
/// <param name="Items">The 13 items in printed order.</param>
/// <param name="Change">From the first score to this one; null when this is the first.</param>
public sealed record KujalaScoreView(
    long ScoreId,
    DateOnly Date,
    string Version,
    int TotalPoints,
    int MaxPoints,
    string RuleId,
    IReadOnlyList<KujalaItemView> Items,
    KujalaChangeView? Change)
{
    public static KujalaScoreView From(StoredKujalaScore stored, KujalaScore score, KujalaChange? change)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(score);
        var items = score.Items.Select(i =>
        {
            var item = KujalaQuestionnaire.Find(i.ItemId)!;
            return new KujalaItemView(i.Number, i.ItemId, item.Text, i.Code, item.Find(i.Code)!.Text, i.Points, item.MaxPoints);
        });
        return new KujalaScoreView(stored.Id, score.Date, score.Version, score.Total, KujalaQuestionnaire.Items.Sum(i => i.MaxPoints),
            score.RuleId, [.. items], KujalaChangeView.From(change));
    }
}

/// <summary>One Kujala item's answer: the option code and text, its points and the item's best.</summary>
public sealed record KujalaItemView(int Number, string ItemId, string Item, string Answer, string AnswerText, int Points, int MaxPoints);

/// <summary>
/// The change from the first score to a later one, judged by the 10-point meaningful-change rule.
/// </summary>
/// <param name="ChangePoints">Later minus first; positive is better.</param>
/// <param name="MeaningfulChangePoints">The threshold, 10 points (<see cref="KujalaRules.MeaningfulChangePoints"/>).</param>
public sealed record KujalaChangeView(
    DateOnly FirstDate,
    int FirstTotalPoints,
    DateOnly LatestDate,
    int LatestTotalPoints,
    int ChangePoints,
    KujalaTrend Trend,
    int MeaningfulChangePoints,
    string RuleId,
    string Rule)
{
    public static KujalaChangeView? From(KujalaChange? change) => change is null
        ? null
        : new KujalaChangeView(change.FirstDate, change.FirstTotal, change.LatestDate, change.LatestTotal, change.ChangePoints, change.Trend,
            KujalaRules.MeaningfulChangePoints, change.RuleId, change.Rule.Title);

    /// <summary>The change in a line, e.g. "-15 points since 2025-03-01 (100): a meaningful worsening (10 points or more, R-KUJALA-MCID-10)".</summary>
    public string Describe()
    {
        var verdict = Trend switch
        {
            KujalaTrend.MeaningfulImprovement => "a meaningful improvement",
            KujalaTrend.MeaningfulWorsening => "a meaningful worsening",
            _ => "not a meaningful change",
        };
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{ChangePoints:+0;-0;0} points since the first score on {FirstDate:yyyy-MM-dd} ({FirstTotalPoints}): {verdict} ({MeaningfulChangePoints} points or more counts, {RuleId})");
    }
}
