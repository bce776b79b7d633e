using Patella.Core.Activities;
using Patella.Import;
using Patella.Tests;

namespace Patella.Import.Tests.Fit;

/// <summary>
/// A real indoor-rowing session from a vivoactive HR (ErgIQ): heart rate every second, no positions, no speed, distance
/// only in developer fields. Garmin's SDK reads a session of 0 m and 1,707.308 s of timer time
/// (shared/testdata/activities/fit-reference.jsonl); Patella showed it as 0:00 moving.
/// </summary>
public class FitNoMotionTests
{
    [Fact]
    public void IndoorSession_WithoutMotion_CountsItsTimerTimeAsMoving()
    {
        var name = "20170518-191602-1740899583.fit";
        var result = ActivityFileReader.Read(ImportInput.FromBytes(name, File.ReadAllBytes(SharedTestData.File("fit", name))), ImportLimits.Default);

        var metrics = Assert.Single(result.File!.Activities).Metrics;

        Assert.Equal(0, metrics.Distance.Metres);
        Assert.InRange(metrics.MovingTime.TotalSeconds, 1707.308 * 0.98, 1707.308 * 1.001);
        Assert.True(metrics.MovingTime <= metrics.ElapsedTime);
    }
}
