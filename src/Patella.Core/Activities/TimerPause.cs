namespace Patella.Core.Activities;

/// <summary>A span during which the recording device's timer was stopped (FIT timer stop → start).</summary>
public readonly record struct TimerPause(DateTime StartUtc, DateTime EndUtc)
{
    public TimeSpan Duration => EndUtc - StartUtc;
}
