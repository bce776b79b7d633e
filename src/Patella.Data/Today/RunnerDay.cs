using Patella.Core.Load;
using Patella.Core.Rehab.Adjustments;
using Patella.Core.Today;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Data.Runners;

namespace Patella.Data.Today;

/// <summary>
/// One runner's day, read once and computed on demand: the load, the rehab, the load picture, the adjusted plan and
/// today's decision. Several pages and endpoints need the same parts; each part reads the database at most once here.
/// Not thread-safe: one per request (or per command).
/// </summary>
public sealed class RunnerDay(PatellaDb db, Runner runner, DateOnly day)
{
    private RunnerLoad? load;
    private RunnerRehab? rehab;
    private LoadPicture? picture;
    private AdjustedPlan? plan;
    private TodayDecision? decision;

    public Runner Runner => runner;

    /// <summary>The runner's local date.</summary>
    public DateOnly Day => day;

    public RunnerLoad Load => load ??= RunnerLoad.Read(db, runner, day);

    /// <summary>The rehab, its assessment evidence taken from <see cref="Load"/>.</summary>
    public RunnerRehab Rehab => rehab ??= RunnerRehab.Read(db, runner, day, Load);

    public LoadPicture Picture => picture ??= Load.PictureOn(day);

    /// <summary>The plan on the day with the clinician's adjustments.</summary>
    public AdjustedPlan Plan => plan ??= Rehab.AdjustedPlanOn(day);

    /// <summary>Today's decision, exactly <see cref="RunnerRehab.Decide"/>'s.</summary>
    public TodayDecision Decision => decision ??= TodayDecision.For(day, Plan.Plan, Rehab.CheckIns, Rehab.Start.Assessment, Picture);
}
