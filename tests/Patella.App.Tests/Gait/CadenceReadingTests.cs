using System.Globalization;
using Patella.App.Tests.Cli;
using Patella.Core.Gait;
using Patella.Data.Activities;
using Patella.Data.Gait;
using Patella.Data.Runners;

namespace Patella.App.Tests.Gait;

/// <summary>
/// <see cref="CadenceReading.PlanOn"/>, the one reading behind <c>patella cadence</c> and the knee page: which runs it
/// reads and which windows it hands to Core. The history is <see cref="CadenceCommandTests"/>'s: six weeks at about
/// 164 spm, then three weeks from 2 June at about 170 spm, all at 6:10/km.
/// </summary>
public sealed class CadenceReadingTests
{
    private static readonly DateOnly Sunday = new(2025, 6, 22);

    [Theory]
    [InlineData(null, "2025-05-12", "2025-06-22", "2025-06-02", "2025-04-21", false)]
    [InlineData("2025-06-02", "2025-04-21", "2025-06-01", "2025-06-02", "2025-04-21", true)]
    [InlineData("2025-06-22", "2025-05-11", "2025-06-21", "2025-06-22", "2025-05-11", true)]
    public void PlanOn_Windows_FollowTheStartOfRetraining(string? since, string baselineFrom, string baselineTo, string progressFrom, string beforeFrom, bool startGiven)
    {
        using var cli = Retraining();
        using var db = cli.Database.Open();
        var runner = db.Runners.Single(r => r.Id == Runner.LocalRunnerId);

        var plan = CadenceReading.PlanOn(db, runner, Sunday, since is null ? null : Day(since));

        Assert.Equal((Day(baselineFrom), Day(baselineTo)), (plan.Baseline.FirstDay, plan.Baseline.LastDay));
        Assert.Equal((Day(progressFrom), Sunday, Day(beforeFrom)), (plan.Progress.Start, plan.Progress.To, plan.Progress.BeforeFrom));
        Assert.Equal(startGiven, plan.StartGiven);
    }

    [Fact]
    public void PlanOn_Since_KeepsTheBaselineBeforeTheStartAndFindsTheStep()
    {
        using var cli = Retraining();
        using var db = cli.Database.Open();
        var runner = db.Runners.Single(r => r.Id == Runner.LocalRunnerId);

        var plan = CadenceReading.PlanOn(db, runner, Sunday, Day("2025-06-02"));

        Assert.Equal(14, plan.Baseline.EasyRunCount);
        Assert.Equal(163.9, plan.Baseline.Cadence!.Value.StepsPerMinute, 1);
        Assert.Equal(176, plan.Target!.Goal.StepsPerMinute);
        Assert.Equal(2, plan.CurrentStep!.Number);
        Assert.Equal(172, plan.Metronome!.Value.BeatsPerMinute);
        Assert.Equal(CadenceChange.Up, plan.Progress.Overall);
    }

    /// <summary>
    /// Runs near midnight UTC fall on the runner's local date: 2025-05-11 13:00 UTC is 2025-05-12 in Auckland (inside the
    /// default baseline), and 2025-06-22 13:00 UTC is 2025-06-23 there (after the day).
    /// </summary>
    [Theory]
    [InlineData("2025-05-11T13:00:00Z", "UTC", 0)]
    [InlineData("2025-05-11T13:00:00Z", "Pacific/Auckland", 1)]
    [InlineData("2025-06-22T13:00:00Z", "UTC", 1)]
    [InlineData("2025-06-22T13:00:00Z", "Pacific/Auckland", 0)]
    public void PlanOn_RunNearMidnight_CountsOnTheRunnersLocalDate(string startUtc, string zone, int counted)
    {
        using var cli = new CliRun { Clock = CadenceHistory.Sunday };
        var edge = CadenceHistory.Run(Sunday, 370, 165);
        edge.StartUtc = DateTime.Parse(startUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        CadenceHistory.Add(cli, [CadenceHistory.Run(new DateOnly(2025, 6, 1), 370, 164), edge]);
        using var db = cli.Database.Open();
        var runner = db.Runners.Single(r => r.Id == Runner.LocalRunnerId);
        runner.TimeZone = zone;
        db.SaveChanges();

        var plan = CadenceReading.PlanOn(db, runner, Sunday);

        Assert.Equal(1 + counted, plan.Baseline.RunsWithCadence);
    }

    [Fact]
    public void PlanOn_OtherRunnersRuns_AreNotRead()
    {
        using var cli = Retraining();
        using var db = cli.Database.Open();
        var other = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId + 1, CadenceHistory.Sunday);
        StoredActivity stranger = CadenceHistory.Run(new DateOnly(2025, 6, 20), 370, 185);
        stranger.RunnerId = other.Id;
        db.Activities.Add(stranger);
        db.SaveChanges();
        var runner = db.Runners.Single(r => r.Id == Runner.LocalRunnerId);

        var mine = CadenceReading.PlanOn(db, runner, Sunday);
        var theirs = CadenceReading.PlanOn(db, other, Sunday);

        Assert.Equal(14, mine.Baseline.RunsWithCadence);
        Assert.Equal(1, theirs.Baseline.RunsWithCadence);
    }

    [Fact]
    public void PlanOn_StartAfterTheDay_Throws()
    {
        using var cli = Retraining();
        using var db = cli.Database.Open();
        var runner = db.Runners.Single(r => r.Id == Runner.LocalRunnerId);

        Assert.Throws<ArgumentOutOfRangeException>(() => CadenceReading.PlanOn(db, runner, Sunday, Sunday.AddDays(1)));
    }

    private static CliRun Retraining()
    {
        var cli = new CliRun { Clock = CadenceHistory.Sunday };
        CadenceHistory.Add(cli, CadenceHistory.Series("2025-04-21", "2025-06-01", 3, 370, 163, 164, 165)
            .Concat(CadenceHistory.Series("2025-06-02", "2025-06-22", 3, 370, 169, 170, 171)));
        return cli;
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
