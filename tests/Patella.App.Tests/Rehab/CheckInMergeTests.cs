using Patella.App.Tests.Data;
using Patella.Core.Rehab;
using Patella.Data;
using Patella.Data.Rehab;
using Patella.Data.Runners;

namespace Patella.App.Tests.Rehab;

/// <summary>
/// A second check-in for a date, stored by <see cref="RehabStorage"/>: merged (the CLI's partial entry), replaced whole
/// (the web's full form and the old four-argument call), and the retry when another client stored the date first.
/// Runs on the suite's provider (SQLite, or PostgreSQL in the second pass).
/// </summary>
public sealed class CheckInMergeTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 3, 9);
    private static readonly DateTime Now = new(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-checkin-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public CheckInMergeTests() => database = new TestDatabase(folder);

    /// <summary>The evening's check-in: a run with pain, a swollen knee, exercises that hurt, a note.</summary>
    private static CheckIn Evening => CheckIn.Create(
        Day, painAtRest: 2, painDuringRun: 2, painAfterRun: 3, stairsDownPain: 1, swelling: true, exercisesDone: true,
        exercisePain: 2, rpe: 5, note: "hilly", runMinutes: 25, painfulExerciseIds: ["clamshell"]);

    /// <summary>The next morning on the CLI: only the required pain at rest and the pain on waking.</summary>
    private static CheckIn NextMorning => CheckIn.Create(Day, painAtRest: 1, painNextMorning: 2);

    [Fact]
    public void Save_KeepUnset_KeepsWhatTheLaterCheckInLeavesOut()
    {
        using var db = Open();
        RehabStorage.Save(db, Runner.LocalRunnerId, Evening, Now.AddHours(-12), CheckInMerge.KeepUnset);

        var saved = RehabStorage.Save(db, Runner.LocalRunnerId, NextMorning, Now, CheckInMerge.KeepUnset);

        Assert.True(saved.Replaced);
        Assert.Equal(
            ["PainDuringRun", "PainAfterRun", "StairsDownPain", "Swelling", "ExercisesDone", "ExercisePain", "Rpe", "Note", "RunMinutes", "PainfulExerciseIds"],
            saved.Kept);
        var c = StoredOnly();
        Assert.Equal((1, 2, 3, 2, 1, 2, 5), (c.PainAtRest.Points, c.PainDuringRun?.Points, c.PainAfterRun?.Points, c.PainNextMorning?.Points, c.StairsDownPain?.Points, c.ExercisePain?.Points, c.Rpe?.Points));
        Assert.True(c.Swelling && c.ExercisesDone);
        Assert.False(c.GivingWay || c.LimpOrChangedStride || c.Stiffness);
        Assert.Equal(("hilly", 25.0), (c.Note, c.RunMinutes));
        Assert.Equal(["clamshell"], c.PainfulExerciseIds);
        AssertSame(saved.Stored, c);
    }

    [Fact]
    public void Save_KeepUnset_ValuesTheLaterCheckInSetsReplace()
    {
        using var db = Open();
        RehabStorage.Save(db, Runner.LocalRunnerId, Evening, Now.AddHours(-12), CheckInMerge.KeepUnset);
        var later = CheckIn.Create(Day, painAtRest: 4, painDuringRun: 5, givingWay: true, exercisesDone: true, exercisePain: 0, note: "sore");

        var saved = RehabStorage.Save(db, Runner.LocalRunnerId, later, Now, CheckInMerge.KeepUnset);

        var c = StoredOnly();
        Assert.Equal((4, 5, 3, 0), (c.PainAtRest.Points, c.PainDuringRun?.Points, c.PainAfterRun?.Points, c.ExercisePain?.Points));
        Assert.True(c.GivingWay && c.Swelling);
        Assert.Equal("sore", c.Note);
        // A new exercise pain brings its own (empty) list of culprits: the evening's list does not outlive its pain.
        Assert.Empty(c.PainfulExerciseIds);
        Assert.DoesNotContain(nameof(CheckIn.PainfulExerciseIds), saved.Kept);
        Assert.DoesNotContain(nameof(CheckIn.PainDuringRun), saved.Kept);
    }

    [Fact]
    public void Save_ReplaceAll_AnExplicitNoClearsTheEarlierYes()
    {
        using var db = Open();
        RehabStorage.Save(db, Runner.LocalRunnerId, Evening, Now.AddHours(-12), CheckInMerge.KeepUnset);

        var saved = RehabStorage.Save(db, Runner.LocalRunnerId, NextMorning, Now, CheckInMerge.ReplaceAll);

        Assert.True(saved.Replaced);
        Assert.Empty(saved.Kept);
        var c = StoredOnly();
        AssertSame(NextMorning, c);
        Assert.False(c.Swelling);
        Assert.Null(c.PainDuringRun);
    }

    [Fact]
    public void Save_FourArguments_StillReplacesWhole()
    {
        using var db = Open();
        Assert.False(RehabStorage.Save(db, Runner.LocalRunnerId, Evening, Now.AddHours(-12)));

        Assert.True(RehabStorage.Save(db, Runner.LocalRunnerId, NextMorning, Now));

        AssertSame(NextMorning, StoredOnly());
    }

    [Fact]
    public void Save_First_KeepsNothingAndReplacesNothing()
    {
        using var db = Open();

        var saved = RehabStorage.Save(db, Runner.LocalRunnerId, NextMorning, Now, CheckInMerge.KeepUnset);

        Assert.False(saved.Replaced);
        Assert.Empty(saved.Kept);
        AssertSame(NextMorning, StoredOnly());
    }

    /// <summary>
    /// Another client stores the date after our read and before our insert: the insert hits the unique index, and the
    /// retry reads that row and meets it as asked.
    /// </summary>
    [Theory]
    [InlineData(CheckInMerge.KeepUnset, true)]
    [InlineData(CheckInMerge.ReplaceAll, false)]
    public void Save_AnotherClientStoredTheDateFirst_RetriesAgainstItsRow(CheckInMerge merge, bool swellingKept)
    {
        using var db = Open();
        var raced = false;
        db.SavingChanges += (_, _) =>
        {
            if (!raced)
            {
                raced = true;
                using var other = database.Open(migrate: false);
                RehabStorage.Save(other, Runner.LocalRunnerId, Evening, Now.AddMinutes(-1));
            }
        };

        var saved = RehabStorage.Save(db, Runner.LocalRunnerId, NextMorning, Now, merge);

        Assert.True(raced);
        Assert.True(saved.Replaced);
        var c = StoredOnly();
        Assert.Equal((1, 2), (c.PainAtRest.Points, c.PainNextMorning?.Points));
        Assert.Equal(swellingKept, c.Swelling);
        Assert.Equal(swellingKept ? 2 : null, c.PainDuringRun?.Points);
    }

    // Records compare lists by reference: the list is compared by its items, the rest by the record's equality.
    private static void AssertSame(CheckIn expected, CheckIn actual)
    {
        Assert.Equal(expected.PainfulExerciseIds, actual.PainfulExerciseIds);
        Assert.Equal(expected with { PainfulExerciseIds = actual.PainfulExerciseIds }, actual);
    }

    private PatellaDb Open()
    {
        var db = database.Open();
        RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        return db;
    }

    private CheckIn StoredOnly()
    {
        using var db = database.Open(migrate: false);
        return Assert.Single(db.CheckIns.CheckInsOf(Runner.LocalRunnerId).ToList()).ToDomain();
    }

    public void Dispose()
    {
        database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
