using System.Globalization;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Rules;

namespace Patella.Core.Today;

/// <summary>The running rules of the daily decision: seed A's stop rules, the PFP rule on the last run, the phase and the
/// rest day, and the prescription with the load engine's limits.</summary>
internal static class RunChecks
{
    public static void Apply(DateOnly today, RehabPlan plan, List<CheckIn> recent, Action<ClinicalRule, Decision, string> add)
    {
        if (recent.LastOrDefault(c => c.Date >= today.AddDays(-1)) is { LimpOrChangedStride: true } limp)
        {
            add(TodayRules.StopLimp, Decision.CrossTrain, Text($"limp or changed stride logged on {limp.Date:yyyy-MM-dd}"));
        }

        var runs = recent.Where(c => c.Ran).ToList();
        if (runs.Count > 0 && runs[^1].Date >= today.AddDays(-TodayRules.RecentRunDays))
        {
            LastRun(today, PainMonitoring.Judge(runs[^1]), recent, add);
            if (runs.Count >= TodayRules.RisingRuns)
            {
                var last = runs.TakeLast(TodayRules.RisingRuns).Select(r => r.PainDuringRun!.Value.Points).ToList();
                if (last.Zip(last.Skip(1)).All(p => p.Second > p.First))
                {
                    add(TodayRules.StopPainRising, Decision.CrossTrain, Text($"pain while running rose over the last {TodayRules.RisingRuns} runs: {string.Join(" → ", last)}/10"));
                }
            }
        }

        if (plan.Phase is RehabPhase.ResolveBaselinePain or RehabPhase.PainFreeExercise)
        {
            var missing = plan.Criteria.Where(c => !c.Met).Select(c => $"{c.Text}: {c.Evidence}");
            add(TodayRules.PhaseNoRun, Decision.CrossTrain, Text($"phase {plan.PhaseNumber}: no running yet ({string.Join("; ", missing)})"));
        }

        if (plan.Phase is RehabPhase.RunWalk or RehabPhase.ProgressiveReturn)
        {
            var days = today.DayNumber - plan.StartedOn.DayNumber + 1;
            var needed = (int)Math.Ceiling(RehabRules.MinSessionsPerWeek * Math.Min(days, 7) / 7.0);
            if (plan.Exercises.DoneLast7Days < needed)
            {
                add(TodayRules.RehabDone, Decision.CrossTrain,
                    Text($"{plan.Exercises.DoneLast7Days} exercise sessions in the last 7 days, needs {needed}: running comes back once the rehab is being done"));
            }
        }

        if (plan.Phase is RehabPhase.RunWalk or RehabPhase.ProgressiveReturn && runs.Count > 0
            && runs[^1].Date >= today.AddDays(-(RehabRules.DaysBetweenRuns - 1)))
        {
            add(RehabRules.RestDay, Decision.CrossTrain, Text($"ran on {runs[^1].Date:yyyy-MM-dd}: a rest day from running before the next run"));
        }
    }

    private static void LastRun(DateOnly today, RunResponse run, List<CheckIn> recent, Action<ClinicalRule, Decision, string> add)
    {
        var on = Text($"{run.Date:yyyy-MM-dd}");
        if (run.During.Points > RehabRules.PainCeiling)
        {
            add(TodayRules.PainCeiling, Decision.CrossTrain, Text($"pain {run.During} while running on {on}, above the {RehabRules.PainCeiling}/10 ceiling"));
        }
        else if (run.During.Points > RehabRules.PfpMaxPainDuringRun)
        {
            add(RehabRules.PfpPain2, Decision.RunReduced, Text($"pain {run.During} while running on {on}, above {RehabRules.PfpMaxPainDuringRun}/10: shorter, slower, flat"));
        }

        if (run.After is { } after && after > run.PreRun)
        {
            add(RehabRules.Pfp60Min, Decision.RunReduced, Text($"pain {after} {RehabRules.PfpSettleMinutes} min after the run on {on}, above the pre-run {run.PreRun}"));
        }

        if (run.NextMorning is { } morning && morning > run.PreRun)
        {
            var thisMorning = run.Date == today.AddDays(-1);
            add(RehabRules.PfpNextMorning, thisMorning ? Decision.CrossTrain : Decision.RunReduced,
                Text($"pain {morning} the morning after the run on {on}, above the pre-run {run.PreRun}{(thisMorning ? ": not settled, no run today" : "")}"));
            if (recent.FirstOrDefault(c => c.Date == run.Date.AddDays(1)) is { } dayAfter && dayAfter.PainAtRest > run.PreRun)
            {
                add(TodayRules.StopPain2448, Decision.Rest,
                    Text($"pain still {dayAfter.PainAtRest} in daily life the day after the run on {on} (pre-run {run.PreRun}): more than 24 h"));
            }
        }
    }

    public static RunPrescription? Prescribe(DateOnly today, RehabPlan plan, LoadPicture? load, List<DecisionReason> reasons, Action<ClinicalRule, Decision, string> add)
    {
        if (plan.TrainingChanges.FirstOrDefault(t => t.Id == RehabRules.CutDistance.Id) is { } cut)
        {
            reasons.Add(new(cut.Id, Decision.Run, $"{cut.Text} {cut.Evidence}.", cut.Source));
        }

        var cap = load is { NextRunLongestWithoutSpike.Metres: > 0 } ? load.NextRunLongestWithoutSpike.Kilometres : (double?)null;
        const string Cadence = "Step rate +5-10% over your usual easy-run cadence (R-REHAB-CADENCE).";
        if (plan.RunWalk is { } rw)
        {
            var s = rw.Step;
            return new RunPrescription(s.DurationMinutes, Round(cap), s.RunMinutes, s.WalkMinutes, s.Repeats, s.Number, true, "easy", false, Cadence,
                Text($"Run/walk step {s.Number} of {rw.StepCount}: {s.Text} ({s.DurationMinutes} min), flat, easy"));
        }

        if (plan.EasyRun is not { } easy)
        {
            return null;
        }

        add(RehabRules.Volume, Decision.Run,
            Text($"easy run {easy.DurationMinutes} min: {RunWalkLadder.Last.DurationMinutes} min grown by {RehabRules.WeeklyGrowth:P0} for each of {easy.PainFreeFlatWeeks} pain-free weeks"));
        if (!easy.DownhillAllowed)
        {
            add(RehabRules.FlatOnly, Decision.Run, Text($"{easy.PainFreeFlatWeeks} pain-free flat weeks ({easy.DownhillRuleId}): {easy.DownhillAdvice}"));
        }

        if (!easy.TempoAllowed)
        {
            add(RehabRules.NoTempo, Decision.Run, "easy running only: no tempo or intervals until cleared and 3 pain-free flat weeks");
        }

        if (load is not null)
        {
            var week = load.CurrentWeek;
            if (week.Exceeded || week.Remaining.Metres <= 0)
            {
                add(LoadRules.TenPercent, Decision.CrossTrain, Text($"this week already {week.ThisWeek.Kilometres:0.0} km of {week.Allowed.Kilometres:0.0} km allowed"));
            }
            else
            {
                cap = cap is { } c ? Math.Min(c, week.Remaining.Kilometres) : week.Remaining.Kilometres;
            }

            foreach (var w in load.Warnings.Where(w => w.RuleId is "R-LOAD-SPIKE" or "R-LOAD-10PCT" && w.Severity >= Severity.Caution
                && (w.Date is null || w.Date >= today.AddDays(-7)) && reasons.All(r => r.RuleId != w.RuleId)))
            {
                reasons.Add(new(w.RuleId, Decision.RunReduced, w.Message, w.Source));
            }
        }

        var minutes = easy.DurationMinutes;
        return new RunPrescription(minutes, Round(cap), minutes, 0, 1, null, !easy.DownhillAllowed, "easy", easy.TempoAllowed, Cadence,
            Text($"Easy run, {minutes} min continuous{(cap is { } k ? Text($", at most {k:0.0} km") : "")}{(easy.DownhillAllowed ? "" : ", flat")}"));
    }

    /// <summary>A reduced run: in phase 3 the step already went back when the last run was over the rule; otherwise
    /// <see cref="TodayRules.ReducedShare"/> of the repeats or minutes and distance.</summary>
    public static RunPrescription Reduce(RunPrescription p, RehabPlan plan)
    {
        if (p.RunWalkStep is not null)
        {
            if (plan.LastRun?.Verdict == RunVerdict.Failed)
            {
                return p with { Text = p.Text + " (the step went back after the last run)" };
            }

            var repeats = Math.Max(1, (int)Math.Round(p.Repeats * TodayRules.ReducedShare, MidpointRounding.AwayFromZero));
            var minutes = repeats * p.RunMinutes + (repeats - 1) * p.WalkMinutes;
            return p with { Repeats = repeats, DurationMinutes = minutes, Text = Text($"{p.Text}, reduced to {repeats} repeats ({minutes} min)") };
        }

        var reduced = (int)Math.Round(p.DurationMinutes * TodayRules.ReducedShare, MidpointRounding.AwayFromZero);
        return p with
        {
            DurationMinutes = reduced,
            RunMinutes = reduced,
            DistanceKilometres = Round(p.DistanceKilometres * TodayRules.ReducedShare),
            Text = Text($"{p.Text}, reduced to {reduced} min"),
        };
    }

    public static string AllowedText(RehabPlan plan, List<CheckIn> recent)
    {
        var sessions = Text($"{plan.Exercises.DoneLast7Days} exercise sessions in 7 days");
        if (recent.LastOrDefault(c => c.Ran) is not { } last)
        {
            return Text($"no run logged yet; no limp, no swelling; {sessions}");
        }

        var r = PainMonitoring.Judge(last);
        return Text($"last run {r.Date:yyyy-MM-dd}: pain {r.During} during (at most {RehabRules.PfpMaxPainDuringRun}), {r.After?.ToString() ?? "not rated"} after vs {r.PreRun} before, ") +
            Text($"{r.NextMorning?.ToString() ?? "not yet rated"} next morning; form unchanged; {sessions}");
    }

    // Down to 100 m: a limit rounded up would itself be a spike or a 10% breach.
    private static double? Round(double? km) => km is { } k ? Math.Floor(k * 10) / 10 : null;

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
