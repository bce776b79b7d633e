using Patella.Core.Activities;

namespace Patella.Import.Strava;

/// <summary>Applies what the runner told Strava (name, type, gear, effort) to a decoded file.</summary>
public static class StravaMetadata
{
    /// <summary>The CSV wins over the file for name, sport and gear: it is what the runner last edited.</summary>
    public static RecordedActivity Apply(StravaActivity row, RecordedActivity recording)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(recording);
        var sport = row.Type is { } type ? SportOf(type) : recording.Sport;
        return recording with
        {
            Name = row.Name ?? recording.Name,
            Sport = sport == Sport.Unknown ? recording.Sport : sport,
            SportName = row.Type ?? recording.SportName,
        };
    }

    /// <summary>Strava activity types mapped to Patella's sports; anything unlisted is Other.</summary>
    public static Sport SportOf(string stravaType) => stravaType.Trim().ToUpperInvariant() switch
    {
        "RUN" or "VIRTUAL RUN" or "VIRTUALRUN" => Sport.Running,
        "TRAIL RUN" or "TRAILRUN" => Sport.TrailRunning,
        "WALK" => Sport.Walking,
        "HIKE" => Sport.Hiking,
        "RIDE" or "VIRTUAL RIDE" or "VIRTUALRIDE" or "E-BIKE RIDE" or "EBIKERIDE" or "MOUNTAIN BIKE RIDE" or "GRAVEL RIDE" or "HANDCYCLE" or "VELOMOBILE" => Sport.Cycling,
        "SWIM" => Sport.Swimming,
        "ROWING" or "VIRTUAL ROW" => Sport.Rowing,
        "ELLIPTICAL" => Sport.Elliptical,
        "WEIGHT TRAINING" or "WEIGHTTRAINING" => Sport.StrengthTraining,
        "" => Sport.Unknown,
        _ => Sport.Other,
    };
}
