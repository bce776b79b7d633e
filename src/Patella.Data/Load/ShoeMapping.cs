using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Patella.Data.Activities;

namespace Patella.Data.Load;

internal static class ShoeMapping
{
    public static void ConfigureShoe(EntityTypeBuilder<StoredShoe> e)
    {
        e.ToTable("shoes");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.RunnerId, s.NameKey }).IsUnique();
    }

    public static void ConfigureAssignment(EntityTypeBuilder<StoredShoeAssignment> e)
    {
        e.ToTable("shoe_assignments");
        e.HasKey(a => a.Id);
        e.HasOne(a => a.Shoe).WithMany().HasForeignKey(a => a.ShoeId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<StoredActivity>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(a => new { a.RunnerId, a.Date });
    }
}
