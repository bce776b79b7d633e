using System.Globalization;
using Patella.Core.Activities;
using Patella.Core.Load;
using static Patella.Core.Tests.Load.LoadTestData;

namespace Patella.Core.Tests.Load;

public class AcuteChronicTests
{
    [Theory]
    [InlineData(27, false)]
    [InlineData(28, true)]
    public void On_NeedsTwentyEightDaysSinceTheFirstRun(int days, bool present)
    {
        var history = History([RunOn("2024-04-01", 5)]);

        var ratios = AcuteChronic.On(history, Date("2024-04-01").AddDays(days - 1));

        Assert.Equal(present, ratios is not null);
    }

    [Fact]
    public void On_NoRunsGivesNull() => Assert.Null(AcuteChronic.On(History([]), Date("2024-04-01")));

    [Fact]
    public void On_SteadyLoadGivesOneEverywhere()
    {
        var history = History(Daily("2024-04-01", Enumerable.Repeat(5.0, 28).ToArray()));

        var r = AcuteChronic.On(history, Date("2024-04-28"))!;

        Assert.Equal(35, r.Coupled.Acute, 9);
        Assert.Equal(35, r.Coupled.Chronic, 9);
        Assert.Equal(1, r.Coupled.Ratio!.Value, 9);
        Assert.Equal(1, r.Uncoupled.Ratio!.Value, 9);
        Assert.Equal(1, r.Ewma.Ratio!.Value, 9);
        Assert.Equal(5, r.Ewma.Acute, 9);
        Assert.Contains("contested", r.Caveat, StringComparison.Ordinal);
        Assert.Equal("R-LOAD-ACWR", r.Rule.Id);
    }

    [Fact]
    public void On_RollingRatiosByHand()
    {
        // Three weeks of 20 km (one run a week), then a 40 km week: acute 40.
        // Coupled chronic (20+20+20+40)/4 = 25 → 1.6; uncoupled chronic (20+20+20)/3 = 20 → 2.0.
        var history = History([RunOn("2024-04-01", 20), RunOn("2024-04-08", 20), RunOn("2024-04-15", 20), RunOn("2024-04-22", 40)]);

        var r = AcuteChronic.On(history, Date("2024-04-28"))!;

        Assert.Equal((40.0, 25.0, 1.6), (r.Coupled.Acute, r.Coupled.Chronic, Math.Round(r.Coupled.Ratio!.Value, 9)));
        Assert.Equal((40.0, 20.0, 2.0), (r.Uncoupled.Acute, r.Uncoupled.Chronic, Math.Round(r.Uncoupled.Ratio!.Value, 9)));
    }

    [Fact]
    public void On_EwmaIsSeededWithTheFirstDaysLoad()
    {
        // 10 km on day 0 and nothing for 27 days: acute = 10·0.75^27, chronic = 10·(27/29)^27.
        var history = History([RunOn("2024-04-01", 10)]);

        var r = AcuteChronic.On(history, Date("2024-04-28"))!;

        Assert.Equal(10 * Math.Pow(0.75, 27), r.Ewma.Acute, 12);
        Assert.Equal(10 * Math.Pow(27.0 / 29, 27), r.Ewma.Chronic, 12);
        Assert.Equal(0.25, r.EwmaAcuteLambda, 12);
        Assert.Equal(2.0 / 29, r.EwmaChronicLambda, 12);
    }

    [Fact]
    public void On_ChronicOfZeroGivesNoRatio()
    {
        // First run 35 days ago, nothing since: every window is empty.
        var history = History([RunOn("2024-04-01", 10)]);

        var r = AcuteChronic.On(history, Date("2024-05-05"))!;

        Assert.Null(r.Coupled.Ratio);
        Assert.Null(r.Uncoupled.Ratio);
        Assert.NotNull(r.Ewma.Ratio); // EWMA decays but never reaches zero
    }

    [Fact]
    public void On_SessionRpeCountsRunsWithoutRpe()
    {
        var settings = new LoadSettings(TimeZoneInfo.Utc, Measure: LoadMeasure.SessionRpe);
        var history = History(
            [Run("2024-04-01T07:00:00Z", 10, rpe: 5, minutes: 60), Run("2024-04-27T07:00:00Z", 10, rpe: 4, minutes: 50), Run("2024-04-28T07:00:00Z", 8)],
            settings);

        var r = AcuteChronic.On(history, Date("2024-04-28"))!;

        Assert.Equal(200, r.Coupled.Acute, 9);
        Assert.Equal(1, r.RunsWithoutRpe);
        Assert.Equal("AU", r.LoadUnit);
    }

    /// <summary>
    /// The ratios match a computation written here from the definitions, day by day, over two years of
    /// generated runs (rest days, doubles, gaps), with no code shared with the engine.
    /// </summary>
    [Theory]
    [InlineData(LoadMeasure.Distance)]
    [InlineData(LoadMeasure.Minutes)]
    [InlineData(LoadMeasure.SessionRpe)]
    public void On_MatchesAnIndependentComputationOverTwoYears(LoadMeasure measure)
    {
        var random = new Random(20250101);
        var first = new DateTime(2023, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        const int days = 730;
        var loads = new double[days];
        var activities = new List<Activity>();
        for (var i = 0; i < days; i++)
        {
            var runsToday = (i / 60) % 5 == 4 ? 0 : random.Next(0, 3); // every fifth 60-day block is a gap
            for (var k = 0; k < runsToday; k++)
            {
                var km = Math.Round(3 + (random.NextDouble() * 20), 2);
                var minutes = Math.Round(km * (4.5 + random.NextDouble() * 2), 1);
                var rpe = random.Next(1, 11);
                var start = first.AddDays(i).AddHours(6 + (k * 10));
                activities.Add(Run(start.ToString("o", CultureInfo.InvariantCulture), km, rpe: rpe, minutes: minutes));
                loads[i] += measure switch { LoadMeasure.Minutes => minutes, LoadMeasure.SessionRpe => rpe * minutes, _ => km };
            }
        }

        var history = History(activities, new LoadSettings(TimeZoneInfo.Utc, Measure: measure));
        var firstRun = Enumerable.Range(0, days).First(i => loads[i] > 0);
        double acuteEwma = loads[firstRun], chronicEwma = loads[firstRun];
        for (var t = firstRun; t < days; t++)
        {
            if (t > firstRun)
            {
                acuteEwma = (0.25 * loads[t]) + (0.75 * acuteEwma);
                chronicEwma = (2.0 / 29 * loads[t]) + ((1 - (2.0 / 29)) * chronicEwma);
            }

            var r = AcuteChronic.On(history, DateOnly.FromDateTime(first.AddDays(t)));
            if (t - firstRun + 1 < 28)
            {
                Assert.Null(r);
                continue;
            }

            double last7 = 0, last28 = 0, days8To28 = 0;
            for (var j = t - 27; j <= t; j++)
            {
                last28 += loads[j];
                if (j > t - 7)
                {
                    last7 += loads[j];
                }
                else
                {
                    days8To28 += loads[j];
                }
            }

            Assert.NotNull(r);
            Assert.Equal(last7, r.Coupled.Acute, 6);
            Assert.Equal(last28 / 4, r.Coupled.Chronic, 6);
            Assert.Equal(days8To28 / 3, r.Uncoupled.Chronic, 6);
            AssertRatio(last28 > 0 ? last7 / (last28 / 4) : null, r.Coupled.Ratio);
            AssertRatio(days8To28 > 0 ? last7 / (days8To28 / 3) : null, r.Uncoupled.Ratio);
            Assert.Equal(acuteEwma, r.Ewma.Acute, 6);
            Assert.Equal(chronicEwma, r.Ewma.Chronic, 6);
            AssertRatio(acuteEwma / chronicEwma, r.Ewma.Ratio);
        }
    }

    private static void AssertRatio(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e)
        {
            Assert.Equal(e, actual!.Value, 9);
        }
    }
}
