using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data.Activities;
using Patella.Import;
using Patella.Import.Sources;
using Spectre.Console;

namespace Patella.Cli.Activities;

/// <summary><c>patella import PATH...</c>: files, folders and zip archives (a Strava bulk export included).</summary>
public static class ImportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "FIT, GPX or TCX files (also .gz), folders, or zip archives such as a Strava export." };
        var command = new Command("import", "Import runs from files, folders or a Strava export zip.") { paths };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            using var batch = ImportBatch.FromPaths(parsed.GetValue(paths) ?? [], ImportLimits.Default);
            var summary = context.Environment.IsTerminal && !context.Json
                ? WithProgress(context, batch, summary => ImportRun.Execute(db, runner.Id, batch, ImportLimits.Default, context.Environment.Clock, summary))
                : ImportRun.Execute(db, runner.Id, batch, ImportLimits.Default, context.Environment.Clock);
            if (context.Json)
            {
                context.WriteJson(summary);
            }
            else
            {
                Print(context.Console, summary);
            }

            foreach (var failure in summary.Files.Where(f => f.Outcome == "failed"))
            {
                if (context.Json)
                {
                    context.Fail($"{failure.SourceName}: {failure.Detail}");
                }
            }

            return summary.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static ImportSummary WithProgress(CommandContext context, ImportBatch batch, Func<Action<int, FileOutcome>, ImportSummary> run)
    {
        ImportSummary? summary = null;
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Importing", maxValue: Math.Max(1, batch.Inputs.Count));
                summary = run((done, _) => task.Value = done);
            });
        return summary!;
    }

    private static void Print(IAnsiConsole console, ImportSummary summary)
    {
        foreach (var file in summary.Files.Where(f => f.Outcome != "imported" || f.Warnings.Count > 0))
        {
            var label = file.Outcome switch
            {
                "failed" => "[red]skipped[/]",
                "imported" => "[yellow]imported, with a note[/]",
                _ => "[grey]already there[/]",
            };
            var detail = file.Detail ?? string.Join("; ", file.Warnings);
            console.MarkupLine($"{label} {Markup.Escape(file.SourceName)}: {Markup.Escape(detail)}");
        }

        console.MarkupLine(
            $"[bold]{summary.ActivitiesImported}[/] activities imported from {summary.FilesImported} files; " +
            $"{summary.AlreadyThere} already there; {summary.Failed} skipped" +
            (summary.IgnoredFiles > 0 ? $"; {summary.IgnoredFiles} other files ignored (not activity files)." : "."));
    }
}
