using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Clinic;
using Patella.Data.Runners;

namespace Patella.Benchmarks.Access;

/// <summary>
/// The access check every web request starts with (issue #5): a clinician reading a runner who granted access, on a
/// SQLite database of 200 runners with grants. <see cref="RunnerAccess.ReadableRunner"/> (one statement prepared on
/// the context's open connection) against the same rule as an EF query, which SQLite compiles anew on every run.
/// </summary>
[MemoryDiagnoser]
public class AccessCheckBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "patella-bench-access-" + Guid.NewGuid().ToString("N"));
    private PatellaDb _db = null!;
    private long _clinician;
    private long _runner;

    [GlobalSetup]
    public void Setup()
    {
        _db = PatellaDatabase.Open(DatabaseLocation.InFolder(_folder));
        var now = new DateTime(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);
        var clinician = AccountStorage.Create(_db, new NewAccount("physio@example.org", "hash", "Europe/Oslo", "km", IsClinician: true), now);
        for (var i = 0; i < 200; i++)
        {
            var runner = AccountStorage.Create(_db, new NewAccount($"runner{i}@example.org", "hash", "Europe/Oslo", "km"), now);
            if (i % 2 == 0)
            {
                Consent.Accept(_db, clinician.Id, Consent.CreateInvite(_db, runner.RunnerId, now).Code, now);
                _runner = runner.RunnerId;
            }
        }

        _clinician = clinician.Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "The rule as an EF query (ReadableRunnerIds)")]
    public Runner? AsEfQuery() =>
        _db.Runners.AsNoTracking().SingleOrDefault(r => r.Id == _runner && _db.ReadableRunnerIds(_clinician).Contains(r.Id));

    [Benchmark(Description = "ReadableRunner (prepared statement)")]
    public Runner? Prepared() => _db.ReadableRunner(_clinician, _runner);
}
