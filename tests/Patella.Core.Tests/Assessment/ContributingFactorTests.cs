using Patella.Core.Assessment;
using Patella.Core.Measures;

namespace Patella.Core.Tests.Assessment;

public class ContributingFactorTests
{
    private static readonly DateOnly Monday = new(2025, 3, 10);

    private static IReadOnlyList<ContributingFactor> Factors(TrainingEvidence runs, string answers = "painLocation=aroundKneecap") =>
        KneeAssessor.Assess(VignetteAnswers.Parse(answers), runs).Factors;

    private static ContributingFactor? Find(IReadOnlyList<ContributingFactor> factors, string ruleId) => factors.SingleOrDefault(f => f.RuleId == ruleId);

    [Theory]
    [InlineData(30, 33, false)] // exactly +10%: within the rule
    [InlineData(30, 33.5, true)]
    [InlineData(32, 42, true)]
    [InlineData(40, 30, false)]
    [InlineData(0, 20, false)] // no base week: no percentage to judge
    public void MileageJump_FiresAboveTenPercent(double lastWeekKm, double thisWeekKm, bool fires)
    {
        var runs = new TrainingEvidence { WeeklyDistance = new(Monday, Distance.FromKilometres(thisWeekKm), Distance.FromKilometres(lastWeekKm)) };

        Assert.Equal(fires, Find(Factors(runs), "R-FACTOR-MILEAGE-JUMP") is not null);
    }

    [Theory]
    [InlineData(20, 22, null)]
    [InlineData(20, 24, "small spike")]
    [InlineData(20, 26, "small spike")] // exactly +30%: still the >10-30% band
    [InlineData(20, 30, "moderate spike")]
    [InlineData(10, 21, "large spike")]
    public void RunSpike_BandsFollowFrandsen2025(double longestKm, double runKm, string? band)
    {
        var runs = new TrainingEvidence { RunSpike = new(Monday, Distance.FromKilometres(runKm), Distance.FromKilometres(longestKm)) };

        var factor = Find(Factors(runs), "R-FACTOR-RUN-SPIKE");

        Assert.Equal(band is not null, factor is not null);
        if (band is not null)
        {
            Assert.Contains(band, factor!.Evidence[0], StringComparison.Ordinal);
            Assert.Contains("2025-03-10", factor.Evidence[0], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(599, false)]
    [InlineData(600, true)]
    [InlineData(801, true)]
    public void WornShoes_FromThe600To800KmWindow(double km, bool fires)
    {
        var factor = Find(Factors(new TrainingEvidence { Shoe = new("Pegasus", Distance.FromKilometres(km)) }), "R-FACTOR-WORN-SHOES");

        Assert.Equal(fires, factor is not null);
        if (km > 800)
        {
            Assert.Contains("past the 600-800 km", factor!.Evidence[0], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1.5, 1.8, false)] // +20% but below the 2 km floor
    [InlineData(2, 2.5, true)]
    [InlineData(10, 11, false)]
    [InlineData(10, 11.5, true)]
    public void Downhill_BlockAboveTenPercentAndTwoKm(double lastKm, double thisKm, bool fires)
    {
        var d = new DownhillChange(Monday, Distance.FromKilometres(thisKm), Distance.FromKilometres(lastKm), 600, 300);

        Assert.Equal(fires, Find(Factors(new TrainingEvidence { Downhill = d }), "R-FACTOR-DOWNHILL") is not null);
    }

    [Theory]
    [InlineData(155, 2.8, true)]
    [InlineData(165, 2.8, false)]
    [InlineData(150, 2.2, false)] // slow: cadence is not judged
    public void LowCadence_JudgedOnlyAtRunningSpeed(double spm, double metresPerSecond, bool fires)
    {
        var c = new CadenceAtSpeed(Monday.AddDays(-27), Monday, Cadence.FromStepsPerMinute(spm), Speed.FromMetresPerSecond(metresPerSecond));

        var factor = Find(Factors(new TrainingEvidence { Cadence = c }), "R-FACTOR-LOW-CADENCE");

        Assert.Equal(fires, factor is not null);
        if (fires)
        {
            Assert.Contains("target 163-171 spm", factor!.Evidence[0], StringComparison.Ordinal); // 155 × 1.05 … 1.10
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void NoRestDays_FiresOnlyWithNone(int restDays, bool fires)
    {
        var runs = new TrainingEvidence { RestDaysInLast14Days = restDays, RestDaysCountedTo = Monday };

        Assert.Equal(fires, Find(Factors(runs), "R-FACTOR-NO-REST-DAYS") is not null);
    }

    [Theory]
    [InlineData("trainingChanges=speedWork", "R-FACTOR-SPEED-WORK")]
    [InlineData("trainingChanges=newShoes", "R-FACTOR-SHOE-CHANGE")]
    [InlineData("trainingChanges=surface", "R-FACTOR-SURFACE")]
    [InlineData("trainingChanges=downhill", "R-FACTOR-DOWNHILL")]
    [InlineData("knownStiffness=hip,ankle", "R-FACTOR-MOBILITY")]
    [InlineData("footPosture=flat", "R-FACTOR-PRONATION")]
    [InlineData("kneeDropsInward=yes", "R-FACTOR-HIP-CONTROL")]
    public void AnswerFactors_ComeFromTheAnswers(string answers, string ruleId)
    {
        var factors = Factors(new TrainingEvidence(), answers);

        Assert.Equal(FactorSource.Answers, Assert.Single(factors).Source);
        Assert.Equal(ruleId, factors[0].RuleId);
    }

    [Fact]
    public void MileageJump_SaidAndSeen_IsFromBoth()
    {
        var runs = new TrainingEvidence { WeeklyDistance = new(Monday, Distance.FromKilometres(40), Distance.FromKilometres(30)) };

        var factor = Find(Factors(runs, "trainingChanges=mileage"), "R-FACTOR-MILEAGE-JUMP")!;

        Assert.Equal(FactorSource.AnswersAndRuns, factor.Source);
        Assert.Equal(["reported in the assessment", "week of 2025-03-10: 40.0 km vs 30.0 km the week before (+33%, more than 10%)"], factor.Evidence);
    }

    [Fact]
    public void NoEvidenceNoAnswers_NoFactors()
    {
        Assert.Empty(Factors(new TrainingEvidence(), "trainingChanges=; kneeDropsInward=no"));
    }
}
