using System.Globalization;
using Patella.Core.Assessment;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>
/// Asks a questionnaire on a terminal: a selection for yes/no and single choices, a multi-selection
/// for "choose every one that applies", a checked number for whole numbers. Every question can be
/// answered "don't know" (an empty number counts as that).
/// </summary>
public static class KneePrompts
{
    private const string DontKnow = "Don't know";

    /// <summary>Asks every question of <paramref name="questionnaire"/> in order.</summary>
    public static AnswerSet Ask(IAnsiConsole console, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(questionnaire);
        console.MarkupLine($"[bold]Knee assessment[/] [grey]({Markup.Escape(questionnaire.Version)}, {questionnaire.Questions.Count} questions; \"{DontKnow}\" is always allowed)[/]");
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var number = 0;
        foreach (var question in questionnaire.Questions)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"[grey]{++number}/{questionnaire.Questions.Count}[/] {Markup.Escape(question.Text)}");
            answers[question.Id] = question.Type switch
            {
                AnswerType.YesNo => AskYesNo(console, title),
                AnswerType.SingleChoice => AskOne(console, title, question),
                AnswerType.MultipleChoice => AskAny(console, title, question),
                _ => AskNumber(console, title, question),
            };
        }

        return new AnswerSet(questionnaire.Version, answers);
    }

    private static Answer AskYesNo(IAnsiConsole console, string title)
    {
        var picked = console.Prompt(new SelectionPrompt<string>().Title(title).AddChoices("Yes", "No", DontKnow));
        Echo(console, title, picked);
        return picked switch
        {
            "Yes" => Answer.Yes,
            "No" => Answer.No,
            _ => Answer.Unknown,
        };
    }

    private static Answer AskOne(IAnsiConsole console, string title, Question question)
    {
        var dontKnow = new Choice(AnswerSetJson.UnknownValue, DontKnow);
        var picked = console.Prompt(new SelectionPrompt<Choice>()
            .Title(title)
            .AddChoices([.. question.Choices, dontKnow])
            .UseConverter(c => Markup.Escape(c.Text)));
        Echo(console, title, picked.Text);
        return ReferenceEquals(picked, dontKnow) ? Answer.Unknown : Answer.Choices(picked.Code);
    }

    private static Answer AskAny(IAnsiConsole console, string title, Question question)
    {
        var dontKnow = new Choice(AnswerSetJson.UnknownValue, DontKnow);
        var picked = console.Prompt(new MultiSelectionPrompt<Choice>()
            .Title(title + " [grey](space to mark, enter when done; nothing marked = none of these)[/]")
            .NotRequired()
            .AddChoices([.. question.Choices, dontKnow])
            .UseConverter(c => Markup.Escape(c.Text)));
        Echo(console, title, picked.Count == 0 ? "none of these" : string.Join(", ", picked.Select(c => c.Text)));
        return picked.Any(c => ReferenceEquals(c, dontKnow)) ? Answer.Unknown : Answer.Choices([.. picked.Select(c => c.Code)]);
    }

    private static Answer AskNumber(IAnsiConsole console, string title, Question question)
    {
        var (min, max) = (question.Minimum!.Value, question.Maximum!.Value);
        var text = console.Prompt(new TextPrompt<string>(string.Create(CultureInfo.InvariantCulture,
                $"{title} [grey]({min}-{max} {Markup.Escape(question.Unit ?? "")}; empty = {DontKnow})[/]"))
            .AllowEmpty()
            .Validate(s => string.IsNullOrWhiteSpace(s) || ParseInRange(s, min, max) is not null
                ? ValidationResult.Success()
                : ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"[red]A whole number from {min} to {max}, or empty for {DontKnow}.[/]"))));
        return ParseInRange(text, min, max) is { } n ? Answer.WholeNumber(n) : Answer.Unknown;
    }

    private static int? ParseInRange(string text, int min, int max) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    // Selection prompts clear themselves; the echo keeps the answer on screen.
    private static void Echo(IAnsiConsole console, string title, string answer) =>
        console.MarkupLine($"{title} [blue]{Markup.Escape(answer)}[/]");
}
