using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Patella.Data;

namespace Patella.Web.Hosting;

/// <summary>
/// The data-protection key ring in the database (table <c>data_protection_keys</c>), so every web instance on one
/// database seals and opens the same sign-in cookies and anti-forgery tokens. Each element is one row by its friendly
/// name. Two instances creating a first key at once each store their own (the names are GUIDs, so nothing collides);
/// both keys are in the ring after the next read, and an instance meeting a key it has not read yet reloads the ring.
/// </summary>
internal sealed class DatabaseKeyRepository(DatabaseLocation location, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = PatellaDatabase.Open(location, migrate: false);
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = PatellaDatabase.Open(location, migrate: false);
        var xml = element.ToString(SaveOptions.DisableFormatting);
        var now = clock.GetUtcNow().UtcDateTime;
        // The key manager never writes one name twice; should a retry do so, the later XML wins instead of failing.
        db.Database.ExecuteSql($"""
            INSERT INTO data_protection_keys (friendly_name, xml, stored_utc) VALUES ({friendlyName}, {xml}, {now})
            ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml, stored_utc = excluded.stored_utc
            """);
    }
}
