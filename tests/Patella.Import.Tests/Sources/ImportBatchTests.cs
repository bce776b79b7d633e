using System.Text;
using Patella.Core.Activities;
using Patella.Import.Sources;

namespace Patella.Import.Tests.Sources;

public sealed class ImportBatchTests
{
    private const string Csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n" +
        "101,\"May 18, 2017, 7:16:02 PM\",Evening tempo,Run,,1,1,,,,,Pegasus,activities/101.fit.gz,,,1,1,1\n" +
        "102,\"Mar 19, 2017, 4:49:30 PM\",Sunday loop,Run,,1,1,,,,,Pegasus,activities/102.gpx,,,1,1,1\n" +
        "103,\"Oct 21, 2018, 1:00:00 PM\",Parkrun,Run,,1,1,,,,,Clifton,activities/103.tcx.gz,,,1,1,1\n" +
        "104,\"Mar 19, 2017, 4:49:30 PM\",Commute,Ride,,1,1,,,,,,activities/104.gpx.gz,,,1,1,1\n" +
        "105,\"Jan 2, 2020, 9:00:00 AM\",Treadmill (manual),Run,,1,1,,,,,,,,,1,1,1\n";

    [Fact]
    public void StravaExport_ReadsEveryActivityFileWithItsCsvNameTypeAndGear()
    {
        using var zips = new ExportZip();
        var path = zips.Create("export.zip", zip =>
        {
            ExportZip.Add(zip, "activities.csv", Encoding.UTF8.GetBytes(Csv));
            ExportZip.Add(zip, "bikes.csv", Encoding.UTF8.GetBytes("Bike Name\n"));
            ExportZip.Add(zip, "media/photo.jpg", [0xFF, 0xD8, 0xFF]);
            ExportZip.Add(zip, "activities/101.fit.gz", ExportZip.Gzip(ExportZip.Real("fit", "20170518-191602-1740899583.fit")));
            ExportZip.Add(zip, "activities/102.gpx", ExportZip.Real("gpx", "20170319_run_906581465.gpx"));
            ExportZip.Add(zip, "activities/103.tcx.gz", ExportZip.Gzip(ExportZip.Real("tcx", "20181021_run_3106033902.tcx")));
            ExportZip.Add(zip, "activities/104.gpx.gz", ExportZip.Gzip(ExportZip.Real("gpx", "garmin-activity.gpx")));
        });

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);
        Assert.Empty(batch.Problems);
        Assert.Equal(4, batch.Inputs.Count);
        Assert.Equal(3, batch.IgnoredFiles);

        var results = batch.Inputs.Select(i => ActivityFileReader.Read(i, ImportLimits.Default)).ToList();
        Assert.All(results, r => Assert.Null(r.Failure));
        var byId = results.ToDictionary(r => r.File!.Strava!.ActivityId);
        Assert.Equal("Evening tempo", byId["101"].File!.Activities[0].Recording.Name);
        Assert.Equal(ActivityFormat.Fit, byId["101"].File!.Format);
        Assert.Equal("Pegasus", byId["102"].File!.Strava!.Gear);
        Assert.Equal(ActivityFormat.Tcx, byId["103"].File!.Format);
        Assert.Equal(Sport.Cycling, byId["104"].File!.Activities[0].Recording.Sport);
        Assert.Equal(Sport.Running, byId["102"].File!.Activities[0].Recording.Sport);
    }

    [Fact]
    public void StravaExport_ARowWhoseFileIsNotInTheZip_IsSaid_AndAManualEntryIsNot()
    {
        using var zips = new ExportZip();
        var path = zips.Create("partial.zip", zip =>
        {
            ExportZip.Add(zip, "activities.csv", Encoding.UTF8.GetBytes(Csv));
            ExportZip.Add(zip, "activities/102.gpx", ExportZip.Real("gpx", "20170319_run_906581465.gpx"));
        });

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);

        Assert.Single(batch.Inputs);
        Assert.Equal(
            ["activities/101.fit.gz", "activities/103.tcx.gz", "activities/104.gpx.gz"],
            batch.Problems.Select(p => p.SourceName[(p.SourceName.IndexOf('!', StringComparison.Ordinal) + 1)..]).Order(StringComparer.Ordinal));
        var parkrun = Assert.Single(batch.Problems, p => p.SourceName.EndsWith("103.tcx.gz", StringComparison.Ordinal));
        Assert.Contains("named in activities.csv (Strava activity 103, \"Parkrun\") but not in the zip: not imported", parkrun.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_EntryEscapingTheArchive_IsRefusedByName()
    {
        using var zips = new ExportZip();
        var path = zips.Create("evil.zip", zip =>
        {
            ExportZip.Add(zip, "../../evil.fit", ExportZip.Real("fit", "garmin-fenix-5-run.fit"));
            ExportZip.Add(zip, "ok/run.fit", ExportZip.Real("fit", "garmin-fenix-5-run.fit"));
        });

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);

        var problem = Assert.Single(batch.Problems);
        Assert.Equal(ActivityFileErrorKind.Unsafe, problem.Kind);
        Assert.Contains("../../evil.fit", problem.SourceName, StringComparison.Ordinal);
        Assert.Single(batch.Inputs);
    }

    [Fact]
    public void Zip_EntryExpandingMoreThan100Times_IsRefusedAsABomb()
    {
        using var zips = new ExportZip();
        var path = zips.Create("bomb.zip", zip => ExportZip.Add(zip, "activities/bomb.fit", new byte[50 * 1024 * 1024], System.IO.Compression.CompressionLevel.SmallestSize));

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);
        var result = ActivityFileReader.Read(Assert.Single(batch.Inputs), ImportLimits.Default);

        Assert.NotNull(result.Failure);
        Assert.Equal(ActivityFileErrorKind.Unsafe, result.Failure.Kind);
        Assert.Contains("zip bomb", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipBomb_IsRefusedWithoutExpandingIt()
    {
        using var zips = new ExportZip();
        var path = Path.Combine(zips.Folder, "bomb.fit.gz");
        File.WriteAllBytes(path, ExportZip.Gzip(new byte[64 * 1024 * 1024]));

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);
        var result = ActivityFileReader.Read(Assert.Single(batch.Inputs), ImportLimits.Default);

        Assert.Equal(ActivityFileErrorKind.Unsafe, result.Failure?.Kind);
    }

    [Fact]
    public void TwoGigabyteFile_IsRefusedBeforeReading()
    {
        using var zips = new ExportZip();
        var path = Path.Combine(zips.Folder, "huge.fit");
        using (var stream = File.Create(path))
        {
            stream.SetLength(2L * 1024 * 1024 * 1024); // sparse: no disk used
        }

        using var batch = ImportBatch.FromPaths([path], ImportLimits.Default);
        var result = ActivityFileReader.Read(Assert.Single(batch.Inputs), ImportLimits.Default);

        Assert.Equal(ActivityFileErrorKind.Unsafe, result.Failure?.Kind);
        Assert.Contains("limit", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_SkipsHiddenFilesAndCountsOtherFiles()
    {
        using var zips = new ExportZip();
        File.WriteAllBytes(Path.Combine(zips.Folder, "._run.fit"), [0, 5, 22, 7]);
        File.WriteAllBytes(Path.Combine(zips.Folder, "notes.txt"), [65]);
        File.WriteAllBytes(Path.Combine(zips.Folder, "run.FIT"), ExportZip.Real("fit", "garmin-fenix-5-run.fit"));

        using var batch = ImportBatch.FromPaths([zips.Folder], ImportLimits.Default);

        var input = Assert.Single(batch.Inputs);
        Assert.EndsWith("run.FIT", input.SourceName, StringComparison.Ordinal);
        Assert.Equal(1, batch.IgnoredFiles);
    }

    [Fact]
    public void GzippedAndPlainCopies_HaveTheSameContentHash()
    {
        var plain = ActivityFileReader.Read(ImportInput.FromBytes("a.gpx", ExportZip.Real("gpx", "run.gpx")), ImportLimits.Default);
        var gzipped = ActivityFileReader.Read(ImportInput.FromBytes("a.gpx.gz", ExportZip.Gzip(ExportZip.Real("gpx", "run.gpx"))), ImportLimits.Default);

        Assert.Equal(plain.File!.ContentSha256, gzipped.File!.ContentSha256);
    }
}
