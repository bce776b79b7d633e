using Patella.Core.Assessment;
using Patella.Data;
using Patella.Data.Assessment;
using Patella.Data.Load;
using Patella.Data.Runners;

namespace Patella.Web.Assessment;

/// <summary><c>GET /api/assessments/latest</c>: the runner's latest knee assessment, recomputed from its stored answers.</summary>
/// <param name="Result">What <see cref="KneeAssessor"/> makes of the answers and of the runs up to the day they were given.</param>
public sealed record AssessmentJson(long Id, DateTime TakenUtc, DateOnly TakenLocalDate, AssessmentResult Result)
{
    /// <summary>The latest stored assessment of the runner, or null. The result is recomputed (only the answers are the record).</summary>
    /// <exception cref="AssessmentAnswersException">The stored answers are of a questionnaire this build does not know.</exception>
    /// <param name="load">The runner's load already read for a day on or after the assessment, to take the evidence from.</param>
    public static AssessmentJson? Latest(PatellaDb db, Runner runner, RunnerLoad? load = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var row = db.Assessments.AssessmentsOf(runner.Id).OrderByDescending(a => a.TakenUtc).ThenByDescending(a => a.Id).FirstOrDefault();
        if (row is null)
        {
            return null;
        }

        var taken = RunnerLoad.SettingsOf(runner).LocalDate(row.TakenUtc);
        var result = KneeAssessor.Assess(row.ToAnswers(), RunEvidence.For(db, runner, taken, load));
        return new AssessmentJson(row.Id, row.TakenUtc, taken, result);
    }
}
