using System.Globalization;
using Patella.Core.Assessment;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>Prints an assessment for a person: red flags first, then conditions, stage, factors, summary, disclaimer.</summary>
public static class AssessmentReport
{
    public static void Print(IAnsiConsole console, AssessmentView view)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(view);
        PrintRedFlags(console, view.RedFlags);
        PrintConditions(console, view.Conditions);
        PrintStage(console, view);
        PrintFactors(console, view.Factors, view.RunDataUsed);

        console.WriteLine();
        console.MarkupLine("[bold]In short[/]");
        console.MarkupLine(view.ReferralNeeded ? $"[red]{Markup.Escape(view.Summary)}[/]" : Markup.Escape(view.Summary));
        console.WriteLine();
        console.MarkupLine($"[grey]{Markup.Escape(view.Disclaimer)}[/]");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]Stored as assessment {view.AssessmentId} (questionnaire {Markup.Escape(view.QuestionnaireVersion)}).[/]"));
    }

    /// <summary>When to go, in words: the urgency as a runner acts on it.</summary>
    public static string Describe(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "EMERGENCY: today, urgent care or an emergency department",
        Urgency.Soon => "SOON: see a doctor or physiotherapist within days, before running again",
        _ => "REFERRAL: book a physiotherapist or sports doctor",
    };

    private static void PrintRedFlags(IAnsiConsole console, IReadOnlyList<RedFlagView> flags)
    {
        if (flags.Count == 0)
        {
            console.MarkupLine("[green]No red flags in your answers.[/]");
            console.WriteLine();
            return;
        }

        console.MarkupLine("[bold red]Red flags: see a clinician. Do not run while any of these stands.[/]");
        foreach (var flag in flags)
        {
            console.MarkupLine($"[red]* {Markup.Escape(flag.Title)}[/] [grey]({Markup.Escape(flag.RuleId)})[/]");
            console.MarkupLine($"  [red]{Markup.Escape(Describe(flag.Urgency))}[/]");
            console.MarkupLine($"  What to do: {Markup.Escape(flag.Action)}");
            console.MarkupLine($"  [grey]Because: {Markup.Escape(Because(flag.Evidence))}[/]");
        }

        console.WriteLine();
    }

    private static void PrintConditions(IAnsiConsole console, IReadOnlyList<ConditionView> conditions)
    {
        console.MarkupLine("[bold]What it may be[/] [grey](best fit first; equal rank = tied; not a diagnosis)[/]");
        foreach (var c in conditions)
        {
            var fit = c.Likelihood switch
            {
                Likelihood.Likely => "[green]likely[/]",
                Likelihood.Possible => "[yellow]possible[/]",
                _ => "[grey]unlikely[/]",
            };
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Rank}. [bold]{Markup.Escape(c.Name)}[/]: {fit} [grey]({Markup.Escape(c.RuleId)})[/]"));
            console.MarkupLine($"   For it:     {Markup.Escape(Joined(c.Supporting))}");
            console.MarkupLine($"   Against it: {Markup.Escape(Joined(c.Opposing))}");
            if (c.Note is not null && c.Likelihood != Likelihood.Unlikely)
            {
                console.MarkupLine($"   [grey]{Markup.Escape(c.Note)}[/]");
            }
        }

        console.WriteLine();
    }

    private static void PrintStage(IAnsiConsole console, AssessmentView view)
    {
        if (view.Stage is not { } stage)
        {
            console.MarkupLine(view.ReferralNeeded
                ? "[bold]Stage:[/] not given while a red flag stands; a clinician sets the plan."
                : "[bold]Stage:[/] not given: runner's knee is not the clear best fit.");
            console.WriteLine();
            return;
        }

        var name = stage.Stage switch
        {
            PfpsStage.Early => "early",
            PfpsStage.Progressing => "progressing",
            PfpsStage.Chronic => "persistent (more than 3 months)",
            _ => "not enough answers to tell",
        };
        var timeline = stage.Timeline is { } t ? $"; back to easy running in about {t} when addressed now" : "";
        console.MarkupLine($"[bold]Stage:[/] {Markup.Escape(name + timeline)} [grey]({Markup.Escape(stage.RuleId ?? "no rule")})[/]");
        console.MarkupLine($"  [grey]Because: {Markup.Escape(Because(stage.Evidence))}[/]");
        console.WriteLine();
    }

    private static void PrintFactors(IAnsiConsole console, IReadOnlyList<FactorView> factors, bool runDataUsed)
    {
        console.MarkupLine(runDataUsed ? "[bold]What may have overloaded the knee[/]" : "[bold]What may have overloaded the knee[/] [grey](from your answers; no runs imported)[/]");
        if (factors.Count == 0)
        {
            console.MarkupLine("  Nothing found in your answers" + (runDataUsed ? " or runs." : "."));
            return;
        }

        foreach (var f in factors)
        {
            var from = f.Source switch
            {
                FactorSource.Runs => "your runs",
                FactorSource.AnswersAndRuns => "your answers and your runs",
                _ => "your answers",
            };
            console.MarkupLine($"* [bold]{Markup.Escape(f.Title)}[/] [grey]({Markup.Escape(f.RuleId)}, from {from})[/]");
            foreach (var line in f.Evidence)
            {
                console.MarkupLine($"  - {Markup.Escape(AnswerWords.Say(line, KneeQuestionnaire.V1))}");
            }

            console.MarkupLine($"  What to change: {Markup.Escape(f.Advice)}");
        }
    }

    private static string Joined(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join("; ", items);

    /// <summary>The answers behind a finding as the runner was asked them (<see cref="AnswerWords"/>).</summary>
    private static string Because(IEnumerable<string> evidence) =>
        string.Join("; ", evidence.Select(e => AnswerWords.Say(e, KneeQuestionnaire.V1)));
}
