using System.Globalization;
using Patella.Core.Gait;
using Spectre.Console;

namespace Patella.Cli.Gait;

/// <summary>The cadence plan on a terminal, paces in the runner's unit. Shows, never decides.</summary>
internal static class CadenceTables
{
    public static void Write(IAnsiConsole console, DateOnly day, CadencePlan plan, WavWritten? wav)
    {
        var b = plan.Baseline;
        console.MarkupLine(Invariant($"[bold]Cadence on {day:yyyy-MM-dd}[/]: easy runs {b.FirstDay:yyyy-MM-dd} to {b.LastDay:yyyy-MM-dd} ({GaitRules.Baseline.Id})"));
        if (b.Bands.Count > 0)
        {
            console.Write(Bands(b));
        }

        if (plan.Target is not { } target)
        {
            console.MarkupLine(Markup.Escape($"No baseline yet. {b.NotEnough}"));
            console.MarkupLine(Markup.Escape("Meanwhile the general advice stands: about 5-10% more steps per minute at the same easy pace, a metronome is enough."));
        }
        else
        {
            console.MarkupLine(Invariant(
                $"Baseline at your typical easy pace ({Markup.Escape(b.Typical!.Band.ToString())}): [bold]{target.Baseline.StepsPerMinute:0} spm[/]."));
            console.MarkupLine(Invariant(
                $"Target: {target.RangeLow.StepsPerMinute:0}-{target.RangeHigh.StepsPerMinute:0} spm (+5-10%, {GaitRules.Target.Id}); goal [bold]{target.Goal.StepsPerMinute:0} spm[/]{(target.CappedByCeiling ? Invariant($", capped at {GaitRules.CeilingCadence.StepsPerMinute:0} spm ({GaitRules.Ceiling.Id})") : "")}."));
            Steps(console, plan, target);
        }

        if (plan.Metronome is { } m)
        {
            console.MarkupLine(Invariant($"Metronome: [bold]{m.BeatsPerMinute} BPM[/], one click per step: run your easy runs to it."));
        }

        console.MarkupLine(Markup.Escape($"{plan.Progress.Explanation} ({GaitRules.Progress.Id})"));
        if (!plan.StartGiven)
        {
            console.MarkupLine(Markup.Escape("Tip: give the day you started with --since DATE to keep your baseline fixed while your cadence moves."));
        }

        if (wav is not null)
        {
            console.MarkupLine(Invariant(
                $"Click track written: {Markup.Escape(wav.Path)} ({wav.Duration.TotalMinutes:0.#} min at {wav.BeatsPerMinute} BPM, 16-bit mono WAV)."));
        }
    }

    private static Table Bands(CadenceBaseline b)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Easy runs by pace");
        table.AddColumn("Pace");
        table.AddColumn(new TableColumn("Runs").RightAligned());
        table.AddColumn(new TableColumn("Cadence").RightAligned());
        table.AddColumn("");
        foreach (var band in b.Bands)
        {
            var runWalk = band.Runs.Count(r => r.IsRunWalk);
            table.AddRow(
                Markup.Escape(band.Band.ToString()),
                Invariant($"{band.Runs.Count}{(runWalk > 0 ? Invariant($" ({runWalk} run/walk)") : "")}"),
                Invariant($"{band.Mean.StepsPerMinute:0} spm"),
                band.Band == b.Typical?.Band ? "typical easy pace" : "");
        }

        return table;
    }

    private static void Steps(IAnsiConsole console, CadencePlan plan, CadenceTarget target)
    {
        if (target.Steps.Count == 0)
        {
            console.MarkupLine("Your cadence is already at the ceiling: no increase to practise.");
            return;
        }

        console.MarkupLine(Invariant(
            $"Steps ({GaitRules.Steps.Id}): hold each for {GaitRules.StepHoldMinDays}-{GaitRules.StepHoldMaxDays} days, and move on when your runs at this pace reach it."));
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Step");
        table.AddColumn(new TableColumn("Cadence").RightAligned());
        table.AddColumn(new TableColumn("Increase").RightAligned());
        table.AddColumn("");
        foreach (var step in target.Steps)
        {
            table.AddRow(
                step.Number.ToString(CultureInfo.InvariantCulture),
                Invariant($"{step.Cadence.StepsPerMinute:0} spm"),
                Invariant($"+{step.IncreaseFraction * 100:0.0}%"),
                step == plan.CurrentStep ? "now" : "");
        }

        console.Write(table);
        var recent = plan.Recent is { } r ? Invariant($"your runs since {plan.Progress.Start:yyyy-MM-dd} at this pace average {r.StepsPerMinute:0} spm") : "no runs at this pace since " + Invariant($"{plan.Progress.Start:yyyy-MM-dd}");
        console.MarkupLine(Markup.Escape(plan.GoalReached
            ? $"Goal reached: {recent}. Keep it."
            : $"Now: step {plan.CurrentStep!.Number} ({recent})."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
