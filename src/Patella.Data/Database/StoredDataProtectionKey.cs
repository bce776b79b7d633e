using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Patella.Data;

/// <summary>
/// One ASP.NET Core data-protection key (or revocation) as the XML the key manager wrote, stored in the database so
/// every web instance on it reads the same key ring. The web app's key repository is the only writer.
/// </summary>
public sealed class StoredDataProtectionKey
{
    public long Id { get; set; }

    /// <summary>The key manager's name for the element ("key-&lt;guid&gt;", "revocation-…"); unique.</summary>
    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";

    public DateTime StoredUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<StoredDataProtectionKey> e)
    {
        e.ToTable("data_protection_keys");
        e.HasKey(k => k.Id);
        e.HasIndex(k => k.FriendlyName).IsUnique();
    }
}
