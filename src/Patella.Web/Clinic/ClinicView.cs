using Patella.Core.Assessment;
using Patella.Core.Clinic;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Core.Today;
using Patella.Data;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Data.Runners;
using Patella.Web.Assessment;
using Patella.Web.Load;

namespace Patella.Web.Clinic;

/// <summary>A note as the runner and the clinician read it.</summary>
public sealed record NoteJson(long Id, string Author, string Text, DateTime WrittenUtc)
{
    public static NoteJson From(ClinicianNote n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new NoteJson(n.Id, n.Author, n.Text, n.WrittenUtc);
    }
}

/// <summary>
/// One runner as a clinician sees them on a day: today's decision with its reasons, the plan with the clinician's
/// adjustments, the load, the check-ins, the attention score, notes and the latest assessment. Read-only; the runner
/// page, the report and <c>GET /api/clinic/runners/{id}</c> share it. Every clinical figure comes from Core with its rule id.
/// </summary>
/// <param name="CheckIns">Every check-in, oldest first.</param>
/// <param name="Assessment">The latest assessment; null without one (or when its answers are of an unknown questionnaire).</param>
public sealed record ClinicRunnerView(
    long RunnerId,
    string Name,
    string Units,
    DateOnly Day,
    TodayDecision Decision,
    RehabPlan Plan,
    IReadOnlyList<AppliedAdjustment> Adjustments,
    LoadJson Load,
    IReadOnlyList<CheckIn> CheckIns,
    AttentionScore Attention,
    IReadOnlyList<NoteJson> Notes,
    AssessmentJson? Assessment)
{
    /// <summary>Reads the runner on their today (their zone), decides and scores.</summary>
    public static ClinicRunnerView Read(PatellaDb db, Runner runner, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var day = RunnerLoad.SettingsOf(runner).Today(clock);
        var rehab = RunnerRehab.Read(db, runner, day);
        var load = RunnerLoad.Read(db, runner, day);
        var picture = load.PictureOn(day);
        var adjusted = rehab.AdjustedPlanOn(day);
        var decision = TodayDecision.For(day, adjusted.Plan, rehab.CheckIns, rehab.Start.Assessment, picture);
        AssessmentJson? assessment;
        try
        {
            assessment = AssessmentJson.Latest(db, runner);
        }
        catch (AssessmentAnswersException)
        {
            assessment = null;
        }

        return new ClinicRunnerView(
            runner.Id, runner.Name, runner.Units, day, decision, adjusted.Plan, adjusted.Applied,
            LoadJson.From(load, day, runner.Units),
            [.. rehab.CheckIns.OrderBy(c => c.Date)],
            Core.Clinic.Attention.Of(decision, rehab.CheckIns, picture.Warnings, day),
            [.. ClinicNotes.NotesOf(db, runner.Id).Select(NoteJson.From)],
            assessment);
    }

    /// <summary>Distance of the current ISO week so far, metres.</summary>
    public double ThisWeekMetres => Load.Weeks.Count > 0 ? Load.Weeks[^1].DistanceMetres : 0;

    /// <summary>Distance of the last finished ISO week, metres.</summary>
    public double LastWeekMetres => Load.Weeks.Count > 1 ? Load.Weeks[^2].DistanceMetres : 0;
}

/// <summary>A row of the clinician's list: who, why they need attention today, and the numbers beside it.</summary>
public sealed record ClinicRowJson(
    long RunnerId,
    string Name,
    int AttentionScore,
    IReadOnlyList<AttentionReason> Reasons,
    Decision Decision,
    PainTrend PainTrend,
    int? DaysSinceCheckIn,
    double ThisWeekMetres,
    double LastWeekMetres,
    string Units)
{
    /// <summary>The rows of every runner sharing with the clinician, highest attention first, then by name.</summary>
    public static List<ClinicRowJson> For(PatellaDb db, long clinicianAccountId, TimeProvider clock) =>
        [.. Consent.RunnersSharedWith(db, clinicianAccountId)
            .Select(r => From(ClinicRunnerView.Read(db, r, clock)))
            .OrderByDescending(r => r.AttentionScore)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];

    public static ClinicRowJson From(ClinicRunnerView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new ClinicRowJson(v.RunnerId, v.Name, v.Attention.Score, v.Attention.Reasons, v.Decision.Decision, v.Attention.Trend,
            v.Attention.DaysSinceCheckIn, v.ThisWeekMetres, v.LastWeekMetres, v.Units);
    }
}
