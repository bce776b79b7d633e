using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Core.Assessment;
using Patella.Data.Assessment;
using Patella.Data.Runners;

namespace Patella.Cli.Assessment;

/// <summary>
/// <c>patella assess [--answers FILE] [--json]</c>: the knee assessment (issue #4), from an answer
/// file or asked on the terminal; stored, then shown red flags first.
/// </summary>
public static class AssessCommand
{
    public static Command Create(GlobalOptions options)
    {
        var answers = new Option<string?>("--answers")
        {
            Description = "A knee-v1 answer file (JSON); 'patella assess template' prints one to fill in. Without it, the questions are asked on the terminal.",
        };
        var command = new Command("assess", "Assess your knee: red flags, what it may be, how far along, and why.")
        {
            answers,
            AssessTemplateCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            AnswerSet set;
            if (parsed.GetValue(answers) is { } file)
            {
                set = AnswerFile.Read(file, text => AnswerSetJson.Read(text, KneeQuestionnaire.V1));
            }
            else if (Interactive.IsAvailable(context))
            {
                set = KneePrompts.Ask(Interactive.PromptConsole(context), KneeQuestionnaire.V1);
            }
            else
            {
                return Interactive.NoAnswers(context, "assess");
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var zone = RunnerProfile.TimeZoneOf(runner);
            var now = context.Environment.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var evidence = RunEvidence.For(db, runner, today);
            var result = KneeAssessor.Assess(set, evidence);
            var stored = AssessmentStorage.Store(db, runner.Id, set, result, now.UtcDateTime);
            var view = AssessmentView.From(stored, result, evidence is not null);
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                AssessmentReport.Print(context.Console, view);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
