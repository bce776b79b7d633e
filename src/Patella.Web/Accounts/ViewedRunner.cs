using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Runners;

namespace Patella.Web.Accounts;

/// <summary>
/// Whose data a runner page (Runs, one run, Load, Knee) shows: the signed-in account's own runner, or, with
/// <c>?runner=ID</c>, a runner who shares their data with this clinician. Then the page is the runner's own view,
/// read-only: it leaves out its forms. Whether the account may read the runner is <see cref="RunnerAccess"/>'s answer.
/// </summary>
/// <param name="IsOwn">The signed-in account's own runner: the page's forms are shown.</param>
public sealed record ViewedRunner(Runner Runner, bool IsOwn)
{
    /// <summary>The runner the page is asked for (<paramref name="requested"/>, else the account's own), or null when the account may not read it.</summary>
    public static ViewedRunner? Of(PatellaDb db, SignedIn me, long? requested)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(me);
        return db.ReadableRunner(me.AccountId, requested ?? me.RunnerId) is { } runner ? new ViewedRunner(runner, runner.Id == me.RunnerId) : null;
    }

    /// <summary><paramref name="path"/> for this runner: as it is for one's own, with <c>?runner=ID</c> for another's.</summary>
    public string Link(string path) => IsOwn ? path : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}?runner={Runner.Id}");
}
