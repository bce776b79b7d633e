using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Patella.Data.Accounts;
using Patella.Data.Runners;

namespace Patella.Data.Clinic;

internal static class ClinicMapping
{
    public static void ConfigureInvite(EntityTypeBuilder<ClinicInvite> e)
    {
        e.ToTable("clinic_invites");
        e.HasKey(i => i.Id);
        e.HasOne<Runner>().WithMany().HasForeignKey(i => i.RunnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(i => i.CodeSha256).IsUnique();
    }

    public static void ConfigureGrant(EntityTypeBuilder<ClinicGrant> e)
    {
        e.ToTable("clinic_grants");
        e.HasKey(g => g.Id);
        e.HasOne<Runner>().WithMany().HasForeignKey(g => g.RunnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(g => g.ClinicianAccountId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ClinicInvite>().WithMany().HasForeignKey(g => g.InviteId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(g => new { g.ClinicianAccountId, g.RunnerId });
        e.HasIndex(g => g.RunnerId);
    }

    public static void ConfigureNote(EntityTypeBuilder<ClinicianNote> e)
    {
        e.ToTable("clinician_notes");
        e.HasKey(n => n.Id);
        e.HasOne<Runner>().WithMany().HasForeignKey(n => n.RunnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(n => n.ClinicianAccountId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(n => new { n.RunnerId, n.WrittenUtc });
    }

    public static void ConfigureAdjustment(EntityTypeBuilder<StoredPlanAdjustment> e)
    {
        e.ToTable("plan_adjustments");
        e.HasKey(a => a.Id);
        e.HasOne<Runner>().WithMany().HasForeignKey(a => a.RunnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Account>().WithMany().HasForeignKey(a => a.ClinicianAccountId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(a => new { a.RunnerId, a.AdjustedOn });
    }
}
