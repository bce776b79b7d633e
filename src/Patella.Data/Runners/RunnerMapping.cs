using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data.Runners;

internal static class RunnerMapping
{
    public static void Configure(EntityTypeBuilder<Runner> e)
    {
        e.ToTable("runners");
        e.HasKey(r => r.Id);
    }
}
