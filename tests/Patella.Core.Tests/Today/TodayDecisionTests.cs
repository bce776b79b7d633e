using System.Text.Json;
using System.Text.Json.Nodes;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Tests.Assessment;
using Patella.Core.Today;
using static Patella.Core.Tests.Rehab.RehabTestData;
using L = Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Today;

public class TodayDecisionTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static TodayDecision Decide(IReadOnlyList<CheckIn> days, int onDay, AssessmentResult? assessment = null, LoadPicture? load = null, IReadOnlyList<ClearanceRecord>? clearance = null) =>
        TodayDecision.For(new RehabStart(Start, assessment), days, clearance ?? [], Day(onDay), load);

    private static List<CheckIn> With(List<CheckIn> days, params CheckIn[] more)
    {
        days.AddRange(more);
        return days;
    }

    private static CheckIn Plain(int day, int rest = 0, bool limp = false, bool swelling = false, bool givingWay = false, bool exercises = true) =>
        CheckIn.Create(Day(day), rest, stairsDownPain: rest, limpOrChangedStride: limp, swelling: swelling, givingWay: givingWay, exercisesDone: exercises, exercisePain: exercises ? 0 : null);

    public static TheoryData<string, Decision, string> Rules => new()
    {
        { "allowed", Decision.Run, "R-RUN-ALLOWED" },
        { "swelling", Decision.Refer, "R-RUN-STOP-SWELLING" },
        { "giving way", Decision.Refer, "R-RUN-STOP-GIVING-WAY" },
        { "swelling five days ago", Decision.Refer, "R-RUN-STOP-SWELLING" },
        { "assessment red flag", Decision.Refer, "R-RF-SWELLING" },
        { "limp", Decision.CrossTrain, "R-RUN-STOP-LIMP" },
        { "pain 3 during", Decision.RunReduced, "R-RUN-PFP-PAIN-2" },
        { "pain 6 during", Decision.CrossTrain, "R-RUN-PAIN-CEILING" },
        { "not settled in 60 min", Decision.RunReduced, "R-RUN-PFP-60MIN" },
        { "sore this morning", Decision.CrossTrain, "R-RUN-PFP-NEXT-MORNING" },
        { "sore the morning after, two days ago", Decision.RunReduced, "R-RUN-PFP-NEXT-MORNING" },
        { "pain over 24 h", Decision.Rest, "R-RUN-STOP-PAIN-24-48H" },
        { "pain rising run to run", Decision.CrossTrain, "R-RUN-STOP-PAIN-RISING" },
        { "rehab not done", Decision.CrossTrain, "R-RUN-REHAB-DONE" },
        { "phase 1", Decision.CrossTrain, "R-RUN-PHASE" },
        { "phase 2", Decision.CrossTrain, "R-RUN-PHASE" },
        { "rest day after run/walk", Decision.CrossTrain, "R-RTR-REST-DAY" },
        { "week over 10%", Decision.CrossTrain, "R-LOAD-10PCT" },
        { "spike warning", Decision.RunReduced, "R-LOAD-SPIKE" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void For_EachRuleDecidesAndSaysItsId(string scenario, Decision expected, string ruleId)
    {
        var d = scenario switch
        {
            "allowed" => Decide(ToRunWalk(), 6),
            "swelling" => Decide(With(ToRunWalk(), Plain(6, swelling: true)), 6),
            "giving way" => Decide(With(ToRunWalk(), Plain(6, givingWay: true)), 6),
            "swelling five days ago" => Decide(With(ToRunWalk(), Plain(6, swelling: true), Good(7), Good(8), Good(9), Good(10)), 11),
            "assessment red flag" => Decide(ToRunWalk(), 6, KneeAssessor.Assess(VignetteAnswers.Parse(VignetteAnswers.SeedRunner + "; swelling=afterActivity"))),
            "limp" => Decide(With(ToRunWalk(), Plain(6, limp: true)), 7),
            "pain 3 during" => Decide(With(ToRunWalk(), Run(6, during: 3), Good(7)), 8),
            "pain 6 during" => Decide(With(ToRunWalk(), Run(6, during: 6), Good(7)), 8),
            "not settled in 60 min" => Decide(With(ToRunWalk(), Run(6, after: 1), Good(7)), 8),
            "sore this morning" => Decide(With(ToRunWalk(), Run(6, morning: 2)), 7),
            "sore the morning after, two days ago" => Decide(With(ToRunWalk(), Run(6, morning: 1), Good(7)), 8),
            "pain over 24 h" => Decide(With(ToRunWalk(), Run(6, morning: 2), Plain(7, rest: 2)), 8),
            "pain rising run to run" => Decide(With(ToRunWalk(), Run(6, during: 0), Good(7), Run(8, during: 1), Good(9), Run(10, during: 2), Good(11)), 12),
            "rehab not done" => Decide(With(ToRunWalk(), [.. Enumerable.Range(6, 6).Select(d => Plain(d, exercises: false))]), 12),
            "phase 1" => Decide([Plain(0, rest: 2)], 1),
            "phase 2" => Decide([Good(0), Good(1), Good(2)], 3),
            "rest day after run/walk" => Decide(With(ToRunWalk(), Run(6)), 7),
            "week over 10%" => Decide(ToProgressiveReturn(), 31, load: Load(31, 0, 40)),
            "spike warning" => Decide(ToProgressiveReturn(), 31, load: Load(31, 5, 10)),
            _ => throw new ArgumentException(scenario),
        };

        Assert.Equal(expected, d.Decision);
        var reason = Assert.Single(d.Reasons, r => r.RuleId == ruleId);
        Assert.False(string.IsNullOrWhiteSpace(reason.Text));
        Assert.False(string.IsNullOrWhiteSpace(reason.Source));
        Assert.Equal(d.Decision, d.Reasons.Max(r => r.Leads));
        Assert.Equal(expected <= Decision.RunReduced, d.Prescription is not null);
        Assert.Equal(expected == Decision.Refer, d.Exercises.Count == 0);
        Assert.NotEmpty(d.Instead);
    }

    // A run of `earlierKm` on each of the 10 days before `day` (none when 0), then `todayKm` on the day itself.
    private static LoadPicture Load(int day, double earlierKm, double todayKm)
    {
        var runs = Enumerable.Range(1, 10).Where(_ => earlierKm > 0).Select(i => L.RunOn(Day(day - i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), earlierKm)).ToList();
        runs.Add(L.RunOn(Day(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), todayKm));
        return LoadEngine.PictureOn(Day(day), runs, [], LoadSettings.Utc);
    }

    [Fact]
    public void For_Allowed_PrescribesTheRunWalkStep_FlatAndEasy()
    {
        var d = Decide(ToRunWalk(), 6);

        var p = d.Prescription!;
        Assert.Equal((19, 1, 1, 10, 1), (p.DurationMinutes, p.RunMinutes, p.WalkMinutes, p.Repeats, p.RunWalkStep));
        Assert.True(p.FlatOnly);
        Assert.False(p.TempoAllowed);
        Assert.Equal("easy", p.Effort);
        Assert.Contains("+5-10%", p.CadenceCue, StringComparison.Ordinal);
        Assert.Equal("clamshell", d.Exercises[0].Id);
        Assert.Contains(d.Reasons, r => r.RuleId == "R-REHAB-CUT-DISTANCE");
    }

    [Fact]
    public void For_ReducedInPhase4_CutsTheMinutes()
    {
        var days = ToProgressiveReturn();
        days.AddRange([Run(29, during: 3, minutes: 30), Good(30)]);

        var d = Decide(days, 31);

        Assert.Equal(Decision.RunReduced, d.Decision);
        Assert.Equal(23, d.Prescription!.DurationMinutes);
        Assert.Contains("reduced to 23 min", d.Prescription.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LoadPicture_CapsTheDistance()
    {
        var d = Decide(ToProgressiveReturn(), 31, load: Load(31, 4, 4));

        Assert.Equal(Decision.Run, d.Decision);
        Assert.Equal(4.4, d.Prescription!.DistanceKilometres);
        Assert.Contains(d.Reasons, r => r.RuleId == "R-RTR-FLAT");
        Assert.Contains(d.Reasons, r => r.RuleId == "R-RTR-NO-TEMPO");
    }

    [Fact]
    public void For_ShowsWellbeingBesidePain_WithoutDeciding()
    {
        var days = ToRunWalk();
        var tired = CheckIn.Create(Day(5), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 0, sleep: 2, fatigue: 9, stress: 9, note: "exam week");
        days[^1] = tired;

        var d = Decide(days, 6);

        Assert.Equal(Decision.Run, d.Decision);
        Assert.Equal((2, 9, 9, "exam week"), (d.Wellbeing!.Sleep, d.Wellbeing.Fatigue, d.Wellbeing.Stress, d.Wellbeing.Note));
        Assert.Contains("do not decide", d.Wellbeing.Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SerialisesTheContract()
    {
        var d = Decide(With(ToRunWalk(), Run(6, during: 3), Good(7)), 8);

        var json = JsonNode.Parse(JsonSerializer.Serialize(d, WebJson))!;

        Assert.Equal("run-reduced", (string?)json["decision"]);
        Assert.Contains(json["reasons"]!.AsArray(), r => (string?)r!["ruleId"] == "R-RUN-PFP-PAIN-2" && (string?)r["leads"] == "run-reduced");
        Assert.Equal(19, (int?)json["prescription"]!["durationMinutes"]);
        Assert.True((bool?)json["prescription"]!["flatOnly"]);
        Assert.Equal("clamshell", (string?)json["exercises"]![0]!["id"]);
        Assert.Equal("RunWalk", (string?)json["phase"]);
    }
}
