using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Patella.Data.Activities;

/// <summary>
/// One INSERT of a mapped entity, built once from the EF model and executed many times (SQLite keeps
/// the statement compiled while the command lives). Columns, value converters (UTC microseconds,
/// enums as text) and parameter types all come from the model, so a row written here is stored
/// exactly as <c>SaveChanges</c> would store it, on either provider, without EF's per-save overhead.
/// </summary>
internal sealed class RowInsert<T> : IDisposable
    where T : class
{
    private readonly DbCommand command;
    private readonly Column[] columns;

    public RowInsert(PatellaDb db, DbConnection connection)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var sql = db.GetService<ISqlGenerationHelper>();
        command = connection.CreateCommand();
        var names = new List<string>();
        var values = new List<string>();
        var mapped = new List<Column>();
        foreach (var property in entity.GetProperties().Where(p => p != key))
        {
            var mapping = property.GetRelationalTypeMapping();
            var name = "@p" + mapped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var parameter = mapping.CreateParameter(command, name, null, property.IsNullable);
            command.Parameters.Add(parameter);
            names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            values.Add(name);
            mapped.Add(new Column(property.PropertyInfo!, mapping.Converter, parameter));
        }

        columns = [.. mapped];
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({string.Join(", ", names)}) " +
            $"VALUES ({string.Join(", ", values)}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
    }

    /// <summary>Inserts the row inside the transaction and returns its generated id.</summary>
    public long Insert(T row, DbTransaction transaction)
    {
        command.Transaction = transaction;
        foreach (var column in columns)
        {
            var value = column.Property.GetValue(row);
            if (value is not null && column.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            column.Parameter.Value = value ?? DBNull.Value;
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => command.Dispose();

    private sealed record Column(PropertyInfo Property, ValueConverter? Converter, DbParameter Parameter);
}
