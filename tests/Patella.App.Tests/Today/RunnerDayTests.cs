using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Patella.App.Tests.Clinic;
using Patella.Data.Assessment;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.Data.Today;

namespace Patella.App.Tests.Today;

/// <summary>
/// <see cref="RunnerDay"/> reads the runner's history once and must decide exactly as the separate reads do; the load
/// read for a later day, cut back with <see cref="RunnerLoad.AsOf"/>, must be the load read for the earlier day.
/// </summary>
public sealed class RunnerDayTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ClinicWorld world = new();

    public RunnerDayTests() => world.Fill();

    public static TheoryData<int> DaysFromToday => [-400, -2, 0, 3];

    [Theory]
    [MemberData(nameof(DaysFromToday))]
    public void Decision_IsRunnerRehabDecide(int days)
    {
        var day = ClinicWorld.Today.AddDays(days);
        var runner = world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId);

        var once = new RunnerDay(world.Db, runner, day);

        Assert.Equal(Text(RunnerRehab.Decide(world.Db, runner, day)), Text(once.Decision));
        Assert.Equal(Text(RunnerRehab.Read(world.Db, runner, day).AdjustedPlanOn(day)), Text(once.Plan));
        Assert.Equal(Text(RunnerLoad.Read(world.Db, runner, day).PictureOn(day)), Text(once.Picture));
    }

    [Theory]
    [InlineData("2026-03-17", "2026-03-18")]
    [InlineData("2025-12-01", "2026-03-18")]
    [InlineData("2026-03-18", "2026-03-18")]
    public void AsOf_IsTheLoadReadOnThatDay(string earlier, string later)
    {
        var runner = world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId);
        var (from, to) = (DateOnly.Parse(earlier, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(later, System.Globalization.CultureInfo.InvariantCulture));

        var cut = RunnerLoad.Read(world.Db, runner, to).AsOf(from);
        var read = RunnerLoad.Read(world.Db, runner, from);

        Assert.Equal(read.Activities.Select(a => a.Id), cut.Activities.Select(a => a.Id));
        Assert.Equal(Text(read.PictureOn(from)), Text(cut.PictureOn(from)));
        Assert.Equal(Text(RunEvidence.For(world.Db, runner, from)), Text(RunEvidence.On(RunnerLoad.Read(world.Db, runner, to), from)));
    }

    [Fact]
    public void AsOf_RefusesALaterDay()
    {
        var runner = world.Db.Runners.AsNoTracking().Single(r => r.Id == world.A.RunnerId);
        var load = RunnerLoad.Read(world.Db, runner, ClinicWorld.Today);

        Assert.Throws<ArgumentOutOfRangeException>(() => load.AsOf(ClinicWorld.Today.AddDays(1)));
    }

    private static string Text<T>(T value) => JsonSerializer.Serialize(value, Json);

    public void Dispose() => world.Dispose();
}
