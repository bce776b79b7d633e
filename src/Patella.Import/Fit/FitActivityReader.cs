using System.Globalization;
using Patella.Core.Activities;

namespace Patella.Import.Fit;

/// <summary>
/// Reads a FIT activity file (chained files included) into a <see cref="RecordedActivity"/>. Pure.
/// Damaged files keep what can honestly be kept: records before a truncation or a bad CRC are
/// returned with a warning that says what was wrong and where.
/// </summary>
public static class FitActivityReader
{
    private const int FifteenMinutesSeconds = 15 * 60;
    private const int MaxUtcOffsetSeconds = 14 * 3600;

    /// <summary>Reads the activity.</summary>
    /// <exception cref="ActivityFileException">
    /// Format: not a FIT file. Integrity/Format: damaged before any record. Unsupported: a valid FIT
    /// file without activity records (settings, workout, monitoring…).
    /// </exception>
    public static RecordedActivity Read(ReadOnlySpan<byte> bytes) => Read(bytes, keepRecords: false).Activity;

    /// <summary>Reads the activity with its FIT-level records and per-file integrity.</summary>
    /// <exception cref="ActivityFileException">As <see cref="Read"/>.</exception>
    public static FitActivity ReadDetailed(ReadOnlySpan<byte> bytes) => Read(bytes, keepRecords: true);

    private static FitActivity Read(ReadOnlySpan<byte> bytes, bool keepRecords)
    {
        var collector = new FitActivityCollector(bytes.Length, keepRecords);
        FitDecoder.Decode(bytes, collector);
        var points = collector.Points;
        if (points.Count == 0)
        {
            throw NoActivity(collector);
        }

        var warnings = new List<string>();
        foreach (var error in collector.Errors)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{error.Reason} at byte {error.OffsetBytes}: {points.Count:N0} records kept{(error.Detail is null ? "" : $" ({error.Detail})")}"));
        }

        var (sport, sportName) = FitSportMapping.Decide(collector);
        var firstSession = collector.Sessions.Count > 0 ? collector.Sessions[0] : (FitSession?)null;
        var firstTime = points.Find(p => p.TimeUtc.HasValue).TimeUtc;
        uint? firstTimestamp = firstTime is { } t ? (uint)(t - FitRecord.Epoch).TotalSeconds : null;
        var startTimestamp = firstSession?.StartTime ?? firstTimestamp;
        var relative = startTimestamp < FitRecord.FirstAbsoluteTimestamp;
        if (relative)
        {
            warnings.Add("timestamps are device-relative seconds (below 0x10000000): the file has no real date");
        }

        var activity = new RecordedActivity
        {
            Format = ActivityFormat.Fit,
            Sport = sport,
            SportName = sportName,
            Device = DeviceName(collector),
            StartUtc = relative || startTimestamp is null ? null : FitRecord.Epoch.AddSeconds(startTimestamp.Value),
            UtcOffset = relative ? null : UtcOffset(collector.LocalOffsetSeconds),
            Points = points,
            Pauses = [.. collector.Pauses.Select(p => new TimerPause(FitRecord.Epoch.AddSeconds(p.Start), FitRecord.Epoch.AddSeconds(p.End)))],
            CadenceUnit = sport.IsOnFoot() ? CadenceUnit.StridesPerMinute : sport == Sport.Cycling ? CadenceUnit.RevolutionsPerMinute : CadenceUnit.Unknown,
            Summary = Summarise(collector.Sessions, sport),
            Warnings = warnings,
        };
        return new FitActivity(activity, collector.Records, collector.Sessions, collector.Files, collector.Errors);
    }

    private static ActivityFileException NoActivity(FitActivityCollector collector)
    {
        var fatal = collector.Errors.FindLast(e => e.Fatal);
        if (fatal.Reason is not null)
        {
            return fatal.ToException();
        }

        var crc = collector.Errors.Find(e => e.Kind == ActivityFileErrorKind.Integrity);
        if (crc.Reason is not null)
        {
            return crc.ToException();
        }

        var type = collector.FileType is { } t ? FitProfileNames.FileType(t) : "unknown";
        return new ActivityFileException(ActivityFileErrorKind.Unsupported, $"FIT file of type '{type}' holds no activity");
    }

    /// <summary>activity.local_timestamp − timestamp, rounded to the nearest 15 minutes (every real zone is a multiple).</summary>
    private static TimeSpan? UtcOffset(long? seconds)
    {
        if (seconds is not { } s || Math.Abs(s) > MaxUtcOffsetSeconds)
        {
            return null;
        }

        var quarters = Math.Round(s / (double)FifteenMinutesSeconds, MidpointRounding.AwayFromZero);
        return TimeSpan.FromSeconds(quarters * FifteenMinutesSeconds);
    }

    /// <summary>"garmin fr945": manufacturer name, then the Garmin product name, product_name or product number.</summary>
    private static string? DeviceName(FitActivityCollector c)
    {
        if (c.Manufacturer is not { } manufacturer)
        {
            return c.ProductName;
        }

        var name = FitProfileNames.Manufacturer(manufacturer);
        var isGarmin = manufacturer is 1 or 13 or 15;
        var product = (isGarmin && c.Product is { } p ? FitProfileNames.GarminProduct(p) : null)
            ?? c.ProductName
            ?? c.Product?.ToString(CultureInfo.InvariantCulture);
        return product is null ? name : $"{name} {product}";
    }

    private static DeviceSummary Summarise(List<FitSession> sessions, Sport sport)
    {
        if (sessions.Count == 0)
        {
            return DeviceSummary.None;
        }

        var first = sessions[0];
        double? stepsPerMinute = null;
        if (sport.IsOnFoot() && !double.IsNaN(first.AverageCadence))
        {
            var fraction = double.IsNaN(first.AverageFractionalCadence) ? 0 : first.AverageFractionalCadence;
            stepsPerMinute = 2 * (first.AverageCadence + fraction);
        }

        return new DeviceSummary
        {
            DistanceMetres = Sum(sessions, s => s.DistanceMetres),
            TimerTimeSeconds = Sum(sessions, s => s.TimerSeconds),
            ElapsedTimeSeconds = Sum(sessions, s => s.ElapsedSeconds),
            AscentMetres = Sum(sessions, s => s.AscentMetres),
            DescentMetres = Sum(sessions, s => s.DescentMetres),
            Calories = Sum(sessions, s => s.Calories),
            AverageHeartRateBpm = double.IsNaN(first.AverageHeartRateBpm) ? null : first.AverageHeartRateBpm,
            AverageCadenceStepsPerMinute = stepsPerMinute,
        };
    }

    /// <summary>Sum over the sessions that have the value; null when none has it.</summary>
    private static double? Sum(List<FitSession> sessions, Func<FitSession, double> value)
    {
        double? sum = null;
        foreach (var session in sessions)
        {
            var v = value(session);
            if (!double.IsNaN(v))
            {
                sum = (sum ?? 0) + v;
            }
        }

        return sum;
    }
}
