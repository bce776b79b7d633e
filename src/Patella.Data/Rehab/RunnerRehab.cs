using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Core.Load;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Core.Today;
using Patella.Data.Assessment;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Data.Runners;

namespace Patella.Data.Rehab;

/// <summary>Where the plan's first day came from.</summary>
public enum RehabStartSource
{
    /// <summary>A start date stored for the runner.</summary>
    Stored,

    /// <summary>The day of the first assessment (no check-in before it).</summary>
    Assessment,

    /// <summary>The day of the first check-in (no assessment before it).</summary>
    FirstCheckIn,

    /// <summary>Nothing stored yet: the plan starts on the day asked about.</summary>
    Today,
}

/// <summary>
/// Everything the rehab plan and today's decision need for one runner, read once: the start, the latest assessment
/// (re-assessed from its stored answers), the check-ins and the clearance records. The CLI and the web decide from this.
/// </summary>
/// <param name="Start">The plan's first day and the latest assessment taken on or before the day.</param>
/// <param name="StartSource">Which of the stored start, the assessment or the first check-in set <see cref="RehabStart.StartedOn"/>.</param>
public sealed record RunnerRehab(
    RehabStart Start,
    RehabStartSource StartSource,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<ClearanceRecord> Clearance)
{
    /// <summary>
    /// Reads the runner's rehab as of <paramref name="day"/> (the runner's local date). Without a stored start the plan
    /// starts on the day of the first assessment or the first check-in, whichever came first, else on <paramref name="day"/>.
    /// </summary>
    /// <param name="load">The runner's load read for <paramref name="day"/>, when the caller has it: the assessment's evidence comes from it.</param>
    public static RunnerRehab Read(PatellaDb db, Runner runner, DateOnly day, RunnerLoad? load = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(runner);
        var zone = RunnerProfile.TimeZoneOf(runner);
        var checkIns = db.CheckIns.CheckInsOf(runner.Id).AsEnumerable().Select(c => c.ToDomain()).ToList();
        var clearance = db.ClearanceRecords.ClearanceOf(runner.Id).AsEnumerable().Select(c => c.ToDomain()).ToList();

        // Assessments are few; their local date needs the zone, so the filter runs here rather than in SQL.
        var taken = db.Assessments.AssessmentsOf(runner.Id).AsEnumerable()
            .Select(a => (Row: a, Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(a.TakenUtc, zone))))
            .Where(a => a.Day <= day)
            .ToList();
        var latest = taken.LastOrDefault();
        AssessmentResult? assessment = latest.Row is null ? null : KneeAssessor.Assess(latest.Row.ToAnswers(), RunEvidence.For(db, runner, latest.Day, load));

        // The course starts with the first evidence: taking the assessment again updates what it says, it does not
        // restart the phases, and check-ins logged before the first assessment count.
        var stored = db.RehabStarts.AsNoTracking().SingleOrDefault(s => s.RunnerId == runner.Id);
        var (startedOn, source) = stored is not null ? (stored.StartedOn, RehabStartSource.Stored)
            : taken.Count > 0 && (checkIns.Count == 0 || taken[0].Day <= checkIns[0].Date) ? (taken[0].Day, RehabStartSource.Assessment)
            : checkIns.Count > 0 ? (checkIns[0].Date, RehabStartSource.FirstCheckIn)
            : (day, RehabStartSource.Today);
        return new RunnerRehab(new RehabStart(startedOn, assessment), source, checkIns, clearance) { Adjustments = ClinicNotes.AdjustmentsOf(db, runner.Id) };
    }

    /// <summary>A clinician's adjustments, laid over the computed plan (<see cref="PlanAdjustments.Apply"/>); red flags still refer.</summary>
    public IReadOnlyList<PlanAdjustment> Adjustments { get; init; } = [];

    /// <summary>The plan on <paramref name="day"/>, with the clinician's adjustments.</summary>
    public RehabPlan PlanOn(DateOnly day) => AdjustedPlanOn(day).Plan;

    /// <summary>The plan on <paramref name="day"/> and how each adjustment applied to it.</summary>
    public AdjustedPlan AdjustedPlanOn(DateOnly day) => PlanAdjustments.Apply(RehabPlan.For(Start, CheckIns, Clearance, day), Adjustments);

    /// <summary>Today's decision on <paramref name="day"/>, with the load picture's warnings when given.</summary>
    public TodayDecision DecisionOn(DateOnly day, LoadPicture? load) => TodayDecision.For(day, PlanOn(day), CheckIns, Start.Assessment, load);

    /// <summary>The decision on <paramref name="day"/> with the runner's own load picture read from the database.</summary>
    public static TodayDecision Decide(PatellaDb db, Runner runner, DateOnly day)
    {
        var load = RunnerLoad.Read(db, runner, day);
        return Read(db, runner, day, load).DecisionOn(day, load.PictureOn(day));
    }

    /// <summary>Says where the start came from, in a line.</summary>
    public string StartText => StartSource switch
    {
        RehabStartSource.Stored => "set by you",
        RehabStartSource.Assessment => "the day of your first assessment",
        RehabStartSource.FirstCheckIn => "the day of your first check-in",
        _ => "today, as no assessment or check-in is stored yet",
    };
}
