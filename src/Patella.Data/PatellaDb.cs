using Microsoft.EntityFrameworkCore;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Data.Assessment;
using Patella.Data.Clinic;
using Patella.Data.Imports;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Data.Runners;

namespace Patella.Data;

/// <summary>
/// The one database context, on SQLite (default) or PostgreSQL. The schema comes from the
/// versioned SQL scripts in Migrations/ (see <see cref="Database.SchemaMigrator"/>), not from EF
/// migrations: EF Core's Design package is not on our package mirror. The mapping here names
/// every table and column exactly as those scripts create them.
/// </summary>
public sealed class PatellaDb(DbContextOptions<PatellaDb> options) : DbContext(options)
{
    public DbSet<Runner> Runners => Set<Runner>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<StoredActivityFile> ActivityFiles => Set<StoredActivityFile>();

    public DbSet<StoredActivity> Activities => Set<StoredActivity>();

    public DbSet<StoredAssessment> Assessments => Set<StoredAssessment>();

    public DbSet<StoredKujalaScore> KujalaScores => Set<StoredKujalaScore>();

    public DbSet<StoredShoe> Shoes => Set<StoredShoe>();

    public DbSet<StoredShoeAssignment> ShoeAssignments => Set<StoredShoeAssignment>();

    public DbSet<StoredCheckIn> CheckIns => Set<StoredCheckIn>();

    public DbSet<StoredClearanceRecord> ClearanceRecords => Set<StoredClearanceRecord>();

    public DbSet<StoredRehabStart> RehabStarts => Set<StoredRehabStart>();

    public DbSet<StoredExerciseTick> ExerciseTicks => Set<StoredExerciseTick>();

    public DbSet<StoredRaceGoal> RaceGoals => Set<StoredRaceGoal>();

    public DbSet<ClinicInvite> ClinicInvites => Set<ClinicInvite>();

    public DbSet<ClinicGrant> ClinicGrants => Set<ClinicGrant>();

    public DbSet<ClinicianNote> ClinicianNotes => Set<ClinicianNote>();

    public DbSet<StoredPlanAdjustment> PlanAdjustments => Set<StoredPlanAdjustment>();

    public DbSet<StoredDataProtectionKey> DataProtectionKeys => Set<StoredDataProtectionKey>();

    public DbSet<StoredImportBatch> ImportBatches => Set<StoredImportBatch>();

    public DbSet<StoredImportBatchFile> ImportBatchFiles => Set<StoredImportBatchFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Runner>(RunnerMapping.Configure);
        modelBuilder.Entity<Account>(AccountMapping.Configure);
        modelBuilder.Entity<StoredActivityFile>(ActivityMapping.ConfigureFile);
        modelBuilder.Entity<StoredActivity>(ActivityMapping.ConfigureActivity);
        modelBuilder.Entity<StoredAssessment>(AssessmentMapping.ConfigureAssessment);
        modelBuilder.Entity<StoredKujalaScore>(AssessmentMapping.ConfigureKujala);
        modelBuilder.Entity<StoredShoe>(ShoeMapping.ConfigureShoe);
        modelBuilder.Entity<StoredShoeAssignment>(ShoeMapping.ConfigureAssignment);
        modelBuilder.Entity<StoredCheckIn>(RehabMapping.ConfigureCheckIn);
        modelBuilder.Entity<StoredClearanceRecord>(RehabMapping.ConfigureClearance);
        modelBuilder.Entity<StoredRehabStart>(RehabMapping.ConfigureStart);
        modelBuilder.Entity<StoredExerciseTick>(RehabMapping.ConfigureTick);
        modelBuilder.Entity<ClinicInvite>(ClinicMapping.ConfigureInvite);
        modelBuilder.Entity<ClinicGrant>(ClinicMapping.ConfigureGrant);
        modelBuilder.Entity<ClinicianNote>(ClinicMapping.ConfigureNote);
        modelBuilder.Entity<StoredPlanAdjustment>(ClinicMapping.ConfigureAdjustment);
        modelBuilder.Entity<StoredDataProtectionKey>(StoredDataProtectionKey.Configure);
        modelBuilder.Entity<StoredImportBatch>(ImportBatchMapping.ConfigureBatch);
        modelBuilder.Entity<StoredImportBatchFile>(ImportBatchMapping.ConfigureFile);
        SnakeCaseColumns.Apply(modelBuilder);
    }

    /// <summary>The pool this context was rented from (<see cref="ContextPool"/>); disposing gives it back there.</summary>
    internal ContextPool? Pool { get; set; }

    /// <summary>True on SQLite; asked once (EF answers the provider's name through reflection each time it is asked).</summary>
    internal bool IsSqlite => isSqlite ??= Database.IsSqlite();

    private bool? isSqlite;

    /// <summary>The access check prepared on this context's SQLite connection, once used (see <see cref="ReadableRunnerStatement"/>).</summary>
    internal ReadableRunnerStatement? ReadableRunnerStatement { get; set; }

    /// <summary>Gives a rented context back to its pool, else disposes it (and, on SQLite, its connection).</summary>
    public override void Dispose()
    {
        if (Pool?.TryKeep(this) != true)
        {
            ReadableRunnerStatement?.Dispose();
            base.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        if (Pool?.TryKeep(this) == true)
        {
            return ValueTask.CompletedTask;
        }

        ReadableRunnerStatement?.Dispose();
        return base.DisposeAsync();
    }

    /// <summary>False while copying a database row for row (<see cref="DatabaseCopy"/>): the stamps copy as they are.</summary>
    internal bool StampsRunners { get; set; } = true;

    /// <summary>Saves, giving every runner whose rows change a new <see cref="Runner.StateVersion"/> in the same transaction.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var standIns = StampsRunners ? RunnerStamp.MarkPending(this) : [];
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            Detach(standIns);
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var standIns = StampsRunners ? RunnerStamp.MarkPending(this) : [];
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Detach(standIns);
        }
    }

    private void Detach(List<Runner> standIns)
    {
        foreach (var standIn in standIns)
        {
            Entry(standIn).State = EntityState.Detached;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
