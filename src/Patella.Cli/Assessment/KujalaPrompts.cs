using System.Globalization;
using Patella.Core.Assessment.Kujala;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>
/// Asks the 13 Kujala items on a terminal, one selection each. Unlike the knee questionnaire there is
/// no "don't know": the total is only defined with every item answered (research-notes §3a).
/// </summary>
public static class KujalaPrompts
{
    public static KujalaResponse Ask(IAnsiConsole console, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]Kujala Anterior Knee Pain Scale[/] [grey]for {date:yyyy-MM-dd}: {KujalaQuestionnaire.Items.Count} items, choose what fits your knee best[/]"));
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in KujalaQuestionnaire.Items)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"[grey]{item.Number}/{KujalaQuestionnaire.Items.Count}[/] {Markup.Escape(item.Text)}");
            var picked = console.Prompt(new SelectionPrompt<KujalaOption>()
                .Title(title)
                .AddChoices(item.Options)
                .UseConverter(o => Markup.Escape(o.Text)));
            console.MarkupLine($"{title} [blue]{Markup.Escape(picked.Text)}[/]");
            answers[item.Id] = picked.Code;
        }

        return new KujalaResponse(KujalaQuestionnaire.Version, date, answers);
    }
}
