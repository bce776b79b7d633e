using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Rehab;

/// <summary>The runner's goal race (<c>patella plan --race</c>); one per runner, read back with <see cref="RaceGoalStorage.Of"/>.</summary>
[EntityTypeConfiguration(typeof(StoredRaceGoalMapping))]
public sealed class StoredRaceGoal
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>Race day, the runner's local date.</summary>
    public DateOnly RaceDate { get; set; }

    /// <summary>Race distance, metres; more than 0.</summary>
    public double DistanceMetres { get; set; }

    public DateTime RecordedUtc { get; set; }
}

/// <summary>Maps <see cref="StoredRaceGoal"/> to <c>race_goals</c> (Migrations/*/0008_race_goals.sql); columns are snake_case by convention.</summary>
internal sealed class StoredRaceGoalMapping : IEntityTypeConfiguration<StoredRaceGoal>
{
    public void Configure(EntityTypeBuilder<StoredRaceGoal> builder)
    {
        builder.ToTable("race_goals");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.RunnerId).IsUnique();
    }
}
