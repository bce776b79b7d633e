using System.Globalization;
using Patella.Import.Fit;
using Patella.Tests;

namespace Patella.Import.Tests.Fit;

/// <summary>
/// Per-record values against python-fitparse's CSVs (expected/, quirks in SOURCES.md: PDT local
/// times, raw semicircles, invalid cadence written as 0, invalid lat/long repeating the last valid one).
/// </summary>
public class FitExpectedRecordsTests
{
    private static readonly TimeSpan Pdt = TimeSpan.FromHours(-7);

    [Theory]
    [InlineData("garmin-edge-500-activity", 10686)]
    [InlineData("garmin-edge-820-bike", 15)]
    [InlineData("garmin-fenix-5-bike", 19)]
    [InlineData("garmin-fenix-5-run", 21)]
    [InlineData("garmin-fenix-5-walk", 17)]
    public void Records_MatchFitparseCsv(string name, int rows)
    {
        var records = FitActivityReader.ReadDetailed(FitCorpus.Bytes(name + ".fit")).Records;
        var lines = File.ReadAllLines(SharedTestData.File("expected", name + "-records.csv"))[1..];
        Assert.Equal(rows, lines.Length);
        Assert.Equal(rows, records.Count);
        var lastLatitude = double.NaN;
        var lastLongitude = double.NaN;
        for (var i = 0; i < rows; i++)
        {
            var c = lines[i].Split(',');
            var r = records[i];
            var local = DateTime.ParseExact(c[0].Replace(" PDT", "", StringComparison.Ordinal), "ddd MMM dd HH:mm:ss yyyy", CultureInfo.InvariantCulture);
            Assert.Equal(DateTime.SpecifyKind(local - Pdt, DateTimeKind.Utc), r.TimeUtc);
            Assert.Equal(Number(c[1]), r.HeartRateBpm);
            var cadence = Number(c[2]);
            Assert.True(cadence == 0 ? double.IsNaN(r.Cadence) || r.Cadence < 1 : Same(cadence, Math.Floor(r.Cadence)), $"row {i}: cadence {cadence} vs {r.Cadence}");
            Close(Number(c[3]), r.SpeedMetresPerSecond, 0.001, i);
            Close(Number(c[4]), r.DistanceMetres, 0.01, i);
            lastLatitude = double.IsNaN(r.Latitude) ? lastLatitude : Semicircles(r.Latitude);
            lastLongitude = double.IsNaN(r.Longitude) ? lastLongitude : Semicircles(r.Longitude);
            Assert.Equal(Number(c[5]), lastLatitude);
            Assert.Equal(Number(c[6]), lastLongitude);
            Close(Number(c[7]), r.AltitudeMetres, 0.01, i);
        }
    }

    [Fact]
    public void CompressedSpeedDistance_MatchesFitparseFromTheSecondRecord()
    {
        var records = FitActivityReader.ReadDetailed(FitCorpus.Bytes("compressed-speed-distance.fit")).Records;
        var lines = File.ReadAllLines(SharedTestData.File("expected", "compressed-speed-distance-records.csv"))[1..];
        Assert.Equal(754, lines.Length);
        Assert.Equal(lines.Length + 1, records.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            var c = lines[i].Split(',');
            var r = records[i + 1];
            Assert.Equal(uint.Parse(c[0], CultureInfo.InvariantCulture), r.Timestamp);
            Assert.Equal(Number(c[1]), r.HeartRateBpm);
            Close(Number(c[2]), r.SpeedMetresPerSecond, 0.001, i);
            Close(Number(c[3]), r.DistanceMetres, 0.001, i);
            Assert.Equal(Number(c[4]), r.Cadence);
        }
    }

    private static double Semicircles(double degrees) => Math.Round(degrees * 2147483648.0 / 180.0);

    private static double Number(string text) =>
        text is "" or "null" ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);

    private static bool Same(double a, double b) => a.Equals(b);

    private static void Close(double expected, double actual, double tolerance, int row) =>
        Assert.True(double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) <= tolerance, $"row {row}: expected {expected}, got {actual}");
}
