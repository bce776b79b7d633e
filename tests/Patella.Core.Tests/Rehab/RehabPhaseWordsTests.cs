using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

public class RehabPhaseWordsTests
{
    [Theory]
    [InlineData(RehabPhase.ResolveBaselinePain, "Phase 1 of 4: settle the pain in daily life")]
    [InlineData(RehabPhase.PainFreeExercise, "Phase 2 of 4: pain-free exercise")]
    [InlineData(RehabPhase.RunWalk, "Phase 3 of 4: run/walk")]
    [InlineData(RehabPhase.ProgressiveReturn, "Phase 4 of 4: progressive return")]
    [InlineData(RehabPhase.Maintenance, "Maintenance: two hip sessions a week")]
    public void Title_NamesSeedCsPhaseInWords(RehabPhase phase, string title) => Assert.Equal(title, phase.Title());
}
