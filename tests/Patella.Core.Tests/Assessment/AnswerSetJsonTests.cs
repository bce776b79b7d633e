using Patella.Core.Assessment;

namespace Patella.Core.Tests.Assessment;

public class AnswerSetJsonTests
{
    private static string File(string answers, string version = "knee-v1") =>
        $$"""{ "questionnaire": "{{version}}", "answers": { {{answers}} } }""";

    [Theory]
    [InlineData("\"painSomewhere\": true", "painSomewhere", "Unknown question 'painSomewhere'")]
    [InlineData("\"weeksSinceOnset\": 2000", "weeksSinceOnset", "out of range 0-1040 weeks")]
    [InlineData("\"ageYears\": 3", "ageYears", "out of range 5-110 years")]
    [InlineData("\"ageYears\": 32.5", "ageYears", "whole number of years")]
    [InlineData("\"givingWay\": \"yes\"", "givingWay", "true, false or \"unknown\"")]
    [InlineData("\"side\": \"middle\"", "side", "'middle' is not an allowed value")]
    [InlineData("\"side\": [\"left\"]", "side", "one of left, right, both")]
    [InlineData("\"painTriggers\": \"downhill\"", "painTriggers", "a list of downhill")]
    [InlineData("\"painTriggers\": [\"downhill\", \"downhill\"]", "painTriggers", "lists a value twice")]
    [InlineData("\"painTriggers\": [\"cycling\"]", "painTriggers", "'cycling' is not an allowed value")]
    [InlineData("\"painTriggers\": [3]", "painTriggers", "needs a list of codes")]
    public void Read_BadAnswer_NamesTheQuestion(string answers, string question, string fragment)
    {
        var e = Assert.Throws<AssessmentAnswersException>(() => AnswerSetJson.Read(File(answers), KneeQuestionnaire.V1));

        Assert.Equal(question, e.QuestionId);
        Assert.Contains(question, e.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "questionnaire": "knee-v0", "answers": {} }""", "'knee-v0', but 'knee-v1' was expected")]
    [InlineData("""{ "answers": {} }""", "needs a 'questionnaire' version")]
    [InlineData("""{ "questionnaire": "knee-v1" }""", "needs an 'answers' object")]
    [InlineData("""{ "questionnaire": "knee-v1", "answers": {}, "extra": 1 }""", "Unexpected property 'extra'")]
    [InlineData("""{ "questionnaire": "knee-v1", "answers": { """, "not valid JSON")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    public void Read_BadFile_SaysWhatIsWrong(string json, string fragment)
    {
        var e = Assert.Throws<AssessmentAnswersException>(() => AnswerSetJson.Read(json, KneeQuestionnaire.V1));

        Assert.Null(e.QuestionId);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownAndNull_AreUnknownAndLeftOutIsMissing()
    {
        var set = AnswerSetJson.Read(File("\"givingWay\": \"unknown\", \"ageYears\": null"), KneeQuestionnaire.V1);
        var result = KneeAssessor.Assess(set);

        Assert.True(set.Answers["givingWay"].IsUnknown);
        Assert.True(set.Answers["ageYears"].IsUnknown);
        Assert.Equal(["givingWay", "ageYears"], result.UnknownAnswers.OrderByDescending(x => x == "givingWay"));
        Assert.Equal(KneeQuestionnaire.V1.Questions.Count - 2, result.MissingAnswers.Count);
        Assert.Contains("26 questions were not answered", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameAnswers()
    {
        var original = VignetteAnswers.Parse(VignetteAnswers.SeedRunner + "; footPosture=unknown");

        var again = AnswerSetJson.Read(AnswerSetJson.Write(original, KneeQuestionnaire.V1), KneeQuestionnaire.V1);

        Assert.Equal(original.QuestionnaireVersion, again.QuestionnaireVersion);
        Assert.Equal(original.Answers.Keys, again.Answers.Keys);
        foreach (var (id, answer) in original.Answers)
        {
            Assert.Equal(answer.IsUnknown, again.Answers[id].IsUnknown);
            Assert.Equal(answer.Flag, again.Answers[id].Flag);
            Assert.Equal(answer.Number, again.Answers[id].Number);
            Assert.Equal(answer.Codes, again.Answers[id].Codes);
        }
    }

    [Fact]
    public void Assess_AnswersBuiltInCode_AreValidatedToo()
    {
        var set = new AnswerSet("knee-v1", new Dictionary<string, Answer> { ["ageYears"] = Answer.Yes });

        var e = Assert.Throws<AssessmentAnswersException>(() => KneeAssessor.Assess(set));

        Assert.Equal("ageYears", e.QuestionId);
    }

    [Fact]
    public void Questionnaire_IdsAndCodes_AreUniqueAndTyped()
    {
        var questions = KneeQuestionnaire.V1.Questions;

        Assert.Equal("knee-v1", KneeQuestionnaire.V1.Version);
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(questions, q => Assert.Equal(q.Choices.Count, q.Choices.Select(c => c.Code).Distinct().Count()));
        Assert.All(questions.Where(q => q.Type is AnswerType.SingleChoice or AnswerType.MultipleChoice), q => Assert.NotEmpty(q.Choices));
        Assert.All(questions.Where(q => q.Type == AnswerType.WholeNumber), q => Assert.NotNull(q.Unit));
    }
}
