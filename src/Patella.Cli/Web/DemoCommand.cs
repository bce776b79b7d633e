using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Web.Demo;

namespace Patella.Cli.Web;

/// <summary>What <c>patella demo --json</c> prints.</summary>
public sealed record DemoView(string Email, long RunnerId, int Activities, int Assessments);

/// <summary>
/// <c>patella demo</c>: fills the data folder with the worked-example runner (twelve weeks toward a half marathon, a
/// spike, some downhill, a PFPS assessment), once; the web app's "Open the demo runner" signs in as it, and <c>--demo</c>
/// on any command works on it. It never takes runner 1, the command line's own, so it never mixes with a person's runs.
/// </summary>
public static class DemoCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("demo", "Add the worked-example runner to this data (once); see it with --demo on any command, or in the web app.");
        CommandAction.Set(command, options, (context, _) =>
        {
            using var db = context.OpenDatabase();
            var account = DemoRunner.Ensure(db, context.Environment.Clock);
            var view = new DemoView(
                account.Email, account.RunnerId, db.Activities.Count(a => a.RunnerId == account.RunnerId), db.Assessments.Count(a => a.RunnerId == account.RunnerId));
            if (context.Json)
            {
                context.WriteJson(view);
            }
            else
            {
                context.Environment.Out.WriteLine(
                    $"Demo runner {view.Email} (runner {view.RunnerId}): {view.Activities} runs, {view.Assessments} assessment. " +
                    "See it with --demo on any command (patella --demo today, patella --demo load, patella --demo plan), " +
                    "or run 'patella serve' and choose 'Open the demo runner'.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
