using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Patella.Cli.Infrastructure;
using Patella.Core.Assessment.Kujala;

namespace Patella.Cli.Assessment;

/// <summary>
/// <c>patella kujala template [--json]</c>: a Kujala response file to fill in, dated today, each item
/// holding its allowed option codes in place of the answer (all 13 are required, so the unedited file
/// is rejected naming the first item). With --json: the pinned item table with points.
/// </summary>
public static class KujalaTemplateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("template", "Print a Kujala response file to fill in for 'patella kujala --answers FILE'.");
        CommandAction.Set(command, options, (context, _) =>
        {
            if (context.Json)
            {
                context.WriteJson(new { questionnaire = KujalaQuestionnaire.Version, source = KujalaQuestionnaire.Source, items = KujalaQuestionnaire.Items });
                return ExitCodes.Ok;
            }

            // The machine's zone, not the runner's: a template should not need (or create) the database.
            var clock = context.Environment.Clock;
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone).DateTime);
            var answers = new JsonObject();
            foreach (var item in KujalaQuestionnaire.Items)
            {
                answers[item.Id] = $"{item.Text}: one of {string.Join(", ", item.Options.Select(o => $"{o.Code} ({o.Text})"))}";
            }

            var file = new JsonObject
            {
                ["questionnaire"] = KujalaQuestionnaire.Version,
                ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["answers"] = answers,
            };
            context.Environment.Out.WriteLine(file.ToJsonString(JsonOutput.Options));
            return ExitCodes.Ok;
        });
        return command;
    }
}
