using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment.Kujala;

/// <summary>Whether a Kujala change is meaningful, and which way.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KujalaTrend>))]
public enum KujalaTrend
{
    /// <summary>Less than <see cref="KujalaRules.MeaningfulChangePoints"/> either way.</summary>
    NoMeaningfulChange,
    MeaningfulImprovement,
    MeaningfulWorsening,
}

/// <summary>The change from the first Kujala score to the latest.</summary>
/// <param name="FirstDate">Date of the first score.</param>
/// <param name="FirstTotal">Its total, 0-100.</param>
/// <param name="LatestDate">Date of the latest score.</param>
/// <param name="LatestTotal">Its total, 0-100.</param>
/// <param name="Trend">Meaningful or not, and which way.</param>
public sealed record KujalaChange(DateOnly FirstDate, int FirstTotal, DateOnly LatestDate, int LatestTotal, KujalaTrend Trend)
{
    /// <summary>Latest minus first, points; positive is better.</summary>
    public int ChangePoints => LatestTotal - FirstTotal;

    /// <summary>The rule applied, R-KUJALA-MCID-10.</summary>
    public ClinicalRule Rule { get; } = KujalaRules.MeaningfulChange;

    /// <summary>The rule id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>
    /// Change from the earliest to the latest score by date; null with fewer than two scores.
    /// Scores on the same date keep their given order (the later one in the list counts as later).
    /// </summary>
    public static KujalaChange? SinceFirst(IEnumerable<KujalaScore> history)
    {
        var ordered = history.OrderBy(s => s.Date).ToList();
        if (ordered.Count < 2)
        {
            return null;
        }

        var (first, latest) = (ordered[0], ordered[^1]);
        var change = latest.Total - first.Total;
        var trend = change >= KujalaRules.MeaningfulChangePoints ? KujalaTrend.MeaningfulImprovement
            : change <= -KujalaRules.MeaningfulChangePoints ? KujalaTrend.MeaningfulWorsening
            : KujalaTrend.NoMeaningfulChange;
        return new KujalaChange(first.Date, first.Total, latest.Date, latest.Total, trend);
    }
}
