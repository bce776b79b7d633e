using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data.Load;

namespace Patella.Cli.Load;

/// <summary>
/// <c>patella shoes add|list|retire|use</c>. Gear names in the activities (Strava's CSV) are shoes without being added:
/// <c>shoes list</c> and <c>load</c> show them as implied by the data, and naming one in <c>retire</c> or <c>use</c>
/// starts tracking it. <c>shoes</c> alone lists.
/// </summary>
public static class ShoesCommand
{
    public static Command Create(GlobalOptions options)
    {
        var list = ShoesListCommand.Create(options);
        var command = new Command("shoes", "Your running shoes: distance per shoe against the 600/800 km alerts.")
        {
            ShoesAddCommand.Create(options),
            list,
            ShoesRetireCommand.Create(options),
            ShoesUseCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, _) => ShoesListCommand.Run(context));
        return command;
    }

    /// <summary>Runs a shoe change, turning its refusal into bad input (exit 1, nothing written).</summary>
    internal static T Change<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (ShoeChangeException e)
        {
            throw new BadInputException(e.Message, e);
        }
    }
}
