namespace Patella.Core.Assessment;

/// <summary>
/// The remote knee assessment of issue #4: red flags, ranked conditions, PFPS stage, contributing
/// factors, a summary and the disclaimer. Pure: the same answers and evidence give the same result.
/// </summary>
public static class KneeAssessor
{
    /// <summary>Assesses a <c>knee-v1</c> answer set.</summary>
    /// <param name="answers">The runner's answers; missing and unknown answers are allowed and reported.</param>
    /// <param name="runs">Facts from the runner's imported runs, or null when there are none.</param>
    /// <exception cref="AssessmentAnswersException">The answers do not fit <c>knee-v1</c> (the message names the question).</exception>
    public static AssessmentResult Assess(AnswerSet answers, TrainingEvidence? runs = null)
    {
        var questionnaire = KneeQuestionnaire.V1;
        questionnaire.Validate(answers);
        var a = new KneeAnswers(answers);

        var redFlags = RedFlagRules.Find(a);
        var conditions = ConditionScoring.Rank(a);
        var pfps = conditions.First(c => c.Condition == KneeCondition.Pfps);

        // Red flags override everything downstream: a stage carries a self-management timeline, so none is given.
        var stage = redFlags.Count == 0 && pfps.Rank == 1 && pfps.Likelihood != Likelihood.Unlikely ? PfpsStaging.Stage(a) : null;
        var factors = ContributingFactors.Find(a, runs);
        var missing = a.Missing(questionnaire);
        var unknown = a.Unknown(questionnaire);
        var summary = AssessmentSummary.Write(redFlags, conditions, stage, factors, missing.Count + unknown.Count);
        return new AssessmentResult(answers.QuestionnaireVersion, redFlags, conditions, stage, factors, missing, unknown, summary,
            AssessmentSummary.Disclaimer);
    }
}
