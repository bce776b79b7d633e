using Patella.Data;
using Patella.Data.Runners;
using Patella.Data.Today;

namespace Patella.Web.Hosting;

/// <summary>
/// A request's way to a runner's day: each computed part is taken from <see cref="RunnerDayCache"/> while the runner's
/// data stamp is unchanged, and on a miss computed from one <see cref="RunnerDay"/> shared by the whole request, so a
/// page that needs the decision, the load and the assessment reads the runner's history once.
/// </summary>
public sealed class RunnerDays(PatellaDb db, RunnerDayCache cache)
{
    private RunnerDay? current;

    /// <summary>
    /// The part of <paramref name="runner"/>'s <paramref name="day"/> that <paramref name="compute"/> gives, one per
    /// type <typeparamref name="T"/>: give each kind of value its own type. The value must not be changed by callers.
    /// </summary>
    /// <param name="runner">As just read from the database (its <see cref="Runner.StateVersion"/> is the key).</param>
    public T Get<T>(Runner runner, DateOnly day, Func<RunnerDay, T> compute)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(compute);
        return cache.Get(runner.Id, runner.StateVersion, day, () => compute(Read(runner, day)));
    }

    /// <summary>The request's uncached day of the runner (read once per request).</summary>
    public RunnerDay Read(Runner runner, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (current is null || current.Runner.Id != runner.Id || current.Day != day)
        {
            current = new RunnerDay(db, runner, day);
        }

        return current;
    }
}
