using Patella.Core.Assessment.Kujala;

namespace Patella.Data.Assessment;

/// <summary>
/// One Kujala response as stored: every item's answer (the response JSON, with its table version
/// and date) and the total it scored. The total is kept for queries; the items are the record.
/// </summary>
public sealed class StoredKujalaScore
{
    public long Id { get; set; }

    public long RunnerId { get; set; }

    /// <summary>The day the runner answered, in their time zone.</summary>
    public DateOnly ScoreDate { get; set; }

    /// <summary>The pinned table version, <see cref="KujalaQuestionnaire.Version"/>.</summary>
    public string Version { get; set; } = "";

    /// <summary>The response as <see cref="KujalaResponseJson.Write"/> wrote it: item id → option code.</summary>
    public string ResponseJson { get; set; } = "";

    /// <summary>Total, 0-100, higher is better.</summary>
    public int TotalPoints { get; set; }

    /// <summary>When it was stored, UTC.</summary>
    public DateTime RecordedUtc { get; set; }
}
