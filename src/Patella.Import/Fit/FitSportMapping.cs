using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>FIT sport and sub_sport (profile enums) → <see cref="Sport"/> and the display words.</summary>
internal static class FitSportMapping
{
    /// <summary>
    /// From the sessions (different sports → Multisport), else the sport message. The name is the
    /// first session's "sport/sub_sport" ("running/treadmill"), the sub-sport left out when generic.
    /// </summary>
    public static (Sport Sport, string? Name) Decide(FitActivityCollector c)
    {
        int? sport = null;
        int? subSport = null;
        var multisport = false;
        foreach (var session in c.Sessions)
        {
            if (session.Sport is not { } s)
            {
                continue;
            }

            if (sport is null)
            {
                sport = s;
                subSport = session.SubSport;
            }
            else if (sport != s)
            {
                multisport = true;
            }
        }

        if (sport is null)
        {
            sport = c.SportMessageSport;
            subSport = c.SportMessageSubSport;
        }

        if (sport is not { } fitSport)
        {
            return (Sport.Unknown, null);
        }

        var name = FitProfileNames.SportName(fitSport);
        if (subSport is { } sub and not 0)
        {
            name = $"{name}/{FitProfileNames.SubSportName(sub)}";
        }

        return (multisport ? Sport.Multisport : Map(fitSport, subSport ?? 0), multisport ? "multisport" : name);
    }

    private static Sport Map(int sport, int subSport) => sport switch
    {
        1 => subSport switch
        {
            1 or 45 => Sport.TreadmillRunning, // treadmill, indoor_running
            3 => Sport.TrailRunning,
            _ => Sport.Running,
        },
        2 or 21 => Sport.Cycling, // cycling, e_biking
        4 => subSport switch
        {
            14 => Sport.Rowing, // indoor_rowing
            15 => Sport.Elliptical,
            _ => Sport.Other,
        },
        5 => Sport.Swimming,
        10 => subSport == 20 ? Sport.StrengthTraining : Sport.Other, // training/strength_training
        11 => Sport.Walking,
        15 => Sport.Rowing,
        17 => Sport.Hiking,
        18 => Sport.Multisport,
        0 => Sport.Unknown,
        _ => Sport.Other,
    };
}
