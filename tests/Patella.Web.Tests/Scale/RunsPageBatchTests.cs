using Patella.Data.Activities;
using Patella.Data.Imports;
using Patella.Web.Tests.Api;

namespace Patella.Web.Tests.Scale;

/// <summary>The runs page says what became of the latest uploads, including one whose server stopped mid-way.</summary>
public sealed class RunsPageBatchTests
{
    [Fact]
    public async Task RunsPage_StoppedBatch_SaysHowManyWereNotStoredAndWhatToDo()
    {
        using var app = new PatellaApp();
        using var web = app.Browser();
        (await web.SignUp("batch@example.org")).Dispose();
        var runnerId = await web.Get<System.Text.Json.JsonElement>("/api/account");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        app.WithDatabase(db =>
        {
            var id = ImportBatchLog.Start(db, runnerId.GetProperty("runnerId").GetInt64(), ["a.fit", "b.fit", "c.fit", "d.fit"], now);
            ImportBatchLog.Record(db, id, new FileOutcome("a.fit", "imported", 1, null, []), now);
            ImportBatchLog.Record(db, id, new FileOutcome("b.fit", "already-there", 0, "same content as x.fit", []), now);
            return id;
        });

        var running = await web.Http.GetStringAsync("/runs");
        Assert.Contains("1 of 4 stored; 1 already there; 2 still importing", running, StringComparison.Ordinal);

        app.Clock.Advance(ImportBatchLog.StoppedAfter);
        var stopped = System.Net.WebUtility.HtmlDecode(await web.Http.GetStringAsync("/runs"));
        Assert.Contains("1 of 4 stored; 1 already there; 2 not stored — the server stopped; upload them again (already stored ones are skipped)", stopped, StringComparison.Ordinal);
        Assert.Contains("<li>c.fit</li>", stopped, StringComparison.Ordinal);
    }
}
