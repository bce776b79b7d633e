using Patella.Core.Activities;

namespace Patella.Import.Tcx;

/// <summary>
/// Adds up what an activity's laps declare into a <see cref="DeviceSummary"/>: distance, timer
/// time and calories summed; heart rate and run cadence averaged weighted by each lap's
/// <c>TotalTimeSeconds</c>. A total stays null when no lap states it.
/// </summary>
internal sealed class TcxLapTotals
{
    private double? distanceMetres;
    private double? timerSeconds;
    private double? calories;
    private Weighted heartRate;
    private Weighted runCadence;

    /// <summary>Adds one lap. NaN means the lap does not state that value.</summary>
    public void Add(double distance, double seconds, double lapCalories, double averageHeartRate, double averageRunCadence)
    {
        distanceMetres = Sum(distanceMetres, distance);
        timerSeconds = Sum(timerSeconds, seconds);
        calories = Sum(calories, lapCalories);
        heartRate.Add(averageHeartRate, seconds);
        runCadence.Add(averageRunCadence, seconds);
    }

    /// <param name="cadenceUnit">What the laps' <c>AvgRunCadence</c> counts; only strides/min and steps/min convert to steps/min.</param>
    public DeviceSummary ToSummary(CadenceUnit cadenceUnit)
    {
        var strides = runCadence.Average;
        return new DeviceSummary
        {
            DistanceMetres = distanceMetres,
            TimerTimeSeconds = timerSeconds,
            Calories = calories,
            AverageHeartRateBpm = heartRate.Average,
            AverageCadenceStepsPerMinute = cadenceUnit switch
            {
                CadenceUnit.StridesPerMinute => 2 * strides,
                CadenceUnit.StepsPerMinute => strides,
                _ => null,
            },
        };
    }

    private static double? Sum(double? total, double value) =>
        double.IsNaN(value) ? total : (total ?? 0) + value;

    /// <summary>A time-weighted mean; laps without a positive time count with weight 0.</summary>
    private struct Weighted
    {
        private double sum;
        private double weight;

        public readonly double? Average => weight > 0 ? sum / weight : null;

        public void Add(double value, double seconds)
        {
            if (double.IsNaN(value) || double.IsNaN(seconds) || seconds <= 0)
            {
                return;
            }

            sum += value * seconds;
            weight += seconds;
        }
    }
}
