using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Patella.Core.Activities;
using Patella.Import;

namespace Patella.Data.Activities;

/// <summary>
/// Stores one runner's imported files, each in its own transaction: whole or not at all, each content
/// once, the same run from another source once. The lookups and inserts are commands prepared once for
/// the whole import and run on the context's connection, with columns and conversions taken from the
/// EF model (<see cref="RowInsert{T}"/>): EF's change tracking cost more than the rest of the import's
/// storing together. Not thread-safe: one store per import, used from one thread. Dispose it before
/// using the context for anything else.
/// </summary>
public sealed class ActivityFileStore : IDisposable
{
    private readonly PatellaDb db;
    private readonly long runnerId;
    private readonly DbConnection connection;
    private readonly DbCommand findContent;
    private readonly DbCommand findNear;
    private readonly DbCommand stampRunner;
    private readonly DbParameter stamp;
    private readonly DbParameter nearFrom;
    private readonly DbParameter nearTo;
    private readonly DbParameter contentHash;
    private readonly ValueConverter sportFromText;
    private readonly ValueConverter? startToStored;
    private readonly RowInsert<StoredActivityFile> insertFile;
    private readonly RowInsert<StoredActivity> insertActivity;

    public ActivityFileStore(PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        this.db = db;
        this.runnerId = runnerId;
        db.Database.OpenConnection();
        connection = db.Database.GetDbConnection();

        var files = db.Model.FindEntityType(typeof(StoredActivityFile))!;
        var activities = db.Model.FindEntityType(typeof(StoredActivity))!;
        findContent = connection.CreateCommand();
        findContent.CommandText = "SELECT source_name FROM activity_files WHERE runner_id = @runner AND content_sha256 = @hash LIMIT 1";
        findContent.Parameters.Add(Parameter(findContent, files.FindProperty(nameof(StoredActivityFile.RunnerId))!, "@runner", runnerId));
        contentHash = Parameter(findContent, files.FindProperty(nameof(StoredActivityFile.ContentSha256))!, "@hash", null);
        findContent.Parameters.Add(contentHash);

        var start = activities.FindProperty(nameof(StoredActivity.StartUtc))!;
        findNear = connection.CreateCommand();
        findNear.CommandText =
            "SELECT a.sport, COALESCE(f.source_name, 'manual entry') FROM activities a LEFT JOIN activity_files f ON f.id = a.file_id " +
            "WHERE a.runner_id = @runner AND a.start_utc >= @from AND a.start_utc <= @to ORDER BY a.start_utc, a.id";
        findNear.Parameters.Add(Parameter(findNear, activities.FindProperty(nameof(StoredActivity.RunnerId))!, "@runner", runnerId));
        nearFrom = Parameter(findNear, start, "@from", null);
        nearTo = Parameter(findNear, start, "@to", null);
        findNear.Parameters.Add(nearFrom);
        findNear.Parameters.Add(nearTo);
        startToStored = start.GetRelationalTypeMapping().Converter;
        sportFromText = activities.FindProperty(nameof(StoredActivity.Sport))!.GetRelationalTypeMapping().Converter!;

        // The runner's data stamp changes in each file's transaction (see RunnerStamp), as SaveChanges would do.
        var runners = db.Model.FindEntityType(typeof(Runners.Runner))!;
        stampRunner = connection.CreateCommand();
        stampRunner.CommandText = "UPDATE runners SET state_version = @stamp WHERE id = @runner";
        stampRunner.Parameters.Add(Parameter(stampRunner, runners.FindProperty(nameof(Runners.Runner.Id))!, "@runner", runnerId));
        stamp = Parameter(stampRunner, runners.FindProperty(nameof(Runners.Runner.StateVersion))!, "@stamp", 0L);
        stampRunner.Parameters.Add(stamp);

        insertFile = new RowInsert<StoredActivityFile>(db, connection);
        insertActivity = new RowInsert<StoredActivity>(db, connection);
    }

    /// <summary>Stores the file and the activities in it that are not already there, in one transaction.</summary>
    /// <param name="nowUtc">The import time recorded on the file.</param>
    public StoreOutcome Store(ImportedFile file, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        List<long> ids = [];
        using (var transaction = db.Database.BeginTransaction())
        {
            var dbTransaction = transaction.GetDbTransaction();
            if (SourceOfContent(file.ContentSha256, dbTransaction) is { } existing)
            {
                return new StoreOutcome(StoreResult.AlreadyThere, [], existing);
            }

            var fresh = new List<int>(file.Activities.Count);
            string? sameRun = null;
            for (var index = 0; index < file.Activities.Count; index++)
            {
                var twin = SourceOfSameRun(file.Activities[index].Recording, dbTransaction);
                if (twin is null)
                {
                    fresh.Add(index);
                }
                else
                {
                    sameRun ??= twin;
                }
            }

            if (fresh.Count == 0)
            {
                return new StoreOutcome(StoreResult.SameRunAlreadyThere, [], sameRun);
            }

            try
            {
                var fileId = insertFile.Insert(ToRow(file, nowUtc), dbTransaction);
                foreach (var index in fresh)
                {
                    var row = StoredActivityMapping.FromImport(runnerId, index, file.Activities[index], file.Strava);
                    row.FileId = fileId;
                    ids.Add(insertActivity.Insert(row, dbTransaction));
                }

                stamp.Value = Runners.RunnerStamp.Next();
                stampRunner.Transaction = dbTransaction;
                stampRunner.ExecuteNonQuery();

                transaction.Commit();
            }
            catch (DbException)
            {
                transaction.Rollback();
                if (SourceOfContent(file.ContentSha256, null) is null)
                {
                    throw;
                }

                // Another import stored the same content between our check and our insert (PostgreSQL;
                // SQLite's immediate transaction holds the write lock from the check on).
                return new StoreOutcome(StoreResult.AlreadyThere, [], file.SourceName);
            }
        }

        return new StoreOutcome(StoreResult.Imported, ids, null);
    }

    public void Dispose()
    {
        findContent.Dispose();
        findNear.Dispose();
        stampRunner.Dispose();
        insertFile.Dispose();
        insertActivity.Dispose();
        db.Database.CloseConnection();
    }

    private StoredActivityFile ToRow(ImportedFile file, DateTime nowUtc) => new()
    {
        RunnerId = runnerId,
        ContentSha256 = file.ContentSha256,
        SourceName = file.SourceName,
        Format = file.Format,
        ContentBytes = file.ContentBytes,
        StoredGzip = file.StoredGzip,
        ImportedUtc = nowUtc,
    };

    private string? SourceOfContent(string sha256, DbTransaction? transaction)
    {
        findContent.Transaction = transaction;
        contentHash.Value = sha256;
        return findContent.ExecuteScalar() as string;
    }

    /// <summary>The source of a stored activity of the same kind starting within the tolerance, or null.</summary>
    private string? SourceOfSameRun(RecordedActivity recording, DbTransaction transaction)
    {
        var start = recording.StartUtc!.Value;
        nearFrom.Value = Stored(start - ActivityStorage.SameRunStartTolerance);
        nearTo.Value = Stored(start + ActivityStorage.SameRunStartTolerance);
        findNear.Transaction = transaction;
        using var reader = findNear.ExecuteReader();
        while (reader.Read())
        {
            var sport = (Sport)sportFromText.ConvertFromProvider(reader.GetString(0))!;
            if (sport.IsSameKindAs(recording.Sport))
            {
                return reader.GetString(1);
            }
        }

        return null;
    }

    private object Stored(DateTime value) => startToStored?.ConvertToProvider(value) ?? value;

    private static DbParameter Parameter(DbCommand command, Microsoft.EntityFrameworkCore.Metadata.IProperty property, string name, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false);
}
