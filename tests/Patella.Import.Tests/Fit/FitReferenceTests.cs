using System.Text.Json;
using Patella.Import.Fit;

namespace Patella.Import.Tests.Fit;

/// <summary>
/// Every corpus file against Garmin's SDK (fit-reference.jsonl) or, where the SDK fails, against
/// what SOURCES.md documents for that file.
/// </summary>
public class FitReferenceTests
{
    // The SDK cannot read these (compressed timestamps, a TypeError): fit-file-parser is the reference.
    private static readonly HashSet<string> SdkCannotRead =
        ["antfs-dump.63.fit", "compressed-speed-distance.fit", "triathlon_summary_first.fit", "triathlon_summary_last.fit"];

    // The SDK counts a float32 developer value of all 0xFF bytes (FIT's invalid float) as a value:
    // mornindew-broken.fit has 2 such "Leg Spring Stiffness" values. We count valid values only.
    private static readonly Dictionary<string, int> SdkCountsInvalidFloatValues = new() { ["mornindew-broken.fit"] = 2 };

    public static TheoryData<string> Files() => FitCorpus.AllFiles();

    [Fact]
    public void Corpus_HasEveryFileOfTheReference()
    {
        Assert.Equal(71, FitCorpus.FileNames.Count);
        Assert.Contains("._empty.fit", FitCorpus.FileNames);
        Assert.Contains("nametest.FIT", FitCorpus.FileNames);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_MatchesReference(string name)
    {
        var bytes = FitCorpus.Bytes(name);
        var reference = FitCorpus.Reference(name);
        var inspection = FitInspector.Inspect(bytes);

        if (!reference.GetProperty("is_fit").GetBoolean())
        {
            var error = Assert.Throws<ActivityFileException>(() => FitActivityReader.Read(bytes));
            Assert.Equal(ActivityFileErrorKind.Format, error.Kind);
            Assert.Equal("byte 0", error.Location);
            Assert.True(Assert.Single(inspection.Errors).Fatal);
            return;
        }

        if (SdkCannotRead.Contains(name))
        {
            MatchCrossCheck(name, bytes);
            return;
        }

        var recordCount = reference.Int("record_count");
        Assert.Equal(recordCount, inspection.CountMessages("record"));
        Assert.Equal(reference.Int("session_count"), inspection.CountMessages("session"));
        MatchMessageCounts(reference, inspection);
        MatchDeveloperData(reference, inspection, SdkCountsInvalidFloatValues.GetValueOrDefault(name));
        MatchErrors(reference, inspection);

        if (recordCount == 0)
        {
            var error = Assert.Throws<ActivityFileException>(() => FitActivityReader.Read(bytes));
            Assert.Equal(ActivityFileErrorKind.Unsupported, error.Kind);
            Assert.Equal($"FIT file of type '{ToSnake(reference.Text("file_type")!)}' holds no activity", error.Reason);
            return;
        }

        var fit = FitActivityReader.ReadDetailed(bytes);
        Assert.Equal(recordCount, fit.Records.Count);
        Assert.Equal(recordCount, fit.Activity.Points.Count);
        Assert.Equal(reference.Time("first_record_timestamp"), fit.Records[0].TimeUtc);
        Assert.Equal(reference.Time("last_record_timestamp"), fit.Records[^1].TimeUtc);
        Close(reference.Number("session_total_distance_m"), fit.Activity.Summary.DistanceMetres, 0.01);
        Close(reference.Number("session_total_timer_time_s"), fit.Activity.Summary.TimerTimeSeconds, 0.001);
        if (fit.Sessions.Count > 0)
        {
            Assert.Equal(reference.Number("session_avg_cadence"), Nullable(fit.Sessions[0].AverageCadence));
            Close(reference.Number("session_avg_fractional_cadence"), Nullable(fit.Sessions[0].AverageFractionalCadence), 1e-9);
        }

        MatchDeviceAndSport(reference, fit);
        Assert.Equal(reference.GetProperty("ok").GetBoolean(), fit.Errors.Count == 0);
        Assert.Equal(fit.Errors.Count, fit.Activity.Warnings.Count(w => w.Contains("records kept", StringComparison.Ordinal)));
    }

    /// <summary>Device names where our small tables know the ids; sport words of single-sport files.</summary>
    private static void MatchDeviceAndSport(JsonElement reference, FitActivity fit)
    {
        var device = fit.Activity.Device ?? "";
        if (reference.Text("manufacturer") is { } manufacturer && !device.StartsWith("manufacturer ", StringComparison.Ordinal))
        {
            Assert.StartsWith(Squash(manufacturer) + " ", Squash(device) + " ", StringComparison.Ordinal);
            if (reference.Text("product") is { } product && device.Split(' ')[1].Any(char.IsLetter))
            {
                Assert.Equal(Squash(product), Squash(device.Split(' ')[1]));
            }
        }

        var sports = fit.Sessions.Select(s => s.Sport).Distinct().Count();
        if (reference.Text("sport") is { } sport && sports == 1)
        {
            var sub = reference.Text("sub_sport");
            var expected = sub is null or "generic" ? ToSnake(sport) : $"{ToSnake(sport)}/{ToSnake(sub)}";
            Assert.Equal(expected, fit.Activity.SportName);
        }
    }

    private static string Squash(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static void MatchCrossCheck(string name, byte[] bytes)
    {
        var cross = FitCorpus.CrossCheck(name);
        var fit = FitActivityReader.ReadDetailed(bytes);
        Assert.Empty(fit.Errors);
        Assert.Equal(cross.Int("record_count"), fit.Records.Count);
        Assert.Equal(cross.Int("session_count"), fit.Sessions.Count);
        Close(cross.Number("session_total_distance_m"), fit.Activity.Summary.DistanceMetres, 0.01);
        Close(cross.Number("session_total_timer_time_s"), fit.Activity.Summary.TimerTimeSeconds, 0.001);
        Assert.Equal(cross.Number("session_avg_cadence"), Nullable(fit.Sessions[0].AverageCadence));

        // fit-file-parser turns device-relative seconds into 1990 dates: ours are the same seconds from the FIT epoch.
        Assert.Equal(cross.Time("first_record_timestamp"), fit.Records[0].TimeUtc);
        Assert.Equal(cross.Time("last_record_timestamp"), fit.Records[^1].TimeUtc);
    }

    private static void MatchMessageCounts(JsonElement reference, FitInspection inspection)
    {
        foreach (var count in reference.GetProperty("mesg_counts").EnumerateObject())
        {
            var name = ToSnake(count.Name[..^"Mesgs".Length]);
            Assert.True(count.Value.GetInt32() == inspection.CountMessages(name), $"{name}: expected {count.Value.GetInt32()}, got {inspection.CountMessages(name)}");
        }
    }

    private static void MatchDeveloperData(JsonElement reference, FitInspection inspection, int invalidFloatsSdkCounts)
    {
        Assert.Equal(reference.Int("developer_data_id_count"), inspection.Files.Sum(f => f.DeveloperDataIds.Count));
        Assert.Equal(reference.Int("developer_field_description_count"), inspection.Files.Sum(f => f.DeveloperFields.Count));
        Assert.Equal(reference.Int("developer_field_value_count"), inspection.Files.Sum(f => f.DeveloperFieldValueCount) + invalidFloatsSdkCounts);
        Assert.Equal(reference.Int("records_with_developer_fields"), inspection.Files.Sum(f => f.RecordsWithDeveloperFields));
        var names = reference.GetProperty("developer_field_names").EnumerateArray().Select(e => e.GetString()).ToList();
        var ours = inspection.Files.SelectMany(f => f.DeveloperFields).Select(d => d.Name).Where(n => n is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, ours);
    }

    /// <summary>An SDK error "at byte N" must be one of ours at that place; no error means none of ours.</summary>
    private static void MatchErrors(JsonElement reference, FitInspection inspection)
    {
        if (reference.GetProperty("ok").GetBoolean())
        {
            Assert.Empty(inspection.Errors);
            return;
        }

        var text = reference.Text("error")!;
        var at = text.LastIndexOf("byte ", StringComparison.Ordinal);
        var offset = long.Parse(text[(at + 5)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        // The SDK names the byte after what it read (the record header, the CRC): ours is where it starts.
        Assert.Contains(inspection.Errors, e => e.OffsetBytes >= offset - 2 && e.OffsetBytes <= offset);
    }

    private static string ToSnake(string camel) =>
        string.Concat(camel.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    private static void Close(double? expected, double? actual, double tolerance)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= tolerance, $"expected {e}, got {a}");
        }
    }
}
