namespace Patella.Core.Activities;

/// <summary>
/// What the raw cadence numbers of a recording count. FIT running cadence is strides (one foot)
/// per minute; GPX <c>cad</c> and TCX <c>RunCadence</c> are not fixed by their schemas
/// (research-notes §5.2, §5.3), so a reader that cannot tell says <see cref="Unknown"/> and Core
/// decides from the numbers (<c>CadenceUnitRule</c>).
/// </summary>
public enum CadenceUnit
{
    Unknown = 0,
    StridesPerMinute,
    StepsPerMinute,
    /// <summary>Pedal revolutions per minute (cycling): never shown as a step rate.</summary>
    RevolutionsPerMinute,
}
