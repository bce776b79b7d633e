using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Data;
using Spectre.Console;

namespace Patella.Cli.Database;

/// <summary>
/// <c>patella db migrate</c> brings the schema up to date; <c>patella db copy --from A --to B</c> moves
/// a laptop's data into a clinic's database (A and B: a data folder, a .db file, or a connection string,
/// read by <see cref="DatabaseSettings.Parse"/>), checking counts and content afterwards.
/// </summary>
public static class DbCommand
{
    public static Command Create(GlobalOptions options)
    {
        var migrate = new Command("migrate", "Apply any schema scripts the database has not had yet (also done at every start).");
        CommandAction.Set(migrate, options, (context, _) =>
        {
            using var db = PatellaDatabase.Open(context.Database, migrate: false);
            var applied = SchemaMigrator.Migrate(db);
            if (context.Json)
            {
                context.WriteJson(new { database = context.Database.Describe(), applied });
            }
            else
            {
                context.Console.WriteLine(applied.Count == 0
                    ? $"{context.Database.Describe()}: up to date."
                    : $"{context.Database.Describe()}: applied {string.Join(", ", applied)}.");
            }

            return ExitCodes.Ok;
        });

        var from = new Option<string>("--from") { Description = "Source: a data folder, a .db file, or a PostgreSQL connection string.", Required = true };
        var to = new Option<string>("--to") { Description = "Target (must be empty): a data folder, a .db file, or a PostgreSQL connection string.", Required = true };
        var copy = new Command("copy", "Copy every runner and their data into an empty database, then check counts and content.") { from, to };
        CommandAction.Set(copy, options, (context, parsed) =>
        {
            var source = DatabaseSettings.Parse(parsed.GetValue(from)!, "--from");
            var target = DatabaseSettings.Parse(parsed.GetValue(to)!, "--to");
            if (source.Provider == DatabaseProvider.Sqlite && !File.Exists(SqliteFile(source)))
            {
                throw new BadInputException($"--from: no Patella database at {SqliteFile(source)}");
            }

            IReadOnlyList<TableCopy> tables;
            using (var sourceDb = PatellaDatabase.Open(source))
            using (var targetDb = PatellaDatabase.Open(target))
            {
                try
                {
                    tables = DatabaseCopy.Copy(sourceDb, targetDb);
                }
                catch (InvalidOperationException e)
                {
                    throw new BadInputException($"--to: {e.Message}");
                }
            }

            var ok = tables.All(t => t.Matches);
            if (context.Json)
            {
                context.WriteJson(new { from = source.Describe(), to = target.Describe(), verified = ok, tables });
            }
            else
            {
                var table = new Table().Border(TableBorder.Simple).AddColumns("Table", "Rows copied", "Rows there", "Content");
                foreach (var t in tables)
                {
                    table.AddRow(t.Table, $"{t.SourceRows}", $"{t.TargetRows}", t.Matches ? "[green]same[/]" : "[red]differs[/]");
                }

                context.Console.Write(table);
                context.Console.MarkupLine(ok ? $"Copied into {Markup.Escape(target.Describe())}; counts and content checked." : "[red]The copy differs from the source: see the table.[/]");
            }

            return ok ? ExitCodes.Ok : ExitCodes.BadInput;
        });

        return new Command("db", "Database tools: migrate, copy.") { migrate, copy };
    }

    private static string SqliteFile(DatabaseLocation location) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
}
