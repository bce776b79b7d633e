using System.Globalization;

namespace Patella.Import.Fit;

/// <summary>
/// Global message numbers and names from the FIT profile (Garmin SDK Profile.cs, research-notes §5.1).
/// Only the names; the decoder reads every message, named or not.
/// </summary>
public static class FitMessages
{
    public const ushort FileId = 0;
    public const ushort Sport = 12;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort Event = 21;
    public const ushort DeviceInfo = 23;
    public const ushort Activity = 34;
    public const ushort FieldDescription = 206;
    public const ushort DeveloperDataId = 207;

    /// <summary>Field number of the timestamp every message may carry (uint32, FIT seconds).</summary>
    public const byte TimestampField = 253;

    private static readonly Dictionary<int, string> Names = new()
    {
        [0] = "file_id", [1] = "capabilities", [2] = "device_settings", [3] = "user_profile", [4] = "hrm_profile",
        [5] = "sdm_profile", [6] = "bike_profile", [7] = "zones_target", [8] = "hr_zone", [9] = "power_zone",
        [10] = "met_zone", [12] = "sport", [13] = "training_settings", [15] = "goal", [18] = "session", [19] = "lap", [20] = "record",
        [21] = "event", [23] = "device_info", [26] = "workout", [27] = "workout_step", [28] = "schedule",
        [30] = "weight_scale", [31] = "course", [32] = "course_point", [33] = "totals", [34] = "activity",
        [35] = "software", [37] = "file_capabilities", [38] = "mesg_capabilities", [39] = "field_capabilities",
        [49] = "file_creator", [51] = "blood_pressure", [53] = "speed_zone", [55] = "monitoring",
        [72] = "training_file", [78] = "hrv", [80] = "ant_rx", [81] = "ant_tx", [82] = "ant_channel_id",
        [101] = "length", [103] = "monitoring_info", [104] = "battery", [105] = "pad", [106] = "slave_device",
        [127] = "connectivity", [128] = "weather_conditions", [129] = "weather_alert", [131] = "cadence_zone",
        [132] = "hr", [142] = "segment_lap", [145] = "memo_glob", [148] = "segment_id",
        [149] = "segment_leaderboard_entry", [150] = "segment_point", [151] = "segment_file",
        [158] = "workout_session", [159] = "watchface_settings", [160] = "gps_metadata", [161] = "camera_event",
        [162] = "timestamp_correlation", [164] = "gyroscope_data", [165] = "accelerometer_data",
        [167] = "three_d_sensor_calibration", [169] = "video_frame", [174] = "obdii_data",
        [177] = "nmea_sentence", [178] = "aviation_attitude", [184] = "video", [185] = "video_title",
        [186] = "video_description", [187] = "video_clip", [188] = "ohr_settings",
        [200] = "exd_screen_configuration", [201] = "exd_data_field_configuration",
        [202] = "exd_data_concept_configuration", [206] = "field_description", [207] = "developer_data_id",
        [208] = "magnetometer_data", [209] = "barometer_data", [210] = "one_d_sensor_calibration",
        [216] = "time_in_zone", [225] = "set", [227] = "stress_level", [258] = "dive_settings",
        [259] = "dive_gas", [262] = "dive_alarm", [264] = "exercise_title", [268] = "dive_summary",
        [285] = "jump", [290] = "beat_intervals", [297] = "respiration_rate", [312] = "split",
        [313] = "split_summary", [317] = "climb_pro",
    };

    /// <summary>The profile name ("record"), or "mesg_N" for a number this table does not name.</summary>
    public static string Name(ushort globalNumber) =>
        Names.TryGetValue(globalNumber, out var name) ? name : string.Create(CultureInfo.InvariantCulture, $"mesg_{globalNumber}");

    /// <summary>True when <see cref="Name"/> knows the number.</summary>
    public static bool IsNamed(ushort globalNumber) => Names.ContainsKey(globalNumber);
}
