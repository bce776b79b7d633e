using System.Globalization;
using System.Text;
using Patella.Core.Activities;
using Patella.Core.Measures;
using Patella.Import;
using Patella.Import.Strava;

namespace Patella.Data.Activities;

/// <summary>Between the stored row and Core's <see cref="Activity"/>.</summary>
public static class StoredActivityMapping
{
    public static StoredActivity FromImport(long runnerId, int indexInFile, ImportedActivity imported, StravaActivity? strava)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var recording = imported.Recording;
        var metrics = imported.Metrics;
        var summary = recording.Summary;
        return new StoredActivity
        {
            RunnerId = runnerId,
            IndexInFile = indexInFile,
            Sport = recording.Sport,
            SportName = recording.SportName,
            Name = recording.Name,
            Device = recording.Device,
            StartUtc = recording.StartUtc!.Value,
            UtcOffsetMinutes = recording.UtcOffset is { } offset ? (int)Math.Round(offset.TotalMinutes) : null,
            DistanceMetres = metrics.Distance.Metres,
            MovingTimeSeconds = metrics.MovingTime.TotalSeconds,
            ElapsedTimeSeconds = metrics.ElapsedTime.TotalSeconds,
            ElevationGainMetres = metrics.ElevationGainMetres,
            ElevationLossMetres = metrics.ElevationLossMetres,
            DownhillDistanceMetres = metrics.DownhillDistance.Metres,
            AverageSpeedMetresPerSecond = metrics.AverageSpeed.MetresPerSecond,
            AverageCadenceStepsPerMinute = metrics.AverageCadence?.StepsPerMinute,
            CadenceUnitReason = metrics.CadenceUnitReason,
            CadenceDistribution = FormatBands(metrics.CadenceDistribution),
            AverageHeartRateBpm = metrics.AverageHeartRate?.BeatsPerMinute,
            MaxHeartRateBpm = metrics.MaxHeartRate?.BeatsPerMinute,
            DistanceFromPositions = metrics.DistanceFromPositions,
            PointCount = recording.Points.Count,
            DeviceDistanceMetres = summary.DistanceMetres,
            DeviceTimerTimeSeconds = summary.TimerTimeSeconds,
            DeviceElapsedTimeSeconds = summary.ElapsedTimeSeconds,
            DeviceAscentMetres = summary.AscentMetres,
            DeviceDescentMetres = summary.DescentMetres,
            DeviceAverageCadenceStepsPerMinute = summary.AverageCadenceStepsPerMinute,
            DeviceAverageHeartRateBpm = summary.AverageHeartRateBpm,
            Gear = strava?.Gear,
            PerceivedExertion = strava?.PerceivedExertion,
            StravaActivityId = strava?.ActivityId,
            Warnings = recording.Warnings.Count > 0 ? string.Join('\n', recording.Warnings) : null,
        };
    }

    /// <summary>The domain view the load engine, the assessment and today's decision read.</summary>
    public static Activity ToDomain(this StoredActivity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Activity
        {
            Id = row.Id,
            Sport = row.Sport,
            Name = row.Name,
            StartUtc = row.StartUtc,
            UtcOffset = row.UtcOffsetMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            Gear = row.Gear,
            PerceivedExertion = row.PerceivedExertion,
            Metrics = new ActivityMetrics
            {
                Distance = Distance.FromMetres(row.DistanceMetres),
                MovingTime = TimeSpan.FromSeconds(row.MovingTimeSeconds),
                ElapsedTime = TimeSpan.FromSeconds(row.ElapsedTimeSeconds),
                ElevationGainMetres = row.ElevationGainMetres,
                ElevationLossMetres = row.ElevationLossMetres,
                DownhillDistance = Distance.FromMetres(row.DownhillDistanceMetres),
                AverageSpeed = Speed.FromMetresPerSecond(Math.Max(0, row.AverageSpeedMetresPerSecond)),
                AverageCadence = row.AverageCadenceStepsPerMinute is { } spm ? Cadence.FromStepsPerMinute(spm) : null,
                CadenceDistribution = ParseBands(row.CadenceDistribution),
                CadenceUnitReason = row.CadenceUnitReason,
                AverageHeartRate = row.AverageHeartRateBpm is { } hr ? HeartRate.FromBeatsPerMinute(hr) : null,
                MaxHeartRate = row.MaxHeartRateBpm is { } max ? HeartRate.FromBeatsPerMinute(max) : null,
                DistanceFromPositions = row.DistanceFromPositions,
            },
        };
    }

    internal static string? FormatBands(IReadOnlyList<CadenceBand> bands)
    {
        if (bands.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var band in bands)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append(CultureInfo.InvariantCulture, $"{band.LowStepsPerMinute}:{band.Time.TotalSeconds:0.#}");
        }

        return builder.ToString();
    }

    internal static IReadOnlyList<CadenceBand> ParseBands(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var bands = new List<CadenceBand>();
        foreach (var part in text.Split(';'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0
                && int.TryParse(part.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var low)
                && double.TryParse(part.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                bands.Add(new CadenceBand(low, TimeSpan.FromSeconds(seconds)));
            }
        }

        return bands;
    }
}
