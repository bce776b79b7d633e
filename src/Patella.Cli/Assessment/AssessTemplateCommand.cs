using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Patella.Cli.Infrastructure;
using Patella.Core.Assessment;

namespace Patella.Cli.Assessment;

/// <summary>
/// <c>patella assess template [--json]</c>: an answer file to fill in. Every question id is there with
/// its question and allowed values in place of the answer, so the unedited file is rejected naming the
/// first question; replace each with an answer or <c>"unknown"</c>, or delete the line (missing).
/// With --json: the questionnaire itself (ids, types, choices, ranges) for scripts.
/// </summary>
public static class AssessTemplateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("template", "Print a knee-v1 answer file to fill in for 'patella assess --answers FILE'.");
        CommandAction.Set(command, options, (context, _) =>
        {
            var questionnaire = KneeQuestionnaire.V1;
            if (context.Json)
            {
                context.WriteJson(new { questionnaire = questionnaire.Version, unknownValue = AnswerSetJson.UnknownValue, questions = questionnaire.Questions });
            }
            else
            {
                context.Environment.Out.WriteLine(FillIn(questionnaire).ToJsonString(JsonOutput.Options));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The file to fill in: each answer holds the question and what it accepts.</summary>
    public static JsonObject FillIn(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var answers = new JsonObject();
        foreach (var q in questionnaire.Questions)
        {
            answers[q.Id] = $"{q.Text} Answer {Accepts(q)}";
        }

        return new JsonObject { ["questionnaire"] = questionnaire.Version, ["answers"] = answers };
    }

    private static string Accepts(Question q)
    {
        var choices = string.Join(", ", q.Choices.Select(c => $"{c.Code} ({c.Text})"));
        return q.Type switch
        {
            AnswerType.YesNo => "true or false (no quotes), or unknown.",
            AnswerType.SingleChoice => $"one of: {choices}; or unknown.",
            AnswerType.MultipleChoice => $"a list of any of: {choices}; e.g. [\"{q.Choices[0].Code}\"], [] for none; or unknown.",
            _ => string.Create(CultureInfo.InvariantCulture, $"a whole number of {q.Unit} from {q.Minimum} to {q.Maximum} (no quotes), or unknown."),
        };
    }
}
