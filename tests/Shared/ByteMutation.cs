namespace Patella.Tests;

/// <summary>
/// Byte mutations a damaged download or a buggy writer makes: bit flips, inserted and deleted bytes,
/// "interesting" values (0x00, 0xFF, header bits), overwritten runs and, optionally, truncation. Used by
/// the decoders' mutation tests and by the long fuzz runs in bench/ (linked into both).
/// </summary>
internal static class ByteMutation
{
    private static readonly byte[] Interesting = [0x00, 0xFF, 0x7F, 0x80, 0x40, 0x60, 0x20, 0x0E, 0x0C];

    /// <param name="maxMutations">At most this many mutations (at least one).</param>
    /// <param name="maxDeletion">Longest run of bytes one deletion removes.</param>
    /// <param name="truncate">Whether cutting the rest of the input off is one of the mutations.</param>
    public static byte[] Mutate(byte[] original, Random random, int maxMutations = 4, int maxDeletion = 16, bool truncate = false)
    {
        var bytes = new List<byte>(original);
        var count = 1 + random.Next(maxMutations);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(truncate ? 6 : 5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(maxDeletion)));
                    break;
                case 3:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 4:
                    for (var k = at; k < Math.Min(bytes.Count, at + 1 + random.Next(8)); k++)
                    {
                        bytes[k] = (byte)random.Next(256);
                    }

                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
