using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Clinic;
using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;
using Patella.Core.Measures;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Data.Assessment;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Import;
using Patella.Import.Sources;
using Patella.Tests;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Data;

/// <summary>
/// Every write to a runner's data gives that runner a new <see cref="Patella.Data.Runners.Runner.StateVersion"/> (the key
/// the web instances cache a runner's day under) and leaves other runners' stamps alone.
/// </summary>
public sealed class RunnerStampTests : IDisposable
{
    private static readonly DateTime Now = ClinicWorld.Now;
    private static readonly DateOnly Today = ClinicWorld.Today;
    private readonly ClinicWorld world = new();

    public static TheoryData<string> Writes => new()
    {
        "check-in", "clearance", "shoe", "import", "note", "adjustment", "race set", "race cleared", "exercise tick",
        "assessment", "kujala", "settings", "rehab start",
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Stamp_ChangesWithTheWrite_ForThatRunnerOnly(string write)
    {
        if (write == "race cleared")
        {
            RaceGoalStorage.Set(world.Db, world.A.RunnerId, new RaceGoal(Today.AddDays(90), Distance.FromKilometres(21.1)), Now);
        }

        var (a, b) = (StampOf(world.A), StampOf(world.B));

        Write(write);

        Assert.NotEqual(a, StampOf(world.A));
        Assert.Equal(b, StampOf(world.B));
    }

    [Fact]
    public void Stamp_LeavesNoStandInRunnerTracked()
    {
        RehabStorage.Save(world.Db, world.A.RunnerId, CheckIn.Create(Today, 1), Now);

        // A tracked stand-in (no profile) would shadow the real row for the rest of the context's life.
        Assert.Empty(world.Db.ChangeTracker.Entries<Patella.Data.Runners.Runner>());
        Assert.Equal("Europe/Oslo", world.Db.Runners.AsTracking().Single(r => r.Id == world.A.RunnerId).TimeZone);
    }

    [Fact]
    public void Stamp_OfAnUnchangedRunner_StaysPut_WhenNothingOfTheirsIsWritten()
    {
        var before = StampOf(world.A);

        world.Db.SaveChanges();
        _ = RunnerRehab.Decide(world.Db, world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId), Today);

        Assert.Equal(before, StampOf(world.A));
    }

    private long StampOf(Account account) => world.Db.Runners.AsNoTracking().Single(r => r.Id == account.RunnerId).StateVersion;

    private void Write(string write)
    {
        var db = world.Db;
        var id = world.A.RunnerId;
        switch (write)
        {
            case "check-in":
                RehabStorage.Save(db, id, CheckIn.Create(Today, 2), Now);
                break;
            case "clearance":
                RehabStorage.Save(db, id, ClearanceRecord.StairDescent(Today, PainScore.None), Now);
                break;
            case "shoe":
                ShoeStorage.Add(db, id, new NewShoe("Road shoe"), Today, Now);
                break;
            case "import":
                using (var batch = ImportBatch.FromUpload("sloatsburg.fit", File.ReadAllBytes(SharedTestData.File("fit", "sloatsburg.fit")), ImportLimits.Default))
                {
                    ImportRun.Execute(db, id, batch, ImportLimits.Default, new FixedClock(Now));
                }

                break;
            case "note":
                Consent.Accept(db, world.Clinician.Id, Consent.CreateInvite(db, id, Now).Code, Now);
                ClinicNotes.Write(db, world.Clinician.Id, id, "Shallow step-downs.", Now);
                break;
            case "adjustment":
                Consent.Accept(db, world.Clinician.Id, Consent.CreateInvite(db, id, Now).Code, Now);
                ClinicNotes.Adjust(db, world.Clinician.Id, id, new PlanAdjustment(AdjustmentKind.RemoveExercise, "x", Today, "sore", ExerciseId: "plank"), Now);
                break;
            case "race set":
                RaceGoalStorage.Set(db, id, new RaceGoal(Today.AddDays(60), Distance.FromKilometres(10)), Now);
                break;
            case "race cleared":
                Assert.True(RaceGoalStorage.Clear(db, id));
                break;
            case "exercise tick":
                ExerciseTicks.Set(db, id, Today, "clamshell", true, Now);
                break;
            case "assessment":
                var answers = AnswerSetJson.Read(Assessment.AnswerFiles.SeedRunner, KneeQuestionnaire.V1);
                AssessmentStorage.Store(db, id, answers, KneeAssessor.Assess(answers), Now);
                break;
            case "kujala":
                var kujala = new KujalaResponse(KujalaQuestionnaire.Version, Today, KujalaQuestionnaire.Items.ToDictionary(i => i.Id, i => i.Options[0].Code));
                AssessmentStorage.Store(db, id, KujalaScore.From(kujala), Now);
                break;
            case "settings":
                db.Runners.AsTracking().Single(r => r.Id == id).Units = "mi";
                db.SaveChanges();
                break;
            case "rehab start":
                RehabStorage.SetStart(db, id, Today.AddDays(-3), Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write, "no such write in this test");
        }
    }

    public void Dispose() => world.Dispose();
}
