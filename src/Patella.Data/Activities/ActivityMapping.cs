using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Activities;

internal static class ActivityMapping
{
    public static void ConfigureFile(EntityTypeBuilder<StoredActivityFile> e)
    {
        e.ToTable("activity_files");
        e.HasKey(f => f.Id);
        e.Property(f => f.Format).HasConversion<string>();
        e.HasIndex(f => new { f.RunnerId, f.ContentSha256 }).IsUnique();
        e.HasMany(f => f.Activities).WithOne(a => a.File).HasForeignKey(a => a.FileId).OnDelete(DeleteBehavior.Cascade);
    }

    public static void ConfigureActivity(EntityTypeBuilder<StoredActivity> e)
    {
        e.ToTable("activities");
        e.HasKey(a => a.Id);
        e.Property(a => a.Sport).HasConversion<string>();
        e.HasIndex(a => new { a.RunnerId, a.StartUtc });
    }
}
