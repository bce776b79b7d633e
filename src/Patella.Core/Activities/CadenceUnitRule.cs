using System.Globalization;

namespace Patella.Core.Activities;

/// <summary>
/// Decides what a recording's raw cadence numbers count, so a runner never sees a stride rate shown as a
/// step rate (85 "spm" instead of 170). FIT running cadence is strides per minute; GPX <c>cad</c> and TCX
/// <c>RunCadence</c> are strides for Garmin sources and steps for some apps (research-notes §5.1-5.3).
/// <para>
/// Physiology: distance runners take 150-200 steps/min (75-100 strides/min) and nobody runs below about
/// 120 steps/min or holds 240 steps/min for a whole run; walkers take 100-130 steps/min (50-65 strides/min).
/// So for running the numbers alone decide, whatever the file says: a median moving cadence below
/// <see cref="RunningStrideBelow"/> is strides. For walking the declared unit is trusted, and an undeclared
/// one is strides below <see cref="WalkingStrideBelow"/>.
/// </para>
/// </summary>
public static class CadenceUnitRule
{
    /// <summary>Raw median (per minute) below which running cadence is strides: 120 steps/min is too slow to run, 120 strides/min (240 steps) too fast to sustain.</summary>
    public const double RunningStrideBelow = 120.0;

    /// <summary>Raw median (per minute) below which undeclared walking cadence is strides: walkers take 100-130 steps/min, 50-65 strides/min.</summary>
    public const double WalkingStrideBelow = 80.0;

    /// <summary>Decides the unit of raw cadence whose time-weighted median over moving time is <paramref name="medianRawPerMinute"/>.</summary>
    /// <param name="declared">What the file or its reader says the numbers count.</param>
    /// <param name="runningGait">True for a run (by sport, or by speed when the sport is unknown); false for walking.</param>
    /// <param name="medianRawPerMinute">Median raw cadence while moving, in the file's own unit.</param>
    public static CadenceUnitDecision Decide(CadenceUnit declared, bool runningGait, double medianRawPerMinute)
    {
        var median = medianRawPerMinute.ToString("0", CultureInfo.InvariantCulture);
        if (declared == CadenceUnit.RevolutionsPerMinute)
        {
            return new(CadenceUnit.RevolutionsPerMinute, "Cadence is pedal revolutions per minute, not a step rate.");
        }

        if (runningGait)
        {
            var strides = medianRawPerMinute < RunningStrideBelow;
            var unit = strides ? CadenceUnit.StridesPerMinute : CadenceUnit.StepsPerMinute;
            var reason = (declared, strides) switch
            {
                (CadenceUnit.StridesPerMinute, true) => "Running cadence recorded as strides/min (one foot): doubled to steps/min.",
                (CadenceUnit.StepsPerMinute, false) => "Running cadence recorded as steps/min: used as is.",
                (CadenceUnit.StepsPerMinute, true) => $"The file says steps/min, but a median of {median} is impossible as a running step rate (runners take 150-200): read as strides/min and doubled.",
                (CadenceUnit.StridesPerMinute, false) => $"The file says strides/min, but a median of {median} would be over 240 steps/min, faster than anyone runs: read as steps/min.",
                (_, true) => $"Cadence unit not stated; a median of {median} while running is a stride rate (runners take 150-200 steps/min, 75-100 strides/min): doubled to steps/min.",
                (_, false) => $"Cadence unit not stated; a median of {median} while running is a step rate (runners take 150-200 steps/min): used as is.",
            };
            return new(unit, reason);
        }

        return declared switch
        {
            CadenceUnit.StridesPerMinute => new(declared, "Walking cadence recorded as strides/min (one foot): doubled to steps/min."),
            CadenceUnit.StepsPerMinute => new(declared, "Walking cadence recorded as steps/min: used as is."),
            _ when medianRawPerMinute < WalkingStrideBelow => new(CadenceUnit.StridesPerMinute, $"Cadence unit not stated; a median of {median} while walking is a stride rate (walkers take 100-130 steps/min, 50-65 strides/min): doubled to steps/min."),
            _ => new(CadenceUnit.StepsPerMinute, $"Cadence unit not stated; a median of {median} while walking is a step rate (walkers take 100-130 steps/min): used as is."),
        };
    }
}

/// <summary>What <see cref="CadenceUnitRule"/> decided and why, in one sentence.</summary>
/// <param name="Unit">Strides or steps per minute; <see cref="CadenceUnit.RevolutionsPerMinute"/> when there is no step rate.</param>
/// <param name="Reason">One sentence for the runner or clinician.</param>
public readonly record struct CadenceUnitDecision(CadenceUnit Unit, string Reason)
{
    /// <summary>Steps per minute for one raw unit per minute: 2 for strides, 1 for steps, 0 when there is no step rate.</summary>
    public double StepsPerRawUnit => Unit switch
    {
        CadenceUnit.StridesPerMinute => 2.0,
        CadenceUnit.StepsPerMinute => 1.0,
        _ => 0.0,
    };
}
