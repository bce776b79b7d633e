using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Patella.Cli.Infrastructure;

/// <summary>A value the user gave that cannot be used; becomes exit code 1 with the message on stderr.</summary>
public sealed class BadInputException(string message) : Exception(message)
{
    public BadInputException()
        : this("bad input")
    {
    }

    public BadInputException(string message, Exception innerException)
        : this(message) => _ = innerException;
}

/// <summary>Runs a command body with the shared context; turns failures into messages and exit codes, never a stack trace.</summary>
public static class CommandAction
{
    public static void Set(Command command, GlobalOptions options, Func<CommandContext, ParseResult, int> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        command.SetAction(parsed =>
        {
            var context = options.ContextFor(parsed);
            try
            {
                return body(context, parsed);
            }
            catch (BadInputException e)
            {
                context.Fail(e.Message);
                return ExitCodes.BadInput;
            }
            catch (Patella.Data.DatabaseSettingException e)
            {
                context.Fail(e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is SqliteException or DbUpdateException or IOException or UnauthorizedAccessException or Npgsql.NpgsqlException or TimeoutException)
            {
                var database = context.Database;
                context.Fail($"the data at {database.Describe()} ({database.Setting}) could not be used: {e.GetBaseException().Message}");
                return ExitCodes.BadInput;
            }
        });
    }
}
