using Patella.Core.Activities;
using Patella.Import.Fit;

namespace Patella.Import.Tests.Fit;

/// <summary>What <see cref="FitActivityReader"/> makes of real files.</summary>
public class FitActivityReaderTests
{
    [Theory]
    [InlineData("sloatsburg.fit", Sport.Running, "running", CadenceUnit.StridesPerMinute)]
    [InlineData("treadmill.fit", Sport.TreadmillRunning, "running/treadmill", CadenceUnit.StridesPerMinute)]
    [InlineData("loup-blanc.fit", Sport.TrailRunning, "running/trail", CadenceUnit.StridesPerMinute)]
    [InlineData("garmin-fenix-5-walk.fit", Sport.Walking, "walking", CadenceUnit.StridesPerMinute)]
    [InlineData("garmin-edge-500-activity.fit", Sport.Cycling, "cycling", CadenceUnit.RevolutionsPerMinute)]
    [InlineData("activity_poolswim.fit", Sport.Swimming, "swimming/lap_swimming", CadenceUnit.Unknown)]
    [InlineData("sample_mulitple_header.fit", Sport.Multisport, "multisport", CadenceUnit.Unknown)] // swim, T1, bike, T2, run
    [InlineData("20170518-191602-1740899583.fit", Sport.Rowing, "fitness_equipment/indoor_rowing", CadenceUnit.Unknown)]
    [InlineData("flagged-hr.fit", Sport.StrengthTraining, "training/strength_training", CadenceUnit.Unknown)]
    [InlineData("activity-large-fenxi2-multisport.fit", Sport.Multisport, "multisport", CadenceUnit.Unknown)]
    [InlineData("triathlon_summary_first.fit", Sport.Multisport, "multisport", CadenceUnit.Unknown)]
    public void Sport_FromSessions(string name, Sport sport, string sportName, CadenceUnit unit)
    {
        var activity = FitActivityReader.Read(FitCorpus.Bytes(name));

        Assert.Equal((sport, sportName, unit), (activity.Sport, activity.SportName, activity.CadenceUnit));
    }

    [Theory]
    [InlineData("sloatsburg.fit", "garmin fr945")]
    [InlineData("garmin-fenix-5-run.fit", "garmin fenix5")]
    [InlineData("2019-02-17-062644-ELEMNT-297E-195-0.fit", "wahoo_fitness ELEMNT")] // file_id product 28 only: device_info (creator) names it
    [InlineData("bloemendaal.fit", "suunto Suunto 9 Baro")]
    [InlineData("pyselsky.fit", "coros COROS APEX Pro")]
    [InlineData("0134902991.fit", "onelap 22")]
    [InlineData("strava-android-app-201.10-b1218918.fit", "strava 102")]
    public void Device_IsManufacturerAndProduct(string name, string device) =>
        Assert.Equal(device, FitActivityReader.Read(FitCorpus.Bytes(name)).Device);

    [Theory]
    [InlineData(32, 28, 0, "ELEMNT", "wahoo_fitness ELEMNT")] // file_id has numbers only: the creator names it
    [InlineData(32, 28, 1, "HRM-Pro", "wahoo_fitness 28")] // a sensor (device_index 1) is not the creator
    [InlineData(1, 3113, 0, "Forerunner", "garmin fr945")] // file_id's own product name wins
    [InlineData(260, 1, 0, "", "zwift 1")] // a creator without a name changes nothing
    public void Device_FromCreatorDeviceInfoWhenFileIdHasOnlyNumbers(int manufacturer, int product, byte deviceIndex, string productName, string device)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(productName + "\0");
        var bytes = new FitBytes()
            .Define(0, 0, false, (0, 1, 0x00), (1, 2, 0x84), (2, 2, 0x84))
            .Data(0, FitBytes.Concat([4], BitConverter.GetBytes((ushort)manufacturer), BitConverter.GetBytes((ushort)product)))
            .Define(1, 23, false, (0, 1, 0x02), (2, 2, 0x84), (27, (byte)name.Length, 0x07))
            .Data(1, FitBytes.Concat([deviceIndex], BitConverter.GetBytes((ushort)manufacturer), name))
            .Define(2, 20, false, (253, 4, 0x86), (3, 1, 0x02))
            .Data(2, FitBytes.Concat(FitBytes.U32(1_000_000_000), [120]))
            .Build();

        Assert.Equal(device, FitActivityReader.Read(bytes).Device);
    }

    [Fact]
    public void Laps_AreReadWithTheProfileScales()
    {
        var fit = FitActivityReader.ReadDetailed(FitCorpus.Bytes("sloatsburg.fit"));

        FitLap[] expected = [new(929526143, 8825.74, 3448.443, 135), new(929529591, 5179.11, 1540.669, 142)];
        Assert.Equal(expected, fit.Laps);
        Assert.Equal(fit.Activity.StartUtc, fit.Laps[0].StartUtc);
        Assert.Equal(fit.Activity.Summary.DistanceMetres!.Value, fit.Laps.Sum(l => l.DistanceMetres), 6);
    }

    [Fact]
    public void Laps_AreEmptyWhenTheFileHasNone()
    {
        var bytes = new FitBytes()
            .Define(0, 20, false, (253, 4, 0x86), (3, 1, 0x02))
            .Data(0, FitBytes.Concat(FitBytes.U32(1_000_000_000), [120]))
            .Build();

        Assert.Empty(FitActivityReader.ReadDetailed(bytes).Laps);
    }

    [Fact]
    public void Sloatsburg_SummaryAndStartMatchTheSession()
    {
        var fit = FitActivityReader.ReadDetailed(FitCorpus.Bytes("sloatsburg.fit"));
        var session = Assert.Single(fit.Sessions);
        var summary = fit.Activity.Summary;

        Assert.Equal(14004.85, summary.DistanceMetres!.Value, 2);
        Assert.Equal(2 * (session.AverageCadence + session.AverageFractionalCadence), summary.AverageCadenceStepsPerMinute);
        Assert.InRange(summary.AverageCadenceStepsPerMinute!.Value, 140, 200);
        Assert.Equal(FitRecord.Epoch.AddSeconds(session.StartTime!.Value), fit.Activity.StartUtc);
        Assert.Empty(fit.Activity.Warnings);
    }

    [Fact]
    public void UtcOffset_FromActivityLocalTimestamp()
    {
        // Recorded in California in June (PDT), as python-fitparse's CSV shows.
        Assert.Equal(TimeSpan.FromHours(-7), FitActivityReader.Read(FitCorpus.Bytes("garmin-fenix-5-run.fit")).UtcOffset);

        // An Edge 500 writes no activity.local_timestamp.
        Assert.Null(FitActivityReader.Read(FitCorpus.Bytes("garmin-edge-500-activity.fit")).UtcOffset);
    }

    [Theory]
    [InlineData("activity-small-fenix2-run.fit", true, false)]
    [InlineData("garmin-fenix-5-run.fit", true, true)]
    public void RunningDynamics_AreScaledToMillimetresAndMilliseconds(string name, bool stance, bool stepLength)
    {
        var records = FitActivityReader.ReadDetailed(FitCorpus.Bytes(name)).Records;

        var oscillation = records.Select(r => r.VerticalOscillationMillimetres).Where(v => v > 0).ToList();
        var stanceTimes = records.Select(r => r.StanceTimeMilliseconds).Where(v => v > 0).ToList();
        var steps = records.Select(r => r.StepLengthMillimetres).Where(v => v > 0).ToList();
        Assert.Equal(stance, oscillation.Count > 0 && stanceTimes.Count > 0);
        Assert.InRange(oscillation.Average(), 50, 140);
        Assert.InRange(stanceTimes.Average(), 150, 400);
        Assert.Equal(stepLength, steps.Count > 0);
        if (stepLength)
        {
            Assert.InRange(steps.Average(), 300, 2000);
        }
    }

    [Theory]
    [InlineData("antfs-dump.63.fit")]
    [InlineData("compressed-speed-distance.fit")]
    public void DeviceRelativeTimestamps_HaveNoStartButKeepDurations(string name)
    {
        var activity = FitActivityReader.Read(FitCorpus.Bytes(name));

        Assert.Null(activity.StartUtc);
        Assert.Null(activity.UtcOffset);
        Assert.Contains(activity.Warnings, w => w.Contains("no real date", StringComparison.Ordinal));
        Assert.Equal(1990, activity.Points[^1].TimeUtc!.Value.Year);
        Assert.True(activity.Points[^1].TimeUtc - activity.Points[0].TimeUtc > TimeSpan.FromMinutes(50));
    }

    [Fact]
    public void TruncatedFile_KeepsItsRecordsWithAWarning()
    {
        var activity = FitActivityReader.Read(FitCorpus.Bytes("nick.fit"));

        Assert.Equal(14391, activity.Points.Count);
        Assert.StartsWith("file truncated at byte 403456: 14,391 records kept", Assert.Single(activity.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activity-filecrc.fit", 769, 14)]
    [InlineData("activity-activity-filecrc.fit", 1540, 28)]
    public void FileCrcMismatch_IsDataAndAWarning(string name, int crcOffset, int records)
    {
        var fit = FitActivityReader.ReadDetailed(FitCorpus.Bytes(name));

        Assert.True(fit.HasCrcMismatch);
        Assert.Equal(crcOffset, fit.Files.Single(f => f.Crc == FitCrcStatus.Mismatch).CrcOffsetBytes);
        Assert.Equal(records, fit.Records.Count);
        Assert.StartsWith($"file CRC does not match at byte {crcOffset}: {records} records kept (stored 0x", Assert.Single(fit.Activity.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Settings.fit", "settings")]
    [InlineData("nametest.FIT", "settings")]
    [InlineData("MonitoringFile.fit", "monitoring_b")]
    [InlineData("WorkoutRepeatSteps.fit", "workout")]
    public void FileWithoutRecords_IsUnsupported(string name, string type)
    {
        var error = Assert.Throws<ActivityFileException>(() => FitActivityReader.Read(FitCorpus.Bytes(name)));

        Assert.Equal(ActivityFileErrorKind.Unsupported, error.Kind);
        Assert.Equal($"FIT file of type '{type}' holds no activity", error.Reason);
    }

    [Fact]
    public void TreadmillCadence_IsRawStridesPerPoint()
    {
        var activity = FitActivityReader.Read(FitCorpus.Bytes("treadmill.fit"));

        var cadences = activity.Points.Select(p => p.Cadence).Where(c => c > 0).ToList();
        Assert.InRange(cadences.Average(), 70, 100); // strides/min: a runner's 140-200 steps/min halved
        Assert.Contains(cadences, c => c != Math.Floor(c)); // fractional cadence added
    }
}
