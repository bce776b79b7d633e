namespace Patella.Data.Runners;

/// <summary>A runner's profile. The command line works on one runner (id 1) in its data folder.</summary>
public sealed class Runner
{
    /// <summary>The runner the command line uses.</summary>
    public const long LocalRunnerId = 1;

    public long Id { get; set; }

    public string Name { get; set; } = "Runner";

    /// <summary>IANA time zone id (e.g. "Europe/Oslo"): days and ISO weeks are counted in it.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>"km" or "mi".</summary>
    public string Units { get; set; } = "km";

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// Changes (to a new random value) in the same transaction as every write to the runner's data
    /// (<see cref="RunnerStamp"/>): what was computed from that data can be reused while it stays the same.
    /// </summary>
    public long StateVersion { get; set; }
}
