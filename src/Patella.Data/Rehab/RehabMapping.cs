using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Rehab;

internal static class RehabMapping
{
    public static void ConfigureCheckIn(EntityTypeBuilder<StoredCheckIn> e)
    {
        e.ToTable("check_ins");
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.RunnerId, c.Date }).IsUnique();
    }

    public static void ConfigureClearance(EntityTypeBuilder<StoredClearanceRecord> e)
    {
        e.ToTable("clearance_records");
        e.HasKey(c => c.Id);
        e.Property(c => c.Test).HasConversion<string>();
        e.HasIndex(c => new { c.RunnerId, c.Date });
    }

    public static void ConfigureStart(EntityTypeBuilder<StoredRehabStart> e)
    {
        e.ToTable("rehab_starts");
        e.HasKey(s => s.Id);
        e.HasIndex(s => s.RunnerId).IsUnique();
    }

    public static void ConfigureTick(EntityTypeBuilder<StoredExerciseTick> e)
    {
        e.ToTable("exercise_ticks");
        e.HasKey(t => t.Id);
        e.HasIndex(t => new { t.RunnerId, t.Date, t.ExerciseId }).IsUnique();
    }
}
