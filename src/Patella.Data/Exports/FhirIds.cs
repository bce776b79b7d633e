using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Patella.Data.Exports;

/// <summary>
/// The <c>urn:uuid:</c> of each resource in a FHIR export: name-based, so the same rows give the same bundle. The name
/// is the runner's id and creation second (two installations both have a runner 1, rarely created in the same second),
/// the kind of resource and the row id. Hashed with SHA-256 and stamped as an RFC 9562 version 8 UUID, the form RFC
/// 9562 gives for name-based UUIDs from a hash other than MD5/SHA-1.
/// </summary>
public static class FhirIds
{
    /// <summary>The UUID of one resource; <paramref name="kind"/> says what it is (<c>patient</c>, <c>pain-at-rest</c>…).</summary>
    public static Guid For(long runnerId, DateTime runnerCreatedUtc, string kind, long rowId)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var name = string.Create(CultureInfo.InvariantCulture, $"patella/{runnerId}/{runnerCreatedUtc:yyyyMMddHHmmss}/{kind}/{rowId}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant (binary 10)
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The resource's fullUrl, <c>urn:uuid:</c> and the UUID in lower case (RFC 4122's URN form).</summary>
    public static string Url(Guid id) => "urn:uuid:" + id.ToString("D", CultureInfo.InvariantCulture);
}
