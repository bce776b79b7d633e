using System.Text.Json;
using System.Text.Json.Nodes;
using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

public class ExerciseCatalogueTests
{
    private static readonly ExerciseCatalogue Catalogue = ExerciseCatalogue.Default;

    // Issue #7's list, in its order.
    [Theory]
    [InlineData("clamshell", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("side-lying-hip-abduction", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("lateral-band-walk", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("single-leg-glute-bridge", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("glute-bridge", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("step-down", ExerciseTarget.HipAbductorsExternalRotators)]
    [InlineData("terminal-knee-extension", ExerciseTarget.QuadricepsVmo)]
    [InlineData("straight-leg-raise", ExerciseTarget.QuadricepsVmo)]
    [InlineData("wall-sit-60", ExerciseTarget.QuadricepsVmo)]
    [InlineData("spanish-squat", ExerciseTarget.QuadricepsVmo)]
    [InlineData("slow-step-up", ExerciseTarget.QuadricepsVmo)]
    [InlineData("short-foot", ExerciseTarget.Foot)]
    [InlineData("single-leg-balance-floor", ExerciseTarget.Balance)]
    [InlineData("single-leg-balance-foam", ExerciseTarget.Balance)]
    [InlineData("plank", ExerciseTarget.Core)]
    [InlineData("dead-bug", ExerciseTarget.Core)]
    [InlineData("bird-dog", ExerciseTarget.Core)]
    [InlineData("hip-flexor-stretch", ExerciseTarget.Mobility)]
    [InlineData("calf-mobility", ExerciseTarget.Mobility)]
    [InlineData("ankle-dorsiflexion", ExerciseTarget.Mobility)]
    public void Default_HoldsEveryExerciseOfTheSeeds_WithDoseCuesPhasesAndSource(string id, ExerciseTarget target)
    {
        var e = Catalogue.Get(id);

        Assert.Equal(target, e.Target);
        Assert.True(e.Dose.Sets >= 1);
        Assert.True(e.Dose.RepsMin is not null || e.Dose.HoldSecondsMin is not null);
        Assert.NotEmpty(e.Cues);
        Assert.NotEmpty(e.Phases);
        Assert.Matches("Seed|research-notes", e.Source);
    }

    [Theory]
    [InlineData("clamshell", "3 × 15-20 per side; control the return")]
    [InlineData("side-lying-hip-abduction", "3 × 15 per side; controlled tempo")]
    [InlineData("lateral-band-walk", "3 × 10-12 per side; steps each direction")]
    [InlineData("single-leg-glute-bridge", "3 × 10-12, hold 2 s per side; lower slowly")]
    [InlineData("terminal-knee-extension", "3 × 15 per side; return slowly")]
    [InlineData("straight-leg-raise", "3 × 15, hold 2 s per side; lift to 45°")]
    [InlineData("wall-sit-60", "3 × 30-45 s hold; knees bent to 60°, not 90°")]
    [InlineData("short-foot", "3 × 15")]
    public void Default_DosesAreSeedCs(string id, string dose) => Assert.Equal(dose, Catalogue.Get(id).Dose.Text);

    [Fact]
    public void Default_VariationsPointAtExercisesThatPointBack()
    {
        foreach (var e in Catalogue.Exercises)
        {
            if (e.EasierId is { } easier)
            {
                Assert.NotNull(Catalogue.Find(easier));
            }

            if (e.HarderId is { } harder)
            {
                Assert.Equal(e.Id, Catalogue.Get(harder).EasierId);
            }
        }
    }

    [Theory]
    [InlineData("wall-sit-60", RehabPhase.ResolveBaselinePain)]
    [InlineData("spanish-squat", RehabPhase.ResolveBaselinePain)]
    [InlineData("spanish-squat", RehabPhase.PainFreeExercise)]
    [InlineData("single-leg-balance-foam", RehabPhase.PainFreeExercise)]
    [InlineData("step-down", RehabPhase.ResolveBaselinePain)]
    public void Default_KeepsLoadedExercisesOutOfTheAcutePhases(string id, RehabPhase phase)
    {
        Assert.False(Catalogue.Get(id).BelongsTo(phase));
        Assert.DoesNotContain(Catalogue.For(phase), e => e.Id == id);
    }

    [Fact]
    public void Default_WallSitSaysNotInTheAcutePhase_AndSessionsStartWithHipWork()
    {
        Assert.Contains(Catalogue.Get("wall-sit-60").Contraindications, c => c.Contains("acute phase", StringComparison.Ordinal));
        foreach (var phase in Enum.GetValues<RehabPhase>())
        {
            var targets = Catalogue.For(phase).Select(e => e.Target).ToList();
            Assert.Equal(ExerciseTarget.HipAbductorsExternalRotators, targets[0]);
            Assert.Equal(targets.Count(t => t == ExerciseTarget.HipAbductorsExternalRotators), targets.TakeWhile(t => t == ExerciseTarget.HipAbductorsExternalRotators).Count());
        }

        Assert.All(Catalogue.For(RehabPhase.Maintenance), e => Assert.Contains(e.Target, new[] { ExerciseTarget.HipAbductorsExternalRotators, ExerciseTarget.Mobility }));
    }

    [Fact]
    public void FromJson_ReadsWhatToJsonWrites()
    {
        var json = Catalogue.ToJson();
        var read = ExerciseCatalogue.FromJson(json);

        Assert.Equal(Catalogue.Exercises.Select(e => e.Id), read.Exercises.Select(e => e.Id));
        Assert.Equal(Catalogue.Get("clamshell").Dose, read.Get("clamshell").Dose);
        Assert.Equal(Catalogue.Get("wall-sit-60").Phases, read.Get("wall-sit-60").Phases);
        Assert.Equal("HipAbductorsExternalRotators", (string?)JsonNode.Parse(json)![0]!["target"]);
    }

    [Fact]
    public void FromJson_ExtendsTheDefault_AndReplacesBySameId()
    {
        var extension = """
            [{"id":"copenhagen-plank","name":"Copenhagen plank","target":"HipAbductorsExternalRotators",
              "dose":{"sets":3,"holdSecondsMin":10,"holdSecondsMax":20,"perSide":true},
              "cues":["Top leg on a bench"],"phases":["ProgressiveReturn","Maintenance"],"contraindications":[],
              "easierId":"side-lying-hip-abduction","loadsBentKnee":false,"source":"Clinician extension"},
             {"id":"clamshell","name":"Clamshell, heavy band","target":"HipAbductorsExternalRotators",
              "dose":{"sets":3,"repsMin":20,"repsMax":20,"perSide":true},"cues":["Heavier band"],"phases":["Maintenance"],
              "contraindications":[],"harderId":"side-lying-hip-abduction","loadsBentKnee":false,"source":"Clinician extension"}]
            """;

        var extended = ExerciseCatalogue.FromJson(extension, Catalogue);

        Assert.Equal(Catalogue.Exercises.Count + 1, extended.Exercises.Count);
        Assert.Equal("3 × 10-20 s hold per side", extended.Get("copenhagen-plank").Dose.Text);
        Assert.Equal("Clamshell, heavy band", extended.Get("clamshell").Name);
        Assert.Contains(extended.For(RehabPhase.Maintenance), e => e.Id == "copenhagen-plank");
    }

    [Theory]
    [InlineData("""{"id":"x"}""")]
    [InlineData("""[{"id":"x","name":"X","target":"Core","dose":{"sets":3},"cues":[],"phases":["RunWalk"],"contraindications":[],"source":"s"}]""")]
    [InlineData("""[{"id":"x","name":"X","target":"Core","dose":{"sets":3,"repsMin":10},"cues":[],"phases":[],"contraindications":[],"source":"s"}]""")]
    [InlineData("""[{"id":"x","name":"X","target":"Core","dose":{"sets":3,"repsMin":10},"cues":[],"phases":["RunWalk"],"contraindications":[],"easierId":"nope","source":"s"}]""")]
    [InlineData("""[{"id":"x","name":"X","target":"Core","dose":{"sets":3,"repsMin":10},"cues":[],"phases":["RunWalk"],"contraindications":[],"source":"s"},{"id":"x","name":"X","target":"Core","dose":{"sets":3,"repsMin":10},"cues":[],"phases":["RunWalk"],"contraindications":[],"source":"s"}]""")]
    [InlineData("""[{"id":"","name":"X","target":"Core","dose":{"sets":3,"repsMin":10},"cues":[],"phases":["RunWalk"],"contraindications":[],"source":"s"}]""")]
    public void FromJson_RejectsInvalidExercises(string json) => Assert.ThrowsAny<JsonException>(() => ExerciseCatalogue.FromJson(json));
}
