using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;

namespace Patella.Core.Tests.Assessment;

public class KujalaTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static KujalaResponse Response(DateOnly date, params (string Item, string Code)[] answers) =>
        new(KujalaQuestionnaire.Version, date, answers.ToDictionary(a => a.Item, a => a.Code));

    private static KujalaResponse All(Func<KujalaItem, KujalaOption> pick, DateOnly? date = null) =>
        Response(date ?? Day, [.. KujalaQuestionnaire.Items.Select(i => (i.Id, pick(i).Code))]);

    [Fact]
    public void Table_IsThePinnedPmc10362729Version()
    {
        var items = KujalaQuestionnaire.Items;

        Assert.Equal(13, items.Count);
        Assert.Equal(Enumerable.Range(1, 13), items.Select(i => i.Number));
        Assert.Equal([5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5], items.Select(i => i.MaxPoints));
        Assert.Equal([5, 3, 0], items[0].Options.Select(o => o.Points)); // limp "constant" is 0 here, 2 in other copies
        Assert.Equal([5, 4, 3, 2, 0], items[4].Options.Select(o => o.Points)); // squatting "partial weight bearing" 2, not 1
        Assert.Equal([10, 8, 6, 3, 0], items[5].Options.Select(o => o.Points));
        Assert.Equal([10, 6, 4, 2, 0], items[10].Options.Select(o => o.Points));
        Assert.Contains("PMC10362729", KujalaQuestionnaire.Version, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Score_AllBest_Is100()
    {
        Assert.Equal(100, KujalaScore.From(All(i => i.Options[0])).Total);
    }

    [Fact]
    public void Score_AllWorst_Is0()
    {
        Assert.Equal(0, KujalaScore.From(All(i => i.Options[^1])).Total);
    }

    // Totals computed by hand from the §3a table.
    [Theory]
    // seed-A-like runner: limp none 5, support 5, walking 5, stairs slight descending 8, squatting repeated 4,
    // running pain after 2 km 8, jumping slight 7, sitting pain after exercise 8, pain slight 8, swelling none 10,
    // subluxations none 10, atrophy none 5, flexion none 5 = 88
    [InlineData("none,fullWithoutPain,unlimited,slightPainDescending,repeatedSquattingPainful,painAfterMoreThan2Km,slightDifficulty,painAfterExercise,slightAndOccasional,none,none,none,none", 88)]
    // 3 + 3 + 3 + 5 + 3 + 6 + 2 + 6 + 6 + 6 + 4 + 3 + 3 = 53
    [InlineData("slightOrPeriodical,painful,moreThan2Km,painDescendingAndAscending,painfulEachTime,slightPainFromStart,constantPain,constantPain,interferesWithSleep,afterDailyActivities,occasionallyInDailyActivities,slight,slight", 53)]
    // 0 + 0 + 2 + 0 + 2 + 3 + 0 + 4 + 3 + 4 + 2 + 0 + 0 = 20
    [InlineData("constant,weightBearingImpossible,from1To2Km,unable,partialWeightBearing,severePain,unable,painForcesExtension,occasionallySevere,everyEvening,atLeastOneDocumentedDislocation,severe,severe", 20)]
    public void Score_MixedSet_IsTheHandSum(string codes, int total)
    {
        var response = Response(Day, [.. KujalaQuestionnaire.Items.Zip(codes.Split(','), (i, c) => (i.Id, c))]);

        var score = KujalaScore.From(response);

        Assert.Equal(total, score.Total);
        Assert.Equal(13, score.Items.Count);
        Assert.Equal(KujalaQuestionnaire.Version, score.Version);
        Assert.Equal("R-KUJALA-SCORE", score.RuleId);
    }

    [Theory]
    [InlineData("stairs", "often", "stairs", "'often' is not an option")]
    [InlineData("kneeCold", "none", "kneeCold", "Unknown Kujala item 'kneeCold'")]
    public void Score_BadItem_NamesIt(string item, string code, string expectedItem, string fragment)
    {
        var answers = KujalaQuestionnaire.Items.ToDictionary(i => i.Id, i => i.Options[0].Code);
        answers[item] = code;

        var e = Assert.Throws<AssessmentAnswersException>(() => KujalaScore.From(new KujalaResponse(KujalaQuestionnaire.Version, Day, answers)));

        Assert.Equal(expectedItem, e.QuestionId);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingItem_NamesIt()
    {
        var answers = KujalaQuestionnaire.Items.Where(i => i.Id != "jumping").ToDictionary(i => i.Id, i => i.Options[0].Code);

        var e = Assert.Throws<AssessmentAnswersException>(() => KujalaScore.From(new KujalaResponse(KujalaQuestionnaire.Version, Day, answers)));

        Assert.Equal("jumping", e.QuestionId);
        Assert.Contains("not answered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OtherVersion_IsRefused()
    {
        var e = Assert.Throws<AssessmentAnswersException>(() => KujalaScore.From(All(i => i.Options[0]) with { Version = "kujala-orthopaedicmanipulation" }));

        Assert.Contains("kujala-orthopaedicmanipulation", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50, 60, KujalaTrend.MeaningfulImprovement)]
    [InlineData(50, 59, KujalaTrend.NoMeaningfulChange)]
    [InlineData(70, 61, KujalaTrend.NoMeaningfulChange)]
    [InlineData(70, 60, KujalaTrend.MeaningfulWorsening)]
    [InlineData(0, 100, KujalaTrend.MeaningfulImprovement)]
    public void Change_TenPointsIsMeaningful(int first, int latest, KujalaTrend trend)
    {
        var history = new[] { ScoreOf(latest, Day.AddDays(28)), ScoreOf(first, Day), ScoreOf((first + latest) / 2, Day.AddDays(14)) };

        var change = KujalaChange.SinceFirst(history)!;

        Assert.Equal(trend, change.Trend);
        Assert.Equal(latest - first, change.ChangePoints);
        Assert.Equal(Day, change.FirstDate);
        Assert.Equal(Day.AddDays(28), change.LatestDate);
        Assert.Equal("R-KUJALA-MCID-10", change.RuleId);
    }

    [Fact]
    public void Change_OneScore_IsNull()
    {
        Assert.Null(KujalaChange.SinceFirst([ScoreOf(80, Day)]));
    }

    [Fact]
    public void Json_RoundTrip_KeepsEveryItemAndDate()
    {
        var response = All(i => i.Options[1], new DateOnly(2025, 4, 2));

        var again = KujalaResponseJson.Read(KujalaResponseJson.Write(response));

        Assert.Equal(new DateOnly(2025, 4, 2), again.Date);
        Assert.Equal(KujalaScore.From(response).Total, KujalaScore.From(again).Total);
        Assert.Equal(response.Answers, again.Answers);
    }

    [Theory]
    [InlineData("""{ "questionnaire": "kujala-akps-pmc10362729", "date": "2025-03-01", "answers": { "limp": "none" } }""", "support")]
    [InlineData("""{ "questionnaire": "kujala-akps-pmc10362729", "date": "2025-03-01", "answers": { "limp": 5 } }""", "limp")]
    [InlineData("""{ "questionnaire": "kujala-akps-pmc10362729", "date": "1 March", "answers": {} }""", null)]
    [InlineData("""{ "questionnaire": "knee-v1", "date": "2025-03-01", "answers": {} }""", null)]
    public void Json_BadFile_IsRefused(string json, string? item)
    {
        var e = Assert.Throws<AssessmentAnswersException>(() => KujalaResponseJson.Read(json));

        Assert.Equal(item, e.QuestionId);
    }

    // Builds a real response whose total is exactly `total` (searching the table; 1 is the only total 0-100 no set reaches).
    private static KujalaScore ScoreOf(int total, DateOnly date)
    {
        var answers = Pick(0, total) ?? throw new InvalidOperationException($"no Kujala answers total {total}");
        var score = KujalaScore.From(new KujalaResponse(KujalaQuestionnaire.Version, date, answers));
        Assert.Equal(total, score.Total);
        return score;
    }

    private static Dictionary<string, string>? Pick(int index, int remaining)
    {
        if (index == KujalaQuestionnaire.Items.Count)
        {
            return remaining == 0 ? [] : null;
        }

        var item = KujalaQuestionnaire.Items[index];
        foreach (var option in item.Options.Where(o => o.Points <= remaining))
        {
            if (Pick(index + 1, remaining - option.Points) is { } rest)
            {
                rest[item.Id] = option.Code;
                return rest;
            }
        }

        return null;
    }
}
