using System.Globalization;
using System.IO.Compression;
using Patella.Tests;
using Patella.Web.Activities;
using Patella.Web.Settings;

namespace Patella.Web.Tests.Api;

public class CsvExportTests : IDisposable
{
    private readonly PatellaApp app = new();
    private readonly WebClient a;

    public CsvExportTests()
    {
        a = app.Browser();
        a.SignUp("a@example.org").GetAwaiter().GetResult().Dispose();
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("bare\nLF", "\"bare\nLF\"")]
    [InlineData("0.5", "0.5")]
    public void Field_QuotesOnlyWhenItMust(string? value, string expected) => Assert.Equal(expected, CsvText.Field(value));

    [Theory]
    [InlineData(12.3456, 3, "12.346")]
    [InlineData(12.0, 3, "12")]
    [InlineData(0.0005, 3, "0.001")]
    [InlineData(1234567.5, 0, "1234568")]
    [InlineData(-2.25, 1, "-2.3")]
    [InlineData(null, 1, null)]
    public void Number_IsInvariant_WithAtMostTheDecimals(double? value, int decimals, string? expected)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("nb-NO");
        try
        {
            Assert.Equal(expected, CsvText.Number(value, decimals));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public async Task Export_HasRunsAndCheckInsAsCsv_ThatParseBack()
    {
        (await a.Upload(SharedTestData.File("fit", "sloatsburg.fit"))).Dispose();
        const string note = "Knee fine, \"mostly\";\r\nstairs a bit sore";
        (await a.PostForm("/", "/api/checkins", ("painAtRest", "2"), ("stairsDown", "3"), ("swelling", "true"), ("note", note))).Dispose();
        var run = Assert.Single(await a.Get<List<ActivityJson>>("/api/activities"));

        using var response = await a.Http.GetAsync("/api/export");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);

        var runs = Read(zip, CsvExport.RunsFile);
        Assert.Equal(CsvExport.RunColumns, runs[0]);
        Assert.Contains("distance_km", runs[0]);
        Assert.Contains("moving_time_s", runs[0]);
        var row = Assert.Single(runs.Skip(1));
        Assert.Equal(runs[0].Length, row.Length);
        var field = Columns(runs[0], row);
        Assert.Equal(run.Id.ToString(CultureInfo.InvariantCulture), field("activity_id"));
        Assert.Equal(run.DistanceMetres / 1000, double.Parse(field("distance_km"), CultureInfo.InvariantCulture), 3);
        Assert.Equal(run.MovingTimeSeconds, double.Parse(field("moving_time_s"), CultureInfo.InvariantCulture), 0);
        Assert.Equal("Running", field("sport"));
        Assert.EndsWith("Z", field("start_utc"), StringComparison.Ordinal);
        Assert.Equal(run.StartUtc, DateTime.Parse(field("start_utc"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), TimeSpan.FromSeconds(1));

        var checkIns = Read(zip, CsvExport.CheckInsFile);
        Assert.Equal(CsvExport.CheckInColumns, checkIns[0]);
        var day = Columns(checkIns[0], Assert.Single(checkIns.Skip(1)));
        Assert.Equal(("2", "3", "true", "false"), (day("pain_at_rest_0_10"), day("stairs_down_pain_0_10"), day("swelling"), day("giving_way")));
        Assert.Equal(note, day("note"));
        Assert.Equal("", day("pain_during_run_0_10"));

        // The JSON and the originals are all still there beside the CSV.
        Assert.Contains(zip.Entries, e => e.FullName == "data/activities.json");
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("originals/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_OfANewRunner_HasTheHeadersOnly()
    {
        using var zip = new ZipArchive(await a.Http.GetStreamAsync("/api/export"), ZipArchiveMode.Read);

        Assert.Equal([CsvExport.RunColumns.ToArray()], Read(zip, CsvExport.RunsFile));
        Assert.Equal([CsvExport.CheckInColumns.ToArray()], Read(zip, CsvExport.CheckInsFile));
    }

    private static List<string[]> Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the export");
        using var reader = new StreamReader(entry.Open());
        return Rfc4180.Read(reader.ReadToEnd());
    }

    private static Func<string, string> Columns(string[] header, string[] row) => name => row[Array.IndexOf(header, name)];

    public void Dispose()
    {
        a.Dispose();
        app.Dispose();
        GC.SuppressFinalize(this);
    }
}
