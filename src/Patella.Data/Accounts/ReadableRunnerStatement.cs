using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Patella.Data.Runners;

namespace Patella.Data.Accounts;

/// <summary>
/// <see cref="RunnerAccess.ReadableRunner"/> on SQLite as one statement prepared once per context. Every web request
/// starts with this read, and through EF SQLite compiled the statement anew each time (a new command per query, and
/// Microsoft.Data.Sqlite keeps no statement cache): that was a third of a kept <c>/api/today</c>. Pooled contexts keep
/// their connection open (<see cref="ContextPool"/>), so the prepared statement lives as long as they do.
/// </summary>
/// <remarks>
/// The rule is <see cref="RunnerAccess.ReadableRunnerIds"/>'s, written out in SQL: the account's own runner, or a
/// standing grant to the account while it is a clinician. A test holds the three to the same answers on every
/// account × runner through grant and revoke, and the runner read here to the one EF reads.
/// </remarks>
internal sealed class ReadableRunnerStatement : IDisposable
{
    private const string Sql = """
        SELECT r.id, r.name, r.time_zone, r.units, r.created_utc, r.state_version
        FROM runners AS r
        WHERE r.id = $runner AND (
            EXISTS (SELECT 1 FROM accounts AS a WHERE a.id = $account AND a.runner_id = r.id)
            OR EXISTS (SELECT 1 FROM clinic_grants AS g
                       WHERE g.clinician_account_id = $account AND g.runner_id = r.id AND g.revoked_utc IS NULL
                         AND EXISTS (SELECT 1 FROM accounts AS c WHERE c.id = $account AND c.is_clinician)))
        """;

    private readonly SqliteCommand command;
    private readonly SqliteParameter account;
    private readonly SqliteParameter runner;

    private ReadableRunnerStatement(SqliteConnection connection)
    {
        command = connection.CreateCommand();
        command.CommandText = Sql;
        account = command.Parameters.Add("$account", SqliteType.Integer);
        runner = command.Parameters.Add("$runner", SqliteType.Integer);
        account.Value = 0L;
        runner.Value = 0L;
        command.Prepare();
    }

    /// <summary>The context's statement, prepared on its first use; null when the context's connection is not SQLite.</summary>
    public static ReadableRunnerStatement? Of(PatellaDb db) =>
        db.ReadableRunnerStatement ??= db.IsSqlite && db.Database.GetDbConnection() is SqliteConnection { State: ConnectionState.Open } connection
            ? new ReadableRunnerStatement(connection)
            : null;

    public Runner? Read(PatellaDb db, long accountId, long runnerId)
    {
        // A command on a connection with a transaction open must run in it (Microsoft.Data.Sqlite checks).
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        account.Value = accountId;
        runner.Value = runnerId;
        using var reader = command.ExecuteReader(CommandBehavior.SingleRow);
        if (!reader.Read())
        {
            return null;
        }

        return new Runner
        {
            Id = reader.GetInt64(0),
            Name = reader.GetString(1),
            TimeZone = reader.GetString(2),
            Units = reader.GetString(3),
            CreatedUtc = DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc),
            StateVersion = reader.GetInt64(5),
        };
    }

    public void Dispose() => command.Dispose();
}
