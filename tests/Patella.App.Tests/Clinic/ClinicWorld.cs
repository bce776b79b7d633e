using Microsoft.EntityFrameworkCore;
using Patella.Core.Rehab;
using Patella.Core.Rehab.Adjustments;
using Patella.Data;
using Patella.Data.Accounts;
using Patella.Data.Activities;
using Patella.Data.Clinic;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Patella.App.Tests.Data;
using Patella.Import;
using Patella.Import.Sources;
using Patella.Tests;
using FixedClock = Patella.App.Tests.Load.FixedClock;

namespace Patella.App.Tests.Clinic;

/// <summary>
/// Two runners (A with a run, check-ins, clearance, a shoe; B with a check-in) and a clinician, on a fresh database of
/// the suite's provider. A shares with the clinician; the clinician writes a note and an adjustment for A.
/// </summary>
internal sealed class ClinicWorld : IDisposable
{
    public static readonly DateTime Now = new(2026, 3, 18, 12, 0, 0, DateTimeKind.Utc);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-clinic-" + Guid.NewGuid().ToString("N"));
    private readonly TestDatabase database;

    public ClinicWorld()
    {
        database = new TestDatabase(folder);
        Db = database.Open();
        A = AccountStorage.Create(Db, new NewAccount("a@example.org", "hash-a", "Europe/Oslo", "km"), Now);
        B = AccountStorage.Create(Db, new NewAccount("b@example.org", "hash-b", "Europe/Oslo", "km"), Now);
        Clinician = AccountStorage.Create(Db, new NewAccount("physio@example.org", "hash-c", "Europe/Oslo", "km", IsClinician: true), Now);
    }

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Now);

    public PatellaDb Db { get; }

    public DatabaseLocation Location => database.Location;

    public Account A { get; }

    public Account B { get; }

    public Account Clinician { get; }

    /// <summary>Fills both runners' records and has A share with the clinician, who writes a note and an adjustment.</summary>
    public ClinicGrant Fill()
    {
        using (var batch = ImportBatch.FromUpload("sloatsburg.fit", File.ReadAllBytes(SharedTestData.File("fit", "sloatsburg.fit")), ImportLimits.Default))
        {
            ImportRun.Execute(Db, A.RunnerId, batch, ImportLimits.Default, new FixedClock(Now));
        }

        for (var d = 3; d >= 1; d--)
        {
            RehabStorage.Save(Db, A.RunnerId, CheckIn.Create(Today.AddDays(-d), d, stairsDownPain: d, exercisesDone: true, exercisePain: 0), Now);
        }

        RehabStorage.Save(Db, A.RunnerId, ClearanceRecord.StairDescent(Today, PainScore.None), Now);
        ShoeStorage.Add(Db, A.RunnerId, new NewShoe("Trail shoe"), Today, Now);
        RehabStorage.Save(Db, B.RunnerId, CheckIn.Create(Today, 2), Now);

        var grant = Consent.Accept(Db, Clinician.Id, Consent.CreateInvite(Db, A.RunnerId, Now).Code, Now);
        ClinicNotes.Write(Db, Clinician.Id, A.RunnerId, "Keep the step-downs shallow this week.", Now);
        ClinicNotes.Adjust(Db, Clinician.Id, A.RunnerId, new PlanAdjustment(AdjustmentKind.RemoveExercise, "x", Today, "knee sore on it", ExerciseId: "plank"), Now);
        return grant;
    }

    public void Dispose()
    {
        var connection = Db.Database.GetDbConnection();
        Db.Dispose();
        connection.Dispose();
        database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
