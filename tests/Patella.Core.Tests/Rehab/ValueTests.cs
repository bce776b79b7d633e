using System.Text.Json;
using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

public class ValueTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(10)]
    public void PainScore_AcceptsZeroToTen(int points) => Assert.Equal(points, PainScore.FromPoints(points).Points);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void PainScore_RejectsOutsideZeroToTen(int points) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PainScore.FromPoints(points));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Rating_RejectsOutsideZeroToTen(int points) => Assert.Throws<ArgumentOutOfRangeException>(() => Rating.FromPoints(points));

    [Fact]
    public void PainScore_DefaultIsNoPain_AndComparesByPoints()
    {
        Assert.True(default(PainScore).IsPainFree);
        Assert.True(PainScore.FromPoints(3) > PainScore.FromPoints(2));
        Assert.False(PainScore.FromPoints(2) > PainScore.FromPoints(2));
        Assert.True(PainScore.FromPoints(2) >= PainScore.FromPoints(2));
        Assert.Equal("3/10", PainScore.FromPoints(3).ToString());
    }

    [Fact]
    public void PainScore_SerialisesAsANumber_AndRejectsOutOfRangeJson()
    {
        Assert.Equal("4", JsonSerializer.Serialize(PainScore.FromPoints(4)));
        Assert.Equal(7, JsonSerializer.Deserialize<PainScore>("7").Points);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PainScore>("12"));
    }

    [Theory]
    [InlineData(11, null, null, false, null)]
    [InlineData(0, 11, null, false, null)]
    [InlineData(0, null, null, false, 11)]
    public void CheckIn_Create_RejectsScoresOutsideZeroToTen(int rest, int? during, int? morning, bool exercises, int? sleep) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckIn.Create(RehabTestData.Start, rest, during, painNextMorning: morning, exercisesDone: exercises, sleep: sleep));

    [Fact]
    public void CheckIn_Create_RejectsRunDetailsWithoutARun_AndExercisePainWithoutExercises()
    {
        Assert.Throws<ArgumentException>(() => CheckIn.Create(RehabTestData.Start, 0, painAfterRun: 1));
        Assert.Throws<ArgumentException>(() => CheckIn.Create(RehabTestData.Start, 0, runMinutes: 20));
        Assert.Throws<ArgumentException>(() => CheckIn.Create(RehabTestData.Start, 0, exercisePain: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckIn.Create(RehabTestData.Start, 0, 1, runMinutes: -5));
    }

    [Fact]
    public void CheckIn_Create_KeepsEveryField()
    {
        var c = CheckIn.Create(RehabTestData.Start, 1, 2, 1, 0, 3, swelling: true, limpOrChangedStride: true, givingWay: true, exercisesDone: true,
            exercisePain: 2, rpe: 4, sleep: 6, fatigue: 7, stress: 8, note: "hilly", runMinutes: 25, stiffness: true, painfulExerciseIds: ["wall-sit-60"]);

        Assert.Equal((1, 2, 1, 0, 3), (c.PainAtRest.Points, c.PainDuringRun!.Value.Points, c.PainAfterRun!.Value.Points, c.PainNextMorning!.Value.Points, c.StairsDownPain!.Value.Points));
        Assert.True(c.Swelling && c.LimpOrChangedStride && c.GivingWay && c.ExercisesDone && c.Stiffness && c.Ran && c.HasRedFlag);
        Assert.Equal((2, 4, 6, 7, 8), (c.ExercisePain!.Value.Points, c.Rpe!.Value.Points, c.Sleep!.Value.Points, c.Fatigue!.Value.Points, c.Stress!.Value.Points));
        Assert.Equal(("hilly", 25.0), (c.Note, c.RunMinutes));
        Assert.Equal(["wall-sit-60"], c.PainfulExerciseIds);
    }
}
