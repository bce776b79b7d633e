using Patella.Cli.Assessment;
using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;

namespace Patella.App.Tests.Assessment;

public sealed class PromptTests
{
    // More presses than any question has choices: the cursor stops on the last one ("Don't know", or a Kujala item's worst).
    private const int ToLast = 12;

    [Fact]
    public void KneePrompts_EveryQuestionAnsweredDontKnow_GivesAllUnknown()
    {
        var console = new ScriptedConsole();
        foreach (var question in KneeQuestionnaire.V1.Questions)
        {
            _ = question.Type switch
            {
                AnswerType.WholeNumber => console.Type(""),
                AnswerType.MultipleChoice => console.Press(ConsoleKey.DownArrow, ToLast).Press(ConsoleKey.Spacebar).Press(ConsoleKey.Enter),
                _ => console.Press(ConsoleKey.DownArrow, ToLast).Press(ConsoleKey.Enter),
            };
        }

        var answers = KneePrompts.Ask(console, KneeQuestionnaire.V1);

        Assert.Equal(0, console.KeysLeft);
        Assert.Equal(KneeQuestionnaire.V1.Questions.Select(q => q.Id), answers.Answers.Keys);
        Assert.All(answers.Answers.Values, a => Assert.True(a.IsUnknown));
        var result = KneeAssessor.Assess(answers);
        Assert.Equal(KneeQuestionnaire.V1.Questions.Count, result.UnknownAnswers.Count);
    }

    [Fact]
    public void KneePrompts_FirstChoicesAndANumberOutOfRange_AsksAgainAndKeepsTheValidAnswer()
    {
        var console = new ScriptedConsole();
        foreach (var question in KneeQuestionnaire.V1.Questions)
        {
            _ = question.Type switch
            {
                AnswerType.WholeNumber => console.Type("2000").Type("12"),
                AnswerType.MultipleChoice => console.Press(ConsoleKey.Spacebar).Press(ConsoleKey.Enter),
                _ => console.Press(ConsoleKey.Enter),
            };
        }

        var answers = KneePrompts.Ask(console, KneeQuestionnaire.V1);

        Assert.Equal(0, console.KeysLeft);
        KneeQuestionnaire.V1.Validate(answers);
        foreach (var question in KneeQuestionnaire.V1.Questions)
        {
            var answer = answers.Answers[question.Id];
            switch (question.Type)
            {
                case AnswerType.YesNo: Assert.True(answer.Flag); break;
                case AnswerType.WholeNumber: Assert.Equal(12, answer.Number); break;
                default: Assert.Equal([question.Choices[0].Code], answer.Codes); break;
            }
        }

        Assert.Contains("A whole number from 0 to 1040", console.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KneePrompts_NothingMarkedOnAMultipleChoice_MeansNoneOfThese()
    {
        var console = new ScriptedConsole();
        foreach (var question in KneeQuestionnaire.V1.Questions)
        {
            _ = question.Type == AnswerType.WholeNumber ? console.Type("") : console.Press(ConsoleKey.Enter);
        }

        var answers = KneePrompts.Ask(console, KneeQuestionnaire.V1);

        var triggers = answers.Answers[KneeQuestions.PainTriggers];
        Assert.False(triggers.IsUnknown);
        Assert.Empty(triggers.Codes);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(ToLast, 0)]
    public void KujalaPrompts_AllFirstOrAllLastOptions_ScoreBestOrWorst(int downPresses, int total)
    {
        var console = new ScriptedConsole();
        foreach (var _ in KujalaQuestionnaire.Items)
        {
            console.Press(ConsoleKey.DownArrow, downPresses).Press(ConsoleKey.Enter);
        }

        var response = KujalaPrompts.Ask(console, new DateOnly(2025, 3, 1));

        Assert.Equal(0, console.KeysLeft);
        var score = KujalaScore.From(response);
        Assert.Equal((new DateOnly(2025, 3, 1), total), (score.Date, score.Total));
    }
}
