using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Gait;
using Patella.Data.Gait;
using Patella.Data.Load;

namespace Patella.Cli.Gait;

/// <summary>
/// <c>patella cadence [--since DATE] [--wav FILE] [--minutes N]</c>: baseline step rate per pace band from the runner's
/// easy runs, the 5-10% target in steps, today's step and its metronome, whether cadence moved, and a click track.
/// </summary>
/// <remarks>
/// Stateless: nothing is stored. Without <c>--since</c> the baseline is the last 6 weeks and progress compares the last
/// 3 weeks with the 6 weeks before them. With <c>--since DATE</c> (the day retraining began) the baseline is the 6 weeks
/// before DATE, so the target stays put while the runner's cadence moves, and progress compares DATE..today with it.
/// No runs with a step rate is not an error: the command says so and exits 0; only <c>--wav</c> without a baseline
/// (nothing to set the metronome from) exits 1, and then no file is written.
/// </remarks>
public static class CadenceCommand
{
    /// <summary>Default length of the click track, minutes.</summary>
    public const double DefaultMinutes = 10;

    public static Command Create(GlobalOptions options)
    {
        var since = new Option<string?>("--since") { Description = "The day you began raising your cadence (YYYY-MM-DD, your time zone); default: compare the last 3 weeks with the 6 before." };
        var wav = new Option<string?>("--wav") { Description = "Write a metronome click track for today's step to this WAV file." };
        var minutes = new Option<double>("--minutes") { Description = "Length of the click track in minutes (default 10, at most 180).", DefaultValueFactory = _ => DefaultMinutes };
        var command = new Command("cadence", "Your cadence at easy pace, a 5-10% target in small steps, a metronome, and whether your cadence moved.")
        {
            since,
            wav,
            minutes,
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var length = Minutes(parsed.GetValue(minutes));
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var settings = RunnerLoad.SettingsOf(runner);
            var today = settings.Today(context.Environment.Clock);
            var given = LocalDay.Parse(parsed.GetValue(since), "--since");
            if (given > today)
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--since: {given:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})"));
            }

            var plan = CadenceReading.PlanOn(db, runner, today, given);

            WavWritten? written = null;
            if (parsed.GetValue(wav) is { } path)
            {
                written = WriteWav(path, plan, length);
            }

            if (context.Json)
            {
                context.WriteJson(CadenceView.From(today, runner, plan, written));
            }
            else
            {
                CadenceTables.Write(context.Console, today, plan, written);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static double Minutes(double value) =>
        double.IsFinite(value) && value > 0 && value <= 180
            ? value
            : throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--minutes: {value} must be more than 0 and at most 180"));

    /// <summary>Writes beside the target first and moves it into place, so a failed write leaves no half file.</summary>
    private static WavWritten WriteWav(string path, CadencePlan plan, double minutes)
    {
        if (plan.Metronome is not { } metronome)
        {
            throw new BadInputException($"--wav: no cadence baseline to set the metronome from, so nothing was written. {plan.Baseline.NotEnough}");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new BadInputException($"--wav: the folder of '{path}' does not exist");
        }

        var duration = TimeSpan.FromMinutes(minutes);
        var temporary = full + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                ClickTrack.WriteWav(stream, metronome.BeatsPerMinute, duration);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new BadInputException($"--wav: could not write '{path}': {e.Message}");
        }

        return new WavWritten(full, metronome.BeatsPerMinute, duration, ClickTrack.DefaultSampleRate, new FileInfo(full).Length);
    }
}

/// <summary>A click track the command wrote.</summary>
public sealed record WavWritten(string Path, int BeatsPerMinute, TimeSpan Duration, int SampleRateHertz, long Bytes);
