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
using Patella.Data.Today;
using Patella.Web.Assessment;
using Patella.Web.Hosting;
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
    /// <summary>
    /// Reads the runner on their today (their zone), decides and scores. Not kept between requests: it holds every
    /// check-in, too much to keep for a clinic's worth of runners (the list keeps its small rows instead).
    /// </summary>
    public static ClinicRunnerView Read(PatellaDb db, RunnerDays days, Runner runner, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(runner);
        return From(db, days.Read(runner, RunnerLoad.SettingsOf(runner).Today(clock)));
    }

    /// <summary>The view from the request's day of the runner.</summary>
    public static ClinicRunnerView From(PatellaDb db, RunnerDay d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var (runner, day, rehab, load, picture, adjusted, decision) = (d.Runner, d.Day, d.Rehab, d.Load, d.Picture, d.Plan, d.Decision);
        AssessmentJson? assessment;
        try
        {
            assessment = AssessmentJson.Latest(db, runner, load);
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
    /// <remarks>Each row is kept while its runner's data is unchanged (see <see cref="RunnerDayCache"/>).</remarks>
    public static List<ClinicRowJson> For(PatellaDb db, RunnerDays days, long clinicianAccountId, TimeProvider clock) =>
        [.. Consent.RunnersSharedWith(db, clinicianAccountId)
            .Select(r => days.Get(r, RunnerLoad.SettingsOf(r).Today(clock), d => From(ClinicRunnerView.From(db, d))))
            .OrderByDescending(r => r.AttentionScore)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];

    public static ClinicRowJson From(ClinicRunnerView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new ClinicRowJson(v.RunnerId, v.Name, v.Attention.Score, v.Attention.Reasons, v.Decision.Decision, v.Attention.Trend,
            v.Attention.DaysSinceCheckIn, v.ThisWeekMetres, v.LastWeekMetres, v.Units);
    }
}
