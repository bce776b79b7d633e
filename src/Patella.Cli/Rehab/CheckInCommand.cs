using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Rehab;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella checkin [--date D] --pain-rest N [--pain-during N --pain-after N] [--next-morning N] [--replace] ...</c>: the
/// day's check-in, stored, then today's decision in one line. A second check-in for the same date adds to the first
/// (<see cref="CheckInMerge.KeepUnset"/>: what it leaves out is kept, and the output says what) unless <c>--replace</c>.
/// <c>--help</c> says which options a day needs (<see cref="Help"/>).
/// Every score is whole points 0-10; a value out of range exits 1 naming the option and stores nothing.
/// </summary>
public static class CheckInCommand
{
    public static Command Create(GlobalOptions options)
    {
        var date = new Option<string?>("--date") { Description = "The day the check-in is about (YYYY-MM-DD, your time zone, not after today); default today, or yesterday with --next-morning." };
        var rest = Score("--pain-rest", "Pain in daily life (rest, walking), 0-10; needed for a day's first check-in, kept from the earlier one when left out.");
        var during = Score("--pain-during", "Highest pain during the run, 0-10; leave out on a day without a run.");
        var after = Score("--pain-after", "Pain about an hour after the run, 0-10.");
        var morning = Score("--next-morning", "Pain on waking the morning after, 0-10; without --date it goes to yesterday's check-in.");
        var stairs = Score("--stairs-pain", "Pain going down stairs, 0-10.");
        var exercisePain = Score("--exercise-pain", "Highest knee pain during the exercises, 0-10.");
        var rpe = Score("--rpe", "Effort of the run, 0 (rest) - 10 (maximal). Shown only.");
        var sleep = Score("--sleep", "Sleep quality last night, 0-10. Shown only.");
        var fatigue = Score("--fatigue", "Tiredness, 0-10. Shown only.");
        var stress = Score("--stress", "Mental load, 0-10. Shown only.");
        var swelling = new Option<bool>("--swelling") { Description = "Visible swelling around the knee (a red flag: see a clinician)." };
        var limp = new Option<bool>("--limp") { Description = "Limping or running differently because of the knee." };
        var givingWay = new Option<bool>("--giving-way") { Description = "The knee felt unstable or gave way (a red flag)." };
        var exercisesDone = new Option<bool>("--exercises-done") { Description = "The day's rehab exercises were done." };
        var stiffness = new Option<bool>("--stiffness") { Description = "The knee felt stiff after the run." };
        var runMinutes = new Option<double?>("--run-minutes") { Description = "Minutes run, walk breaks included." };
        var note = new Option<string?>("--note") { Description = "Free text." };
        var replace = new Option<bool>("--replace") { Description = "Replace the day's earlier check-in whole: values and flags left out are cleared (default: they are kept)." };
        var painful = new Option<string[]>("--painful-exercise")
        {
            Description = "Catalogue id of an exercise that hurt ('patella exercises' lists them); repeat for several. Without it, every exercise that loads the bent knee is suspected.",
        };
        var command = new Command("checkin", Help)
        {
            date, rest, during, after, morning, stairs, swelling, limp, givingWay, exercisesDone, exercisePain,
            rpe, sleep, fatigue, stress, stiffness, runMinutes, note, painful, replace,
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var day = LocalDay.Parse(parsed.GetValue(date), "--date");
            int? Value(Option<int?> option) => parsed.GetValue(option);
            var minutes = parsed.GetValue(runMinutes);
            if (minutes is { } m && !(double.IsFinite(m) && m >= 0))
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--run-minutes: {m} must be 0 or more"));
            }

            // All values are checked before the database is opened: a refused check-in writes nothing.
            var painDuring = Value(during);
            var painAfter = Value(after);
            var effort = Value(rpe);
            var painExercise = Value(exercisePain);
            if (painDuring is null && (painAfter is not null || minutes is not null || effort is not null))
            {
                throw new BadInputException("--pain-after, --run-minutes and --rpe describe a run: give --pain-during too");
            }

            if (painExercise is not null && !parsed.GetValue(exercisesDone))
            {
                throw new BadInputException("--exercise-pain needs --exercises-done");
            }

            var culprits = parsed.GetValue(painful) ?? [];
            if (culprits.FirstOrDefault(id => ExerciseCatalogue.Default.Find(id) is null) is { } unknown)
            {
                throw new BadInputException($"--painful-exercise: '{unknown}' is not in the catalogue ('patella exercises' lists the ids)");
            }

            if (culprits.Length > 0 && painExercise is not > 0)
            {
                throw new BadInputException("--painful-exercise needs --exercise-pain above 0");
            }

            var values = (Morning: Value(morning), Stairs: Value(stairs), Sleep: Value(sleep), Fatigue: Value(fatigue), Stress: Value(stress));
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var today = RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var ranToday = painDuring is not null || parsed.GetValue(exercisesDone);
            var on = Day(day, today, values.Morning is not null, ranToday);

            // Pain at rest is part of every check-in; a later one for the same day (the next morning's) may leave it out.
            var atRest = Value(rest)
                ?? (parsed.GetValue(replace) ? null : db.CheckIns.CheckInsOf(runner.Id).Where(c => c.Date == on).Select(c => (int?)c.PainAtRest).SingleOrDefault())
                ?? throw new BadInputException(Text($"--pain-rest: needed for the first check-in of {on:yyyy-MM-dd} (and with --replace)"));
            var checkIn = CheckIn.Create(
                on, atRest, painDuring, painAfter, values.Morning, values.Stairs,
                parsed.GetValue(swelling), parsed.GetValue(limp), parsed.GetValue(givingWay), parsed.GetValue(exercisesDone), painExercise,
                effort, values.Sleep, values.Fatigue, values.Stress, parsed.GetValue(note), minutes, parsed.GetValue(stiffness), culprits);
            var merge = parsed.GetValue(replace) ? CheckInMerge.ReplaceAll : CheckInMerge.KeepUnset;
            var saved = RehabStorage.Save(db, runner.Id, checkIn, context.Environment.Clock.GetUtcNow().UtcDateTime, merge);
            var decision = RunnerRehab.Decide(db, runner, today);
            if (context.Json)
            {
                var kept = saved.Kept.Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
                context.WriteJson(new { date = checkIn.Date, replaced = saved.Replaced, kept, checkIn = saved.Stored, today = decision });
            }
            else
            {
                context.Console.WriteLine(Stored(saved) + (day is null && on != today ? " (yesterday: --next-morning is this morning's pain after yesterday)" : ""));
                context.Console.WriteLine(TodayReport.OneLine(decision));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The command's help: which options a day needs. Only --pain-rest is required, unlike DESIGN.md's first contract line,
    /// because a rest day has no run to rate and the next-morning pain is not known until the next morning.
    /// </summary>
    internal const string Help = """
        Log how the knee was on a day; prints today's decision.
        Which options a day needs:
          every day          --pain-rest (a rest day needs nothing else)
          in phase 1         --stairs-pain too: phase 1 ends after 3 check-ins without pain at rest or on stairs
          exercises done     --exercises-done, and --exercise-pain (with --painful-exercise) if they hurt the knee
          a run              --pain-during (it makes the day a run day), --pain-after (about 60 min after), --run-minutes
          the next morning   --pain-rest and --next-morning N: without --date it goes to yesterday's check-in (this
                             morning's pain after yesterday's run; --date D for an earlier day); what you leave out
                             is kept from that day's check-in (--replace clears it); a run/walk step passes only
                             once the next morning is known
          any day            --swelling or --giving-way: red flags, see a clinician; --limp, --stiffness
          shown, not decided --rpe, --sleep, --fatigue, --stress, --note
        """;

    /// <summary>
    /// The date a check-in is for. Never after today (the web form's rule, <c>CheckInForm</c>). A next-morning score is
    /// about the morning after the day, so it needs that morning to have come: without <c>--date</c> it goes to
    /// yesterday's check-in ("this morning's pain after yesterday's run", merged as any second check-in is), and then
    /// the check-in may not also describe today's run or exercises, which would land on yesterday too.
    /// </summary>
    /// <exception cref="BadInputException">A future date, a next morning still to come, or today's run with a next morning.</exception>
    internal static DateOnly Day(DateOnly? asked, DateOnly today, bool nextMorning, bool describesToday)
    {
        if (asked is { } day)
        {
            if (day > today)
            {
                throw new BadInputException(Text($"--date: {day:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})"));
            }

            return nextMorning && day == today
                ? throw new BadInputException(Text($"--next-morning: the morning after {day:yyyy-MM-dd} has not come yet; check in again tomorrow (it goes to {day:yyyy-MM-dd})"))
                : day;
        }

        if (!nextMorning)
        {
            return today;
        }

        return describesToday
            ? throw new BadInputException("--next-morning without --date is this morning's pain after yesterday's run and goes to yesterday's check-in; --pain-during, --pain-after, --run-minutes, --rpe and --exercises-done describe today: check in for today separately, or give --date")
            : today.AddDays(-1);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The line that says what was stored, and which earlier values a partial check-in kept.</summary>
    internal static string Stored(CheckInSaved saved)
    {
        var date = saved.Stored.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!saved.Replaced)
        {
            return $"Check-in for {date} stored.";
        }

        return saved.Kept.Count == 0
            ? $"Check-in for {date} stored: it replaces the earlier check-in for that date."
            : $"Check-in for {date} stored: it updates the earlier check-in for that date; kept from the earlier check-in: {string.Join(", ", saved.Kept.Select(k => KeptValue(saved.Stored, k)))}.";
    }

    private static string KeptValue(CheckIn c, string property) => property switch
    {
        nameof(CheckIn.PainDuringRun) => $"pain during run {Points(c.PainDuringRun?.Points)}",
        nameof(CheckIn.PainAfterRun) => $"pain after run {Points(c.PainAfterRun?.Points)}",
        nameof(CheckIn.PainNextMorning) => $"pain next morning {Points(c.PainNextMorning?.Points)}",
        nameof(CheckIn.StairsDownPain) => $"stairs pain {Points(c.StairsDownPain?.Points)}",
        nameof(CheckIn.Swelling) => "swelling",
        nameof(CheckIn.LimpOrChangedStride) => "limp",
        nameof(CheckIn.GivingWay) => "giving way",
        nameof(CheckIn.ExercisesDone) => "exercises done",
        nameof(CheckIn.ExercisePain) => $"exercise pain {Points(c.ExercisePain?.Points)}",
        nameof(CheckIn.Rpe) => $"effort {Points(c.Rpe?.Points)}",
        nameof(CheckIn.Sleep) => $"sleep {Points(c.Sleep?.Points)}",
        nameof(CheckIn.Fatigue) => $"fatigue {Points(c.Fatigue?.Points)}",
        nameof(CheckIn.Stress) => $"stress {Points(c.Stress?.Points)}",
        nameof(CheckIn.Note) => $"note \"{c.Note}\"",
        nameof(CheckIn.RunMinutes) => string.Create(CultureInfo.InvariantCulture, $"run minutes {c.RunMinutes:0.#}"),
        nameof(CheckIn.Stiffness) => "stiffness",
        nameof(CheckIn.PainfulExerciseIds) => $"painful exercises {string.Join(" and ", c.PainfulExerciseIds)}",
        _ => property,
    };

    private static string Points(int? points) => string.Create(CultureInfo.InvariantCulture, $"{points}/10");

    private static Option<int?> Score(string name, string description, bool required = false) =>
        NumberOptions.Whole(name, description, 0, PainScore.Max, required);
}
