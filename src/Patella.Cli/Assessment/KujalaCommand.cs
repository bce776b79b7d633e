using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Assessment.Kujala;
using Patella.Data;
using Patella.Data.Assessment;
using Patella.Data.Runners;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>
/// <c>patella kujala [--answers FILE] [--date YYYY-MM-DD] [--json]</c>: score the Kujala Anterior Knee
/// Pain Scale (0-100), store it for the day, and show the change since the first score.
/// </summary>
public static class KujalaCommand
{
    public static Command Create(GlobalOptions options)
    {
        var answers = new Option<string?>("--answers")
        {
            Description = "A Kujala response file (JSON, with its date); 'patella kujala template' prints one. Without it, the items are asked on the terminal.",
        };
        var date = new Option<string?>("--date") { Description = "The day answered (YYYY-MM-DD, your time zone); default today. A file's own date must match it." };
        var command = new Command("kujala", "Score your knee on the Kujala Anterior Knee Pain Scale (0-100) and see the change since your first score.")
        {
            answers,
            date,
            KujalaTemplateCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var day = Day(parsed.GetValue(date));
            var fromFile = parsed.GetValue(answers) is { } file ? AnswerFile.Read(file, KujalaResponseJson.Read) : null;
            if (fromFile is null && !Interactive.IsAvailable(context))
            {
                return Interactive.NoAnswers(context, "kujala");
            }

            if (fromFile is not null && day is { } given && given != fromFile.Date)
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"--date {given:yyyy-MM-dd} differs from the date in the answer file ({fromFile.Date:yyyy-MM-dd})"));
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var now = context.Environment.Clock.GetUtcNow();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, RunnerProfile.TimeZoneOf(runner)).DateTime);
            var response = fromFile ?? KujalaPrompts.Ask(Interactive.PromptConsole(context), day ?? today);
            if (response.Date > today)
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"the score's date {response.Date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd} in {runner.TimeZone})"));
            }

            var score = KujalaScore.From(response);
            var stored = AssessmentStorage.Store(db, runner.Id, score, now.UtcDateTime);
            var view = KujalaScoreView.From(stored, score, KujalaChange.SinceFirst(ScoresUpTo(db, stored)));
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                Print(context.Console, view);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The runner's scores of the same table version up to and including <paramref name="latest"/>, oldest first,
    /// so a back-dated score is compared with the first score before it, not with later ones.</summary>
    private static List<KujalaScore> ScoresUpTo(PatellaDb db, StoredKujalaScore latest) =>
        [.. db.KujalaScores.KujalaScoresOf(latest.RunnerId)
            .Where(k => k.Version == latest.Version
                && (k.ScoreDate < latest.ScoreDate || (k.ScoreDate == latest.ScoreDate && k.Id <= latest.Id)))
            .AsEnumerable()
            .Select(k => k.ToScore())];

    private static DateOnly? Day(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadInputException($"--date: '{text}' is not a date (YYYY-MM-DD)");

    private static void Print(IAnsiConsole console, KujalaScoreView view)
    {
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]Kujala score {view.Date:yyyy-MM-dd}: {view.TotalPoints} / {view.MaxPoints}[/] [grey](higher is better; {Markup.Escape(view.RuleId)}, {Markup.Escape(view.Version)})[/]"));
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "#", "Item", "Your answer", "Points" })
        {
            table.AddColumn(header);
        }

        foreach (var item in view.Items)
        {
            table.AddRow(
                item.Number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(item.Item),
                Markup.Escape(item.AnswerText),
                string.Create(CultureInfo.InvariantCulture, $"{item.Points}/{item.MaxPoints}"));
        }

        console.Write(table);
        if (view.Change is { } change)
        {
            var colour = change.Trend switch
            {
                KujalaTrend.MeaningfulImprovement => "green",
                KujalaTrend.MeaningfulWorsening => "red",
                _ => "default",
            };
            console.MarkupLine($"[{colour}]{Markup.Escape(change.Describe())}[/]");
        }
        else
        {
            console.MarkupLine("This is your first score: later scores are compared with it (a change of 10 points or more is meaningful).");
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]Stored as Kujala score {view.ScoreId}.[/]"));
    }
}
