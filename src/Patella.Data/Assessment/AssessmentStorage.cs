using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;

namespace Patella.Data.Assessment;

/// <summary>Stores knee assessments and Kujala scores, and reads a runner's history of them.</summary>
public static class AssessmentStorage
{
    /// <summary>Stores one assessment (one row, one SaveChanges: all or nothing).</summary>
    /// <param name="answers">The answers assessed; written with <see cref="AnswerSetJson.Write"/>.</param>
    /// <param name="result">What the assessor made of them; only the queryable fields are kept.</param>
    /// <param name="takenUtc">When the runner answered, UTC.</param>
    /// <exception cref="AssessmentAnswersException">The answers do not fit their questionnaire.</exception>
    public static StoredAssessment Store(PatellaDb db, long runnerId, AnswerSet answers, AssessmentResult result, DateTime takenUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        var row = new StoredAssessment
        {
            RunnerId = runnerId,
            TakenUtc = takenUtc,
            QuestionnaireVersion = answers.QuestionnaireVersion,
            AnswersJson = AnswerSetJson.Write(answers, QuestionnaireOf(answers.QuestionnaireVersion)),
            ReferralNeeded = result.ReferralNeeded,
            ReferralUrgency = result.ReferralUrgency,
            LikelyCondition = result.LikelyCondition,
            Stage = result.Stage?.Stage,
        };
        db.Assessments.Add(row);
        db.SaveChanges();
        return row;
    }

    /// <summary>Stores one scored Kujala response; earlier scores, the same date included, are kept.</summary>
    public static StoredKujalaScore Store(PatellaDb db, long runnerId, KujalaScore score, DateTime recordedUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(score);
        var response = new KujalaResponse(score.Version, score.Date, score.Items.ToDictionary(i => i.ItemId, i => i.Code, StringComparer.Ordinal));
        var row = new StoredKujalaScore
        {
            RunnerId = runnerId,
            ScoreDate = score.Date,
            Version = score.Version,
            ResponseJson = KujalaResponseJson.Write(response),
            TotalPoints = score.Total,
            RecordedUtc = recordedUtc,
        };
        db.KujalaScores.Add(row);
        db.SaveChanges();
        return row;
    }

    /// <summary>The runner's assessments, oldest first.</summary>
    public static IQueryable<StoredAssessment> AssessmentsOf(this IQueryable<StoredAssessment> rows, long runnerId) =>
        rows.AsNoTracking().Where(a => a.RunnerId == runnerId).OrderBy(a => a.TakenUtc).ThenBy(a => a.Id);

    /// <summary>The runner's Kujala scores, oldest first; on one date, in the order they were stored.</summary>
    public static IQueryable<StoredKujalaScore> KujalaScoresOf(this IQueryable<StoredKujalaScore> rows, long runnerId) =>
        rows.AsNoTracking().Where(k => k.RunnerId == runnerId).OrderBy(k => k.ScoreDate).ThenBy(k => k.Id);

    /// <summary>The stored answers, read back against their own questionnaire version.</summary>
    /// <exception cref="AssessmentAnswersException">The version is one this build does not know.</exception>
    public static AnswerSet ToAnswers(this StoredAssessment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return AnswerSetJson.Read(row.AnswersJson, QuestionnaireOf(row.QuestionnaireVersion));
    }

    /// <summary>The stored response, scored again from its items.</summary>
    /// <exception cref="AssessmentAnswersException">The stored table version is one this build does not score.</exception>
    public static KujalaScore ToScore(this StoredKujalaScore row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return KujalaScore.From(KujalaResponseJson.Read(row.ResponseJson));
    }

    // One version so far; a knee-v2 is added here beside knee-v1, and old rows keep reading with v1.
    private static Questionnaire QuestionnaireOf(string version) =>
        version == KneeQuestionnaire.Version
            ? KneeQuestionnaire.V1
            : throw new AssessmentAnswersException(null, $"Questionnaire '{version}' is not one this version of Patella knows.");
}
