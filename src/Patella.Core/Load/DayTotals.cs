namespace Patella.Core.Load;

/// <summary>Running sums for one local day: the engine's only per-day state, a plain value so copies are cheap.</summary>
internal struct DayTotals
{
    public double DistanceMetres;
    public double MovingSeconds;
    public int Runs;
    public double DescentMetres;
    public double DownhillMetres;
    public double LongestMetres;
    public double SessionRpe;
    public int RunsWithoutRpe;
    public int CrossSessions;
    public double CrossSeconds;

    public void Add(LoadRun run)
    {
        DistanceMetres += run.Distance.Metres;
        MovingSeconds += run.MovingTime.TotalSeconds;
        Runs++;
        DescentMetres += run.DescentMetres;
        DownhillMetres += run.DownhillDistance.Metres;
        LongestMetres = Math.Max(LongestMetres, run.Distance.Metres);
        if (run.PerceivedExertion is { } rpe)
        {
            SessionRpe += rpe * run.MovingTime.TotalMinutes;
        }
        else
        {
            RunsWithoutRpe++;
        }
    }

    public void Add(CrossTrainingSession session)
    {
        CrossSessions++;
        CrossSeconds += session.MovingTime.TotalSeconds;
    }

    public readonly double Load(LoadSettings settings) => settings.Measure switch
    {
        LoadMeasure.Minutes => MovingSeconds / 60.0,
        LoadMeasure.SessionRpe => SessionRpe,
        _ => settings.Unit == DistanceUnit.Miles ? DistanceMetres / Measures.Distance.MetresPerMile : DistanceMetres / 1000.0,
    };
}
