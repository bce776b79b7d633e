using Patella.Core.Rehab;

namespace Patella.Data.Rehab;

/// <summary>
/// One daily check-in as stored: one row per runner per local date (a later one for the date replaces it whole from a
/// form, or from the CLI keeps what it leaves out: see RehabStorage.Save).
/// Pain and ratings are whole points 0-10, exactly as <see cref="CheckIn"/> holds them; read back with
/// <see cref="RehabStorage.ToDomain(StoredCheckIn)"/>, which validates them again.
/// </summary>
public sealed class StoredCheckIn
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The runner's local date the check-in is about.</summary>
    public DateOnly Date { get; set; }

    public int PainAtRest { get; set; }

    /// <summary>Null when the runner did not run.</summary>
    public int? PainDuringRun { get; set; }

    public int? PainAfterRun { get; set; }

    public int? PainNextMorning { get; set; }

    public int? StairsDownPain { get; set; }

    public bool Swelling { get; set; }

    public bool LimpOrChangedStride { get; set; }

    public bool GivingWay { get; set; }

    public bool ExercisesDone { get; set; }

    public int? ExercisePain { get; set; }

    public int? Rpe { get; set; }

    public int? Sleep { get; set; }

    public int? Fatigue { get; set; }

    public int? Stress { get; set; }

    public bool Stiffness { get; set; }

    /// <summary>Catalogue ids, one per line; null for none.</summary>
    public string? PainfulExerciseIds { get; set; }

    /// <summary>Minutes run, walk breaks included; null when not given.</summary>
    public double? RunMinutes { get; set; }

    public string? Note { get; set; }

    /// <summary>When it was last written, UTC.</summary>
    public DateTime RecordedUtc { get; set; }
}
