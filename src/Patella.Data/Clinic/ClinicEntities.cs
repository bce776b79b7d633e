namespace Patella.Data.Clinic;

/// <summary>
/// A runner's invite code for a clinician. Only the code's SHA-256 is stored, so a copy of the database cannot be used to
/// join; the code itself is shown once, to the runner who made it. Single use: <see cref="UsedUtc"/> is set on use.
/// </summary>
public sealed class ClinicInvite
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the normalised code (<see cref="InviteCodes.Normalise"/>).</summary>
    public required string CodeSha256 { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The code is refused from this instant.</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>When a clinician used it; null while unused.</summary>
    public DateTime? UsedUtc { get; set; }
}

/// <summary>A runner's consent: the clinician account reads the runner's data from <see cref="GrantedUtc"/> until <see cref="RevokedUtc"/>.</summary>
public sealed class ClinicGrant
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    public long ClinicianAccountId { get; set; }

    public long InviteId { get; set; }

    public DateTime GrantedUtc { get; set; }

    /// <summary>When the runner took access back; null while it stands. A revoked grant stays as the record of who had access.</summary>
    public DateTime? RevokedUtc { get; set; }
}

/// <summary>A clinician's note on a runner, which the runner reads too.</summary>
public sealed class ClinicianNote
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The author's account; null once that account is deleted (the note stays part of the runner's record).</summary>
    public long? ClinicianAccountId { get; set; }

    /// <summary>The author as the runner reads it (their email when written).</summary>
    public required string Author { get; set; }

    public required string Text { get; set; }

    public DateTime WrittenUtc { get; set; }
}

/// <summary>One <see cref="Core.Rehab.Adjustments.PlanAdjustment"/> as stored: the kind as its name, the phase as its number.</summary>
public sealed class StoredPlanAdjustment
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The author's account; null once that account is deleted.</summary>
    public long? ClinicianAccountId { get; set; }

    public required string Author { get; set; }

    /// <summary>The runner's local date it takes effect.</summary>
    public DateOnly AdjustedOn { get; set; }

    public required string Kind { get; set; }

    public int? Phase { get; set; }

    public string? ExerciseId { get; set; }

    public int? Sets { get; set; }

    public int? Reps { get; set; }

    public int? HoldSeconds { get; set; }

    public required string Reason { get; set; }

    public DateTime RecordedUtc { get; set; }
}
