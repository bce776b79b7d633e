using System.Globalization;
using static Patella.Core.Rehab.RehabPhase;

namespace Patella.Core.Rehab;

/// <summary>
/// Replays the check-ins from the start of rehab, oldest first, and keeps the state the plan is built from: the phase,
/// the run/walk step, each exercise's variation and dose, and every change with its rule. Pure: the same inputs give the
/// same plan, so editing yesterday's check-in (adding the next-morning pain) simply replays.
/// </summary>
internal sealed partial class RehabProgress
{
    private readonly ExerciseCatalogue _catalogue;
    private readonly Dictionary<string, ExerciseSlot> _slots = new(StringComparer.Ordinal);
    private int _baselineGood;
    private int _baselineBad;
    private int _painFreeSessions;
    private int _phase4Fails;

    private RehabProgress(ExerciseCatalogue catalogue, DateOnly start)
    {
        _catalogue = catalogue;
        PhaseSince = start;
    }

    public RehabPhase Phase { get; private set; } = ResolveBaselinePain;

    public DateOnly PhaseSince { get; private set; }

    /// <summary>0-based index into <see cref="RunWalkLadder.Steps"/>.</summary>
    public int Step { get; private set; }

    public int PassesAtStep { get; private set; }

    public int BaselineGoodInARow => _baselineGood;

    public int PainFreeSessionsInARow => _painFreeSessions;

    /// <summary>The day phase 4 began, or the day after the last run over the pain rule in phase 4, whichever is later.</summary>
    public DateOnly? PainFreeFlatSince { get; private set; }

    public DateOnly? Phase4Since { get; private set; }

    public List<CheckIn> CheckIns { get; } = [];

    public List<RunResponse> Runs { get; } = [];

    public List<PlanChange> Changes { get; } = [];

    /// <summary>Replays <paramref name="checkIns"/> dated from the start through <paramref name="today"/> (one per date: the last given wins).</summary>
    public static RehabProgress Replay(RehabStart start, IEnumerable<CheckIn> checkIns, IReadOnlyList<ClearanceRecord> clearance, DateOnly today, ExerciseCatalogue catalogue)
    {
        var progress = new RehabProgress(catalogue, start.StartedOn);
        var byDate = new SortedDictionary<DateOnly, CheckIn>();
        foreach (var c in checkIns)
        {
            if (c.Date >= start.StartedOn && c.Date <= today)
            {
                byDate[c.Date] = c;
            }
        }

        foreach (var c in byDate.Values)
        {
            progress.CheckIns.Add(c);
            progress.Apply(c, clearance);
        }

        progress.CheckCleared(clearance, today);
        return progress;
    }

    private void Apply(CheckIn c, IReadOnlyList<ClearanceRecord> clearance)
    {
        CheckCleared(clearance, c.Date);
        AdaptExercises(c);
        var run = c.Ran ? PainMonitoring.Judge(c) : null;
        if (run is not null)
        {
            Runs.Add(run);
        }

        if (c.HasRedFlag)
        {
            _baselineGood = 0;
            if (Phase != ResolveBaselinePain)
            {
                MoveTo(c.Date, ResolveBaselinePain, RehabRules.RegressRedFlag.Id, c.Swelling ? "swelling logged: see a clinician" : "the knee gave way: see a clinician");
            }

            return;
        }

        var bad = c.PainAtRest.Points > 0 || c.StairsDownPain?.Points > 0 || c.LimpOrChangedStride;
        var good = !bad && c.StairsDownPain is not null;
        (_baselineGood, _baselineBad) = good ? (_baselineGood + 1, 0) : bad ? (0, _baselineBad + 1) : (_baselineGood, _baselineBad);

        if (Phase != ResolveBaselinePain && _baselineBad >= RehabRules.BaselinePainCheckInsToRegress)
        {
            MoveTo(c.Date, ResolveBaselinePain, RehabRules.RegressBaseline.Id,
                Text($"pain in daily life or on stairs on {_baselineBad} check-ins in a row (today {c.PainAtRest} at rest, {c.StairsDownPain?.ToString() ?? "not rated"} on stairs)"));
            return;
        }

        switch (Phase)
        {
            case ResolveBaselinePain when _baselineGood >= RehabRules.BaselinePainFreeCheckIns:
                MoveTo(c.Date, PainFreeExercise, RehabRules.Phase1Exit.Id,
                    Text($"{_baselineGood} check-ins in a row without pain at rest, walking or on stairs (needs {RehabRules.BaselinePainFreeCheckIns})"));
                break;
            case PainFreeExercise:
                if (c.ExercisesDone)
                {
                    _painFreeSessions = c.ExercisePain?.Points > 0 ? 0 : _painFreeSessions + 1;
                }

                if (_painFreeSessions >= RehabRules.PainFreeSessionsToRun)
                {
                    MoveTo(c.Date, RunWalk, RehabRules.Phase2Exit.Id,
                        Text($"{_painFreeSessions} exercise sessions in a row without knee pain (needs {RehabRules.PainFreeSessionsToRun}); run/walk starts at {RunWalkLadder.Steps[0].Text}"));
                }

                break;
            case RunWalk when run is not null:
                Ladder(run);
                break;
            case ProgressiveReturn or Maintenance when run is not null:
                AfterReturnRun(run);
                break;
        }
    }

    private void Ladder(RunResponse run)
    {
        var step = RunWalkLadder.Steps[Step];
        switch (run.Verdict)
        {
            case RunVerdict.Passed:
                PassesAtStep++;
                if (PassesAtStep < RehabRules.PassesPerStep)
                {
                    break;
                }

                if (Step == RunWalkLadder.Steps.Count - 1)
                {
                    MoveTo(run.Date, ProgressiveReturn, RehabRules.Phase3Exit.Id,
                        Text($"{step.Text} passed {PassesAtStep} times (needs {RehabRules.PassesPerStep}); volume now grows by the 10% rule"));
                    Phase4Since = PainFreeFlatSince = run.Date.AddDays(1);
                    _phase4Fails = 0;
                    break;
                }

                Step++;
                PassesAtStep = 0;
                Changes.Add(new(run.Date, PlanChangeKind.RunWalkStep, RehabRules.StepTwice.Id, Text($"step {Step + 1}"),
                    Text($"{step.Text} passed {RehabRules.PassesPerStep} times: next {RunWalkLadder.Steps[Step].Text}")));
                break;
            case RunVerdict.Failed:
                var from = Step;
                Step = Math.Max(0, Step - 1);
                PassesAtStep = 0;
                Changes.Add(new(run.Date, PlanChangeKind.RunWalkStep, RehabRules.StepBack.Id, Text($"step {Step + 1}"),
                    Text($"{Findings(run)}: {(from == Step ? "start again at" : "back to")} {RunWalkLadder.Steps[Step].Text}")));
                break;
            case RunVerdict.Held:
                Changes.Add(new(run.Date, PlanChangeKind.RunWalkStep, RehabRules.HoldStiffness.Id, Text($"step {Step + 1}"),
                    Text($"{Findings(run)}: stay on {step.Text}; this session does not count")));
                break;
        }
    }

    private void AfterReturnRun(RunResponse run)
    {
        if (run.Verdict != RunVerdict.Failed)
        {
            _phase4Fails = run.Verdict == RunVerdict.Passed ? 0 : _phase4Fails;
            return;
        }

        _phase4Fails++;
        PainFreeFlatSince = run.Date.AddDays(1);
        if (_phase4Fails >= 2)
        {
            MoveTo(run.Date, RunWalk, RehabRules.RegressRuns.Id, Text($"{_phase4Fails} runs in a row over the pain rule ({Findings(run)})"));
            Step = RunWalkLadder.Steps.Count - 2;
            PassesAtStep = 0;
        }
    }

    private void CheckCleared(IReadOnlyList<ClearanceRecord> clearance, DateOnly day)
    {
        if (Phase == ProgressiveReturn && ClearanceStatus.On(clearance, day) is { FullyCleared: true } status)
        {
            MoveTo(status.ClearedOn!.Value > PhaseSince ? status.ClearedOn.Value : day, Maintenance, RehabRules.ClearFull.Id,
                "all four clearance tests passed: two hip sessions a week from now on");
        }
    }

    private void MoveTo(DateOnly date, RehabPhase to, string ruleId, string why)
    {
        Changes.Add(new(date, PlanChangeKind.Phase, ruleId, to.ToString(), Text($"phase {(int)Phase} → {(int)to}: {why}")));
        Phase = to;
        PhaseSince = date.AddDays(1);
        _painFreeSessions = 0;
        _baselineBad = 0;
        if (to == ResolveBaselinePain)
        {
            _baselineGood = 0;
        }

        if (to == RunWalk)
        {
            Step = 0;
            PassesAtStep = 0;
        }
    }

    private static string Findings(RunResponse run) => string.Join("; ", run.Findings.Select(f => $"{f.Text} ({f.RuleId})"));

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
