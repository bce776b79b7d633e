using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Patella.Data.Runners;

namespace Patella.Data.Accounts;

internal static class AccountMapping
{
    public static void Configure(EntityTypeBuilder<Account> e)
    {
        e.ToTable("accounts");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.EmailKey).IsUnique();
        e.HasIndex(a => a.RunnerId).IsUnique();
        e.HasOne<Runner>().WithOne().HasForeignKey<Account>(a => a.RunnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
