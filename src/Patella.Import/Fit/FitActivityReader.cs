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
        using var collector = new FitActivityCollector(bytes.Length, keepRecords);
        FitDecoder.Decode(bytes, new FitActivityCollector.Direct(collector));
        var count = collector.Points.Length;
        if (count == 0)
        {
            throw NoActivity(collector);
        }

        var warnings = new List<string>();
        foreach (var error in collector.Errors)
        {
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{error.Reason} at byte {error.OffsetBytes}: {count:N0} records kept{(error.Detail is null ? "" : $" ({error.Detail})")}"));
        }

        var (sport, sportName) = FitSportMapping.Decide(collector);
        var firstSession = collector.Sessions.Count > 0 ? collector.Sessions[0] : (FitSession?)null;
        var startTimestamp = firstSession?.StartTime ?? FirstTimestamp(collector.Points);
        var relative = startTimestamp < FitRecord.FirstAbsoluteTimestamp;
        if (relative)
        {
            warnings.Add("timestamps are device-relative seconds (below 0x10000000): the file has no real date");
        }

        var pauses = new TimerPause[collector.Pauses.Count];
        for (var i = 0; i < pauses.Length; i++)
        {
            var (start, end) = collector.Pauses[i];
            pauses[i] = new TimerPause(FitRecord.ToUtc(start)!.Value, FitRecord.ToUtc(end)!.Value);
        }

        var activity = new RecordedActivity
        {
            Format = ActivityFormat.Fit,
            Sport = sport,
            SportName = sportName,
            Device = DeviceName(collector),
            StartUtc = relative ? null : FitRecord.ToUtc(startTimestamp),
            UtcOffset = relative ? null : UtcOffset(collector.LocalOffsetSeconds),
            Points = collector.PointArray(),
            Pauses = pauses,
            CadenceUnit = sport.IsOnFoot() ? CadenceUnit.StridesPerMinute : sport == Sport.Cycling ? CadenceUnit.RevolutionsPerMinute : CadenceUnit.Unknown,
            Summary = Summarise(collector.Sessions, sport),
            Warnings = warnings,
        };
        return new FitActivity(activity, collector.RecordArray(), collector.Sessions, collector.Files, collector.Errors) { Laps = collector.Laps };
    }

    /// <summary>The first record's timestamp, when some record has one.</summary>
    private static uint? FirstTimestamp(ReadOnlySpan<TrackPoint> points)
    {
        foreach (var point in points)
        {
            if (point.TimeUtc is { } time)
            {
                return (uint)((time.Ticks - FitRecord.Epoch.Ticks) / TimeSpan.TicksPerSecond);
            }
        }

        return null;
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

    /// <summary>
    /// "garmin fr945": file_id's manufacturer name, then its Garmin product name or product_name; when
    /// file_id gives only numbers, the creator device_info's (device_index 0) Garmin product name or
    /// product_name ("wahoo_fitness ELEMNT"); else the product number.
    /// </summary>
    private static string? DeviceName(FitActivityCollector c)
    {
        if (c.Manufacturer is not { } manufacturer)
        {
            return c.ProductName;
        }

        var name = FitProfileNames.Manufacturer(manufacturer);
        var product = ProductName(manufacturer, c.Product, c.ProductName)
            ?? (c.CreatorManufacturer is { } creator ? ProductName(creator, c.CreatorProduct, c.CreatorProductName) : c.CreatorProductName)
            ?? c.Product?.ToString(CultureInfo.InvariantCulture);
        return product is null ? name : $"{name} {product}";
    }

    private static string? ProductName(int manufacturer, int? product, string? productName)
    {
        var isGarmin = manufacturer is 1 or 13 or 15;
        return (isGarmin && product is { } p ? FitProfileNames.GarminProduct(p) : null) ?? productName;
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
