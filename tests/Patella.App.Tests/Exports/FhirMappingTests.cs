using Patella.Data.Assessment;
using Patella.Data.Exports;
using Patella.Data.Rehab;

namespace Patella.App.Tests.Exports;

/// <summary>The pure parts of the FHIR export: stored rows to observations, and the name-based UUIDs.</summary>
public sealed partial class FhirMappingTests
{
    private static readonly DateTime Recorded = new(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, null, null, null, null, "at-rest")]
    [InlineData(4, null, null, null, null, "at-rest during-run")]
    [InlineData(4, 5, 3, 2, 0, "at-rest during-run after-run next-morning stairs-down during-exercises")]
    [InlineData(null, null, 3, null, 1, "at-rest next-morning during-exercises")]
    public void CheckIn_GivesOnePainPerRatingGiven_InOrder(int? duringRun, int? afterRun, int? nextMorning, int? stairs, int? exercise, string expected)
    {
        var row = new StoredCheckIn
        {
            Id = 7, Date = new DateOnly(2026, 3, 17), PainAtRest = 1, PainDuringRun = duringRun, PainAfterRun = afterRun,
            PainNextMorning = nextMorning, StairsDownPain = stairs, ExercisePain = exercise, RecordedUtc = Recorded,
        };

        var pains = FhirObservations.Of(row).Where(o => o.Score is not null).ToList();

        Assert.Equal(expected.Split(' '), pains.Select(p => p.Codes[1].Code));
        Assert.All(pains, p => Assert.Equal((FhirCodes.PainSeverity, FhirCodes.PainContext), (p.Codes[0], p.Codes[1].System)));
        Assert.All(pains, p => Assert.Equal((7L, new DateOnly(2026, 3, 17), (bool?)null), (p.RowId, p.Effective, p.Present)));
    }

    [Theory]
    [InlineData(false, false, false, "")]
    [InlineData(true, false, false, "swelling:R-RF-SWELLING")]
    [InlineData(false, true, false, "limp-or-changed-stride:R-RUN-STOP-LIMP")]
    [InlineData(false, false, true, "giving-way:R-RF-GIVING-WAY")]
    public void CheckIn_GivesAllThreeAnswers_WithANoteNamingTheRuleOnlyWhenLogged(bool swelling, bool limp, bool givingWay, string noted)
    {
        var row = new StoredCheckIn { Id = 3, Date = new DateOnly(2026, 3, 17), Swelling = swelling, LimpOrChangedStride = limp, GivingWay = givingWay, RecordedUtc = Recorded };

        var answers = FhirObservations.Of(row).Where(o => o.Present is not null).ToList();

        Assert.Equal(["swelling", "limp-or-changed-stride", "giving-way"], answers.Select(a => a.Kind));
        Assert.Equal([swelling, limp, givingWay], answers.Select(a => a.Present!.Value));
        Assert.Equal(noted, string.Join(",", answers.Where(a => a.Note is not null).Select(a => a.Kind + ":" + RuleId().Match(a.Note!).Value)));
        Assert.Equal(
            ["R-RF-SWELLING", "R-RUN-STOP-LIMP", "R-RF-GIVING-WAY"],
            answers.Select(a => RuleId().Match(a.Text).Value));
    }

    [Theory]
    [InlineData("v1", "Patella item table version v1.")]
    [InlineData("", null)]
    public void Kujala_GivesItsTotal_AndNamesTheTableVersionWhenKnown(string version, string? note)
    {
        var row = new StoredKujalaScore { Id = 5, ScoreDate = new DateOnly(2026, 3, 1), Version = version, TotalPoints = 73, RecordedUtc = Recorded };

        var o = FhirObservations.Of(row);

        Assert.Equal((73, FhirCodes.Kujala, note, "kujala"), (o.Score, Assert.Single(o.Codes), o.Note, o.Kind));
    }

    [Theory]
    [InlineData(1, "patient", 1, 1, "patient", 1, true)]
    [InlineData(1, "patient", 1, 2, "patient", 1, false)]
    [InlineData(1, "pain-at-rest", 1, 1, "pain-after-run", 1, false)]
    [InlineData(1, "pain-at-rest", 1, 1, "pain-at-rest", 2, false)]
    public void Ids_AreTheSameExactlyForTheSameName(long runner1, string kind1, long row1, long runner2, string kind2, long row2, bool same)
    {
        var a = FhirIds.For(runner1, Recorded, kind1, row1);
        var b = FhirIds.For(runner2, Recorded, kind2, row2);

        Assert.Equal(same, a == b);
    }

    [Fact]
    public void Ids_AreVersion8RfcVariant_AndDependOnTheRunnersCreationSecond()
    {
        var id = FhirIds.For(1, Recorded, "patient", 1);
        var url = FhirIds.Url(id);

        Assert.StartsWith("urn:uuid:", url, StringComparison.Ordinal);
        Assert.Equal('8', url["urn:uuid:".Length + 14]);
        Assert.Contains(url["urn:uuid:".Length + 19], "89ab");
        Assert.NotEqual(id, FhirIds.For(1, Recorded.AddSeconds(1), "patient", 1));
        Assert.Equal(id, FhirIds.For(1, Recorded.AddMilliseconds(400), "patient", 1));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"R-[A-Z0-9-]+[A-Z0-9]")]
    private static partial System.Text.RegularExpressions.Regex RuleId();
}
