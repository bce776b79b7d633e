using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>
/// Everything <see cref="FitActivityReader.ReadDetailed"/> found: the activity, the FIT-level
/// records behind its points, and the integrity of every chained file, so an importer can decide
/// what to do with a CRC mismatch.
/// </summary>
/// <param name="Activity">The activity in Patella's model.</param>
/// <param name="Records">Every record message in file order (same order and count as the activity's points).</param>
/// <param name="Sessions">Every session message in file order.</param>
/// <param name="Files">Per chained file: where its CRC is and whether it matched.</param>
/// <param name="Errors">Every problem the decoder reported (also summarised in the activity's warnings).</param>
public sealed record FitActivity(
    RecordedActivity Activity,
    IReadOnlyList<FitRecord> Records,
    IReadOnlyList<FitSession> Sessions,
    IReadOnlyList<FitFileEnd> Files,
    IReadOnlyList<FitDecodeError> Errors)
{
    /// <summary>Every lap message in file order; empty when the file has none.</summary>
    public IReadOnlyList<FitLap> Laps { get; init; } = [];

    /// <summary>True when some file of the chain has a file CRC that does not match its bytes.</summary>
    public bool HasCrcMismatch => Files.Any(f => f.Crc == FitCrcStatus.Mismatch);
}
