using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Patella.Data;

/// <summary>Rows and a content checksum for one table, on both sides of a copy.</summary>
public sealed record TableCopy(string Table, int SourceRows, int TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>
/// Moves everything from one Patella database into an empty one (a laptop's SQLite into a clinic's
/// PostgreSQL): every table in foreign-key order, ids kept, in one transaction on the target, then
/// counted and checksummed on both sides. Nothing is written unless the target starts empty; a
/// failure rolls the target back to empty.
/// </summary>
public static class DatabaseCopy
{
    private const int BatchSize = 500;

    /// <exception cref="InvalidOperationException">The target already holds data.</exception>
    public static IReadOnlyList<TableCopy> Copy(PatellaDb source, PatellaDb target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var tables = InDependencyOrder(target.Model);
        foreach (var entity in tables)
        {
            if (Rows(target, entity).Any())
            {
                throw new InvalidOperationException($"the target already holds data (table {entity.GetTableName()}); copy only into an empty database");
            }
        }

        // The copy keeps every row as it is, the runners' data stamps too.
        target.StampsRunners = false;
        try
        {
            using (var transaction = target.Database.BeginTransaction())
            {
                foreach (var entity in tables)
                {
                    var batch = new List<object>(BatchSize);
                    foreach (var row in Rows(source, entity))
                    {
                        batch.Add(row);
                        if (batch.Count == BatchSize)
                        {
                            Insert(target, batch);
                        }
                    }

                    Insert(target, batch);
                }

                if (target.Database.IsNpgsql())
                {
                    foreach (var entity in tables)
                    {
                        var table = entity.GetTableName();
#pragma warning disable EF1002 // table names come from our own model, not from input
                        target.Database.ExecuteSqlRaw($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))");
#pragma warning restore EF1002
                    }
                }

                transaction.Commit();
            }
        }
        finally
        {
            target.StampsRunners = true;
        }

        return [.. tables.Select(entity => new TableCopy(
            entity.GetTableName()!,
            Rows(source, entity).Count(),
            Rows(target, entity).Count(),
            Checksum(source, entity),
            Checksum(target, entity)))];
    }

    private static void Insert(PatellaDb target, List<object> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        target.AddRange(batch);
        target.SaveChanges();
        target.ChangeTracker.Clear();
        batch.Clear();
    }

    /// <summary>Every row of a table, untracked, ordered by key.</summary>
    private static IEnumerable<object> Rows(PatellaDb db, IEntityType entity) =>
        (IEnumerable<object>)typeof(DatabaseCopy).GetMethod(nameof(RowsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType)
            .Invoke(null, [db])!;

    private static IEnumerable<object> RowsOf<T>(PatellaDb db)
        where T : class =>
        db.Set<T>().AsNoTracking().OrderBy(e => EF.Property<long>(e, "Id")).AsEnumerable();

    /// <summary>SHA-256 over every mapped value of every row, in key order, written invariantly.</summary>
    private static string Checksum(PatellaDb db, IEntityType entity)
    {
        var properties = entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in Rows(db, entity))
        {
            foreach (var property in properties)
            {
                var value = property.PropertyInfo?.GetValue(row);
                var text = value switch
                {
                    null => "\u2400",
                    byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
                    DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
                hash.AppendData(Encoding.UTF8.GetBytes(property.Name + "=" + text + "\u001f"));
            }

            hash.AppendData("\u001e"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Tables ordered so every table comes after the tables its foreign keys point to. Runners come
    /// first: every runner_id column references them in SQL, though the EF model maps no navigation.
    /// </summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var remaining = model.GetEntityTypes()
            .OrderBy(e => e.ClrType == typeof(Runners.Runner) ? 0 : 1)
            .ThenBy(e => e.GetTableName(), StringComparer.Ordinal)
            .ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.First(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)));
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
