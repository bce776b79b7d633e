using System.IO.Compression;
using System.Text;
using Patella.Tests;

namespace Patella.Web.Tests.Browser;

/// <summary>
/// A Strava bulk export as Strava sends it (<c>activities.csv</c> plus <c>activities/&lt;file&gt;</c>, some gzipped, and
/// files Patella ignores), built in memory from the shared real files: the same shape as the importer's tests use.
/// </summary>
internal static class StravaExport
{
    /// <summary>The runs in the zip: Strava id, the name in activities.csv, the real file it carries.</summary>
    public static IReadOnlyList<(string Id, string Name, string Entry)> Runs { get; } =
    [
        ("101", "Evening tempo", "activities/101.fit.gz"),
        ("102", "Sunday loop", "activities/102.gpx"),
        ("103", "Parkrun", "activities/103.tcx.gz"),
    ];

    private const string Csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n" +
        "101,\"May 18, 2017, 7:16:02 PM\",Evening tempo,Run,,1,1,,,,,Pegasus,activities/101.fit.gz,,,1,1,1\n" +
        "102,\"Mar 19, 2017, 4:49:30 PM\",Sunday loop,Run,,1,1,,,,,Pegasus,activities/102.gpx,,,1,1,1\n" +
        "103,\"Oct 21, 2018, 1:00:00 PM\",Parkrun,Run,,1,1,,,,,Clifton,activities/103.tcx.gz,,,1,1,1\n";

    /// <summary>The zip's bytes.</summary>
    public static byte[] Zip()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "activities.csv", Encoding.UTF8.GetBytes(Csv));
            Add(zip, "bikes.csv", Encoding.UTF8.GetBytes("Bike Name\n"));
            Add(zip, "profile.csv", Encoding.UTF8.GetBytes("Athlete ID\n1\n"));
            Add(zip, "activities/101.fit.gz", Gzip(Real("fit", "20170518-191602-1740899583.fit")));
            Add(zip, "activities/102.gpx", Real("gpx", "20170319_run_906581465.gpx"));
            Add(zip, "activities/103.tcx.gz", Gzip(Real("tcx", "20181021_run_3106033902.tcx")));
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string entryName, byte[] bytes)
    {
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
        stream.Write(bytes);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Real(params string[] parts) => File.ReadAllBytes(SharedTestData.File(parts));
}
