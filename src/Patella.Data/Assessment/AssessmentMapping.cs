using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Assessment;

internal static class AssessmentMapping
{
    public static void ConfigureAssessment(EntityTypeBuilder<StoredAssessment> e)
    {
        e.ToTable("assessments");
        e.HasKey(a => a.Id);
        e.Property(a => a.ReferralUrgency).HasConversion<string>();
        e.Property(a => a.LikelyCondition).HasConversion<string>();
        e.Property(a => a.Stage).HasConversion<string>();
        e.HasIndex(a => new { a.RunnerId, a.TakenUtc });
    }

    public static void ConfigureKujala(EntityTypeBuilder<StoredKujalaScore> e)
    {
        e.ToTable("kujala_scores");
        e.HasKey(k => k.Id);
        e.HasIndex(k => new { k.RunnerId, k.ScoreDate });
    }
}
