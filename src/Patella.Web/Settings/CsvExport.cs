using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Data.Runners;

namespace Patella.Web.Settings;

/// <summary>
/// The two tables a runner most likely opens in a spreadsheet, added to the export zip beside the JSON: <c>runs.csv</c>
/// (every activity, runs and the rest, with its sport) and <c>checkins.csv</c>. Units are in the column names; times are
/// ISO 8601 (UTC with a Z, local in the runner's zone); numbers use '.'; yes/no are true/false; empty means not recorded.
/// The clinician downloads the same two files one by one (<see cref="Runs"/>, <see cref="CheckIns"/>).
/// </summary>
public static class CsvExport
{
    public const string RunsFile = "runs.csv";

    public const string CheckInsFile = "checkins.csv";

    /// <summary>runs.csv's header, in column order.</summary>
    public static IReadOnlyList<string> RunColumns { get; } =
    [
        "activity_id", "start_utc", "start_local", "sport", "name", "distance_km", "moving_time_s", "elapsed_time_s",
        "pace_s_per_km", "elevation_gain_m", "elevation_loss_m", "downhill_km", "average_cadence_spm", "average_heart_rate_bpm",
        "max_heart_rate_bpm", "gear", "perceived_exertion_0_10", "device", "strava_activity_id",
    ];

    /// <summary>checkins.csv's header, in column order. Scores are whole points 0-10.</summary>
    public static IReadOnlyList<string> CheckInColumns { get; } =
    [
        "date", "pain_at_rest_0_10", "pain_during_run_0_10", "pain_after_run_0_10", "pain_next_morning_0_10", "stairs_down_pain_0_10",
        "swelling", "limp_or_changed_stride", "giving_way", "stiffness", "exercises_done", "exercise_pain_0_10", "painful_exercise_ids",
        "run_time_min", "rpe_0_10", "sleep_0_10", "fatigue_0_10", "stress_0_10", "note", "recorded_utc",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Adds both files to the export zip in <paramref name="zipFile"/> (readable, writable, seekable; left open).</summary>
    public static void AddTo(Stream zipFile, PatellaDb db, long runnerId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runner = db.Runners.AsNoTracking().Single(r => r.Id == runnerId);

        // Update mode only appends here: the entries RunnerExport wrote (originals included) are left where they are.
        using var zip = new ZipArchive(zipFile, ZipArchiveMode.Update, leaveOpen: true);
        Write(zip, RunsFile, w => WriteRuns(w, db, runner));
        Write(zip, CheckInsFile, w => WriteCheckIns(w, db, runnerId));
    }

    /// <summary>runs.csv alone (UTF-8, no byte order mark): the clinician's download.</summary>
    public static byte[] Runs(PatellaDb db, Runner runner) => Bytes(w => WriteRuns(w, db, runner));

    /// <summary>checkins.csv alone (UTF-8, no byte order mark): the clinician's download.</summary>
    public static byte[] CheckIns(PatellaDb db, long runnerId) => Bytes(w => WriteCheckIns(w, db, runnerId));

    private static byte[] Bytes(Action<TextWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, Utf8, leaveOpen: true))
        {
            write(writer);
        }

        return bytes.ToArray();
    }

    private static void WriteRuns(TextWriter w, PatellaDb db, Runner runner)
    {
        var zone = RunnerProfile.TimeZoneOf(runner);
        CsvText.WriteRow(w, [.. RunColumns]);
        foreach (var a in db.Activities.AsNoTracking().Where(a => a.RunnerId == runner.Id).OrderBy(a => a.StartUtc).ThenBy(a => a.Id).AsEnumerable())
        {
            var km = a.DistanceMetres / 1000;
            CsvText.WriteRow(
                w,
                a.Id.ToString(CultureInfo.InvariantCulture),
                Utc(a.StartUtc),
                TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc), zone).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                a.Sport.ToString(),
                a.Name,
                CsvText.Number(km, 3),
                CsvText.Number(a.MovingTimeSeconds, 0),
                CsvText.Number(a.ElapsedTimeSeconds, 0),
                km > 0 ? CsvText.Number(a.MovingTimeSeconds / km, 0) : null,
                CsvText.Number(a.ElevationGainMetres, 1),
                CsvText.Number(a.ElevationLossMetres, 1),
                CsvText.Number(a.DownhillDistanceMetres / 1000, 3),
                CsvText.Number(a.AverageCadenceStepsPerMinute, 1),
                CsvText.Number(a.AverageHeartRateBpm, 0),
                CsvText.Number(a.MaxHeartRateBpm, 0),
                a.Gear,
                CsvText.Whole(a.PerceivedExertion),
                a.Device,
                a.StravaActivityId);
        }
    }

    private static void WriteCheckIns(TextWriter w, PatellaDb db, long runnerId)
    {
        CsvText.WriteRow(w, [.. CheckInColumns]);
        foreach (var c in db.CheckIns.AsNoTracking().Where(c => c.RunnerId == runnerId).OrderBy(c => c.Date).AsEnumerable())
        {
            CsvText.WriteRow(
                w,
                c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CsvText.Whole(c.PainAtRest),
                CsvText.Whole(c.PainDuringRun),
                CsvText.Whole(c.PainAfterRun),
                CsvText.Whole(c.PainNextMorning),
                CsvText.Whole(c.StairsDownPain),
                CsvText.Flag(c.Swelling),
                CsvText.Flag(c.LimpOrChangedStride),
                CsvText.Flag(c.GivingWay),
                CsvText.Flag(c.Stiffness),
                CsvText.Flag(c.ExercisesDone),
                CsvText.Whole(c.ExercisePain),
                c.PainfulExerciseIds?.ReplaceLineEndings(";").TrimEnd(';'),
                CsvText.Number(c.RunMinutes, 1),
                CsvText.Whole(c.Rpe),
                CsvText.Whole(c.Sleep),
                CsvText.Whole(c.Fatigue),
                CsvText.Whole(c.Stress),
                c.Note,
                Utc(c.RecordedUtc));
        }
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void Write(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), Utf8);
        write(writer);
    }
}
