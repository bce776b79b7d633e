using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Assessment;
using Patella.App.Tests.Clinic;
using Patella.Core.Assessment;
using Patella.Core.Rehab;
using Patella.Data.Assessment;
using Patella.Data.Rehab;

namespace Patella.App.Tests.Rehab;

/// <summary>Where the course starts: the first evidence, so taking the assessment again never restarts the phases.</summary>
public sealed class RehabStartTests : IDisposable
{
    private readonly ClinicWorld world = new();

    private static DateOnly Today => ClinicWorld.Today;

    [Fact]
    public void TakingTheAssessmentAgain_KeepsThePhaseReached_AndTheStart()
    {
        Assess(Today.AddDays(-10));
        PainFreeCheckIns(Today.AddDays(-9), 3);
        Assert.Equal(RehabPhase.PainFreeExercise, Read().PlanOn(Today).Phase);

        Assess(Today);
        var rehab = Read();

        Assert.Equal(RehabPhase.PainFreeExercise, rehab.PlanOn(Today).Phase);
        Assert.Equal((Today.AddDays(-10), RehabStartSource.Assessment), (rehab.Start.StartedOn, rehab.StartSource));
        Assert.Equal(Today, DateOnly.FromDateTime(world.Db.Assessments.AsNoTracking().OrderBy(a => a.Id).Last().TakenUtc));
    }

    [Fact]
    public void CheckInsBeforeTheFirstAssessment_Count()
    {
        PainFreeCheckIns(Today.AddDays(-5), 3);
        Assess(Today.AddDays(-1));

        var rehab = Read();

        Assert.Equal((Today.AddDays(-5), RehabStartSource.FirstCheckIn), (rehab.Start.StartedOn, rehab.StartSource));
        Assert.Equal(RehabPhase.PainFreeExercise, rehab.PlanOn(Today).Phase);
        Assert.NotNull(rehab.Start.Assessment);
    }

    [Fact]
    public void AnAssessmentAfterTheDayAsked_IsNotTheStart()
    {
        Assess(Today.AddDays(2));

        var rehab = Read();

        Assert.Equal((Today, RehabStartSource.Today), (rehab.Start.StartedOn, rehab.StartSource));
        Assert.Null(rehab.Start.Assessment);
    }

    public void Dispose() => world.Dispose();

    private RunnerRehab Read() => RunnerRehab.Read(world.Db, world.Db.Runners.AsNoTracking().Single(r => r.Id == world.B.RunnerId), Today);

    private void Assess(DateOnly day)
    {
        var answers = AnswerSetJson.Read(AnswerFiles.SeedRunner, KneeQuestionnaire.V1);
        AssessmentStorage.Store(world.Db, world.B.RunnerId, answers, KneeAssessor.Assess(answers), day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
    }

    private void PainFreeCheckIns(DateOnly first, int days)
    {
        for (var d = 0; d < days; d++)
        {
            RehabStorage.Save(world.Db, world.B.RunnerId, CheckIn.Create(first.AddDays(d), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 0), ClinicWorld.Now);
        }
    }
}
