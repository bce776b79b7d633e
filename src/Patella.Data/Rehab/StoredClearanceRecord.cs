using Patella.Core.Rehab;

namespace Patella.Data.Rehab;

/// <summary>One clearance test as recorded (<c>patella clearance record</c>). Every record is kept; the latest per test counts.</summary>
public sealed class StoredClearanceRecord
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    public ClearanceTest Test { get; set; }

    /// <summary>The runner's local date of the test.</summary>
    public DateOnly Date { get; set; }

    public bool Passed { get; set; }

    /// <summary>What was measured, in words with the numbers (<see cref="ClearanceRecord.Evidence"/>).</summary>
    public string Evidence { get; set; } = "";

    /// <summary>Weaker over stronger leg × 100 for the strength test; otherwise null.</summary>
    public double? LimbSymmetryIndexPercent { get; set; }

    public DateTime RecordedUtc { get; set; }
}

/// <summary>The first day of the runner's plan, when set explicitly; one per runner.</summary>
public sealed class StoredRehabStart
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The runner's local date the plan started.</summary>
    public DateOnly StartedOn { get; set; }

    public DateTime RecordedUtc { get; set; }
}
