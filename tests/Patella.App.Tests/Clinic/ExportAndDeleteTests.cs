using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Clinic;

namespace Patella.App.Tests.Clinic;

public sealed class ExportAndDeleteTests : IDisposable
{
    private readonly ClinicWorld world = new();

    [Fact]
    public void Export_HoldsEveryTableOfTheRunner_AndTheOriginalFile()
    {
        world.Fill();
        using var zipBytes = new MemoryStream();

        var summary = RunnerExport.Write(world.Db, world.A.RunnerId, zipBytes, ClinicWorld.Now);

        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("manifest.json", names);
        Assert.Contains("profile.json", names);
        var expected = new Dictionary<string, int>
        {
            ["activities"] = 1, ["activity_files"] = 1, ["check_ins"] = 3, ["clearance_records"] = 1, ["shoes"] = 1,
            ["clinician_notes"] = 1, ["plan_adjustments"] = 1, ["clinic_grants"] = 1, ["clinic_invites"] = 1, ["assessments"] = 0,
        };
        foreach (var (table, count) in expected)
        {
            Assert.Equal(count, Array(zip, $"data/{table}.json").GetArrayLength());
            Assert.Equal(count, summary.Rows[table]);
        }

        var activity = Array(zip, "data/activities.json")[0];
        Assert.True(activity.GetProperty("distance_metres").GetDouble() > 1000);
        Assert.Equal("Keep the step-downs shallow this week.", Array(zip, "data/clinician_notes.json")[0].GetProperty("text").GetString());

        var original = Assert.Single(zip.Entries, e => e.FullName.StartsWith("originals/", StringComparison.Ordinal));
        Assert.EndsWith("-sloatsburg.fit", original.FullName, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Patella.Tests.SharedTestData.File("fit", "sloatsburg.fit")), Bytes(original));
        Assert.Equal(1, summary.OriginalFiles);

        var profile = Json(zip, "profile.json");
        Assert.Equal("a@example.org", profile.GetProperty("account").GetProperty("email").GetString());
        Assert.False(profile.GetProperty("account").TryGetProperty("password_hash", out _), "no password hash in an export");
        Assert.DoesNotContain("code_sha256", Text(zip, "data/clinic_invites.json"), StringComparison.Ordinal);
        Assert.Equal(3, Json(zip, "manifest.json").GetProperty("rows").GetProperty("check_ins").GetInt32());
    }

    [Fact]
    public void Export_OfAnotherRunner_HoldsNoneOfA()
    {
        world.Fill();
        using var zipBytes = new MemoryStream();

        var summary = RunnerExport.Write(world.Db, world.B.RunnerId, zipBytes, ClinicWorld.Now);

        Assert.Equal(1, summary.Rows["check_ins"]);
        Assert.Equal(0, summary.Rows["activities"]);
        Assert.Equal(0, summary.OriginalFiles);
    }

    [Fact]
    public void DeleteAccount_LeavesNoRowOfTheRunner_InAnyTable_AndOthersUntouched()
    {
        world.Fill();
        var before = RowsPerTable(world.Db, world.B.RunnerId);

        Assert.True(RunnerDeletion.DeleteAccount(world.Db, world.A.Id));

        foreach (var (table, rows) in RowsPerTable(world.Db, world.A.RunnerId))
        {
            Assert.True(rows == 0, $"{table} still has {rows} rows of the deleted runner");
        }

        Assert.Equal(0, world.Db.Runners.Count(r => r.Id == world.A.RunnerId));
        Assert.Equal(0, world.Db.Accounts.Count(a => a.Id == world.A.Id));
        Assert.Equal(before, RowsPerTable(world.Db, world.B.RunnerId));
        Assert.Equal(1, world.Db.Accounts.Count(a => a.Id == world.Clinician.Id));
        Assert.False(RunnerDeletion.DeleteAccount(world.Db, world.A.Id), "a second delete finds nothing");
    }

    [Fact]
    public void DeleteAccount_OfAClinician_EndsTheirAccess_AndKeepsTheirNoteOnTheRunner()
    {
        world.Fill();

        Assert.True(RunnerDeletion.DeleteAccount(world.Db, world.Clinician.Id));

        Assert.Empty(world.Db.ClinicGrants.Where(g => g.RunnerId == world.A.RunnerId));
        var note = Assert.Single(world.Db.ClinicianNotes.Where(n => n.RunnerId == world.A.RunnerId));
        Assert.Null(note.ClinicianAccountId);
        Assert.Equal("physio@example.org", note.Author);
    }

    /// <summary>Rows with the runner's id in every table of the database that has a runner_id column, read from the schema itself.</summary>
    private static SortedDictionary<string, long> RowsPerTable(PatellaDb db, long runnerId)
    {
        var tables = db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<string>("SELECT m.name AS \"Value\" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.name = 'runner_id'").ToList()
            : db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.columns WHERE column_name = 'runner_id' AND table_schema = current_schema()").ToList();
        Assert.True(tables.Count >= 12, $"found the runner tables: {string.Join(", ", tables)}");
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The table name comes from the schema, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM " + table + " WHERE runner_id = {0}";
            counts[table] = db.Database.SqlQueryRaw<long>(sql, runnerId).Single();
        }

        return counts;
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static JsonElement Json(ZipArchive zip, string name) => JsonDocument.Parse(Text(zip, name)).RootElement;

    private static JsonElement Array(ZipArchive zip, string name) => Json(zip, name);

    public void Dispose() => world.Dispose();
}
