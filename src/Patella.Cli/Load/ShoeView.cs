using Patella.Core.Load;
using Patella.Data.Load;

namespace Patella.Cli.Load;

/// <summary>Every shoe on a day, and the running no shoe took (metres).</summary>
public sealed record ShoeReportView(IReadOnlyList<ShoeView> Shoes, double UnassignedMetres, int UnassignedRuns)
{
    public static ShoeReportView From(ShoeReport report, RunnerLoad load)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(load);
        return new ShoeReportView([.. report.Shoes.Select(s => ShoeView.From(s, load.TrackedRow(s.Name)))], Round.Metres(report.Unassigned.Metres), report.UnassignedRuns);
    }
}

/// <summary>One shoe's distance against its alerts.</summary>
/// <param name="Implied">True for a gear name in the activities that no tracked shoe answers to: shown, not stored.</param>
/// <param name="DistanceMetres">Start distance plus the runs it took up to the day.</param>
/// <param name="Retired">Retirement date when on or before the day.</param>
/// <param name="AlertRuleId">The shoe rule its state fired (600 or 800 km by default), or null.</param>
public sealed record ShoeView(
    string Name,
    bool Implied,
    IReadOnlyList<string> GearNames,
    DateOnly? DefaultFrom,
    double StartDistanceMetres,
    double LoggedMetres,
    double DistanceMetres,
    int Runs,
    DateOnly? FirstRun,
    DateOnly? LastRun,
    DateOnly? Retired,
    ShoeState State,
    double PlanReplacementAtMetres,
    double ReplaceAtMetres,
    double UntilReplaceMetres,
    string? AlertRuleId)
{
    public static ShoeView From(ShoeMileage s, StoredShoe? tracked)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new ShoeView(
            s.Name,
            tracked is null,
            tracked?.GearNameList() ?? [],
            tracked?.DefaultFrom,
            Round.Metres(tracked?.StartDistanceMetres ?? 0),
            Round.Metres(s.Logged.Metres),
            Round.Metres(s.Distance.Metres),
            s.Runs,
            s.FirstRun,
            s.LastRun,
            s.Retired,
            s.State,
            Round.Metres(s.PlanReplacementAt.Metres),
            Round.Metres(s.ReplaceAt.Metres),
            Round.Metres(s.UntilReplace.Metres),
            s.State switch
            {
                ShoeState.Replace => LoadRules.ShoeReplace.Id,
                ShoeState.PlanReplacement => LoadRules.ShoePlan.Id,
                _ => null,
            });
    }
}
