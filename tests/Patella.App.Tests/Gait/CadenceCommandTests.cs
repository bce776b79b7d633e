using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Patella.App.Tests.Cli;

namespace Patella.App.Tests.Gait;

/// <summary>
/// <c>patella cadence</c> on stored runs: six weeks at 6:10/km and about 164 spm, then three weeks (from 2 June) at the
/// same pace and about 170 spm: a runner who started retraining and moved.
/// </summary>
public sealed class CadenceCommandTests
{
    private static CliRun Retraining()
    {
        var cli = new CliRun { Clock = CadenceHistory.Sunday };
        CadenceHistory.Add(cli, CadenceHistory.Series("2025-04-21", "2025-06-01", 3, 370, 163, 164, 165)
            .Concat(CadenceHistory.Series("2025-06-02", "2025-06-22", 3, 370, 169, 170, 171)));
        return cli;
    }

    [Fact]
    public void Cadence_Since_GivesBaselineTargetStepMetronomeAndProgress()
    {
        using var cli = Retraining();

        var (code, json, error) = cli.RunJson("cadence", "--since", "2025-06-02");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("2025-06-22", json.GetProperty("day").GetString());
        Assert.Equal("km", json.GetProperty("units").GetString());
        Assert.True(json.GetProperty("sinceGiven").GetBoolean());
        var baseline = json.GetProperty("baseline");
        Assert.True(baseline.GetProperty("established").GetBoolean());
        Assert.Equal("2025-04-21", baseline.GetProperty("fromDate").GetString());
        Assert.Equal("2025-06-01", baseline.GetProperty("toDate").GetString());
        Assert.Equal(14, baseline.GetProperty("easyRuns").GetInt32());
        var typical = baseline.GetProperty("typicalBand");
        Assert.Equal("6:00-6:30 /km", typical.GetProperty("pace").GetString());
        Assert.Equal(163.9, typical.GetProperty("stepsPerMinute").GetDouble(), 6);
        Assert.Equal(1000.0 / 360, typical.GetProperty("fastSpeedMetresPerSecond").GetDouble(), 3);
        var target = json.GetProperty("target");
        Assert.Equal(176, target.GetProperty("goalStepsPerMinute").GetDouble());
        Assert.Equal([168.0, 172.0, 176.0], target.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("stepsPerMinute").GetDouble()));
        Assert.Equal(190, target.GetProperty("ceilingStepsPerMinute").GetDouble());
        var today = json.GetProperty("today");
        Assert.Equal(2, today.GetProperty("stepNumber").GetInt32());
        Assert.Equal(169.9, today.GetProperty("recentStepsPerMinute").GetDouble(), 6);
        Assert.False(today.GetProperty("goalReached").GetBoolean());
        Assert.Equal(172, json.GetProperty("metronome").GetProperty("beatsPerMinute").GetInt32());
        var progress = json.GetProperty("progress");
        Assert.Equal("up", progress.GetProperty("overall").GetString());
        Assert.Equal(5.9, progress.GetProperty("changeStepsPerMinute").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("wav").ValueKind);
        Assert.Equal(["R-GAIT-BASELINE", "R-GAIT-TARGET", "R-GAIT-STEPS", "R-GAIT-CEILING", "R-GAIT-PROGRESS"],
            json.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void Cadence_Default_ComparesTheLastThreeWeeksWithTheSixBefore()
    {
        using var cli = Retraining();

        var (code, json, _) = cli.RunJson("cadence");

        Assert.Equal(0, code);
        Assert.False(json.GetProperty("sinceGiven").GetBoolean());
        Assert.Equal("2025-06-02", json.GetProperty("since").GetString());
        Assert.Equal("2025-05-12", json.GetProperty("baseline").GetProperty("fromDate").GetString());
        Assert.Equal("2025-06-22", json.GetProperty("baseline").GetProperty("toDate").GetString());
        Assert.Equal("up", json.GetProperty("progress").GetProperty("overall").GetString());
        Assert.Equal("2025-04-21", json.GetProperty("progress").GetProperty("beforeFromDate").GetString());
    }

    [Fact]
    public void Cadence_Text_ShowsBandsStepsMetronomeAndProgress()
    {
        using var cli = Retraining();

        var (code, output, _) = cli.Run("cadence", "--since", "2025-06-02");

        Assert.Equal(0, code);
        Assert.Contains("6:00-6:30 /km", output, StringComparison.Ordinal);
        Assert.Contains("typical easy pace", output, StringComparison.Ordinal);
        Assert.Contains("goal 176 spm", output, StringComparison.Ordinal);
        Assert.Contains("Now: step 2 (your runs since 2025-06-02 at this pace average 170 spm).", output, StringComparison.Ordinal);
        Assert.Contains("Metronome: 172 BPM", output, StringComparison.Ordinal);
        Assert.Contains("Since 2025-06-02 your cadence at the same pace went up: +5.9 spm", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cadence_Miles_ShowsPaceBandsPerMile()
    {
        using var cli = Retraining();
        Assert.Equal(0, cli.Run("settings", "--units", "mi").ExitCode);

        var (_, json, _) = cli.RunJson("cadence", "--since", "2025-06-02");

        Assert.Equal("mi", json.GetProperty("units").GetString());
        Assert.Equal("9:30-10:00 /mi", json.GetProperty("baseline").GetProperty("typicalBand").GetProperty("pace").GetString());
    }

    [Fact]
    public void Cadence_RunWalkSessions_UseTheirRunningBands()
    {
        using var cli = new CliRun { Clock = CadenceHistory.Sunday };
        CadenceHistory.Add(cli, new[] { 10, 12, 14, 17, 19, 21 }.Select(d => CadenceHistory.RunWalk(new DateOnly(2025, 6, d), 375, 160)));

        var (_, json, _) = cli.RunJson("cadence");

        var typical = json.GetProperty("baseline").GetProperty("typicalBand");
        Assert.Equal(162.5, typical.GetProperty("stepsPerMinute").GetDouble());
        Assert.Equal(6, typical.GetProperty("runWalkSessions").GetInt32());
        Assert.Equal("6:00-6:30 /km", typical.GetProperty("pace").GetString());
    }

    [Theory]
    [InlineData(new string[] { "--minutes", "1" }, 60)]
    [InlineData(new string[0], 600)]
    public void Cadence_Wav_WritesAPlayableClickTrackOfTheRightLength(string[] extra, int seconds)
    {
        using var cli = Retraining();
        var path = Path.Combine(cli.DataFolder, "click.wav");

        var (code, json, _) = cli.RunJson(["cadence", "--since", "2025-06-02", "--wav", path, .. extra]);

        Assert.Equal(0, code);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));   // PCM
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)));   // mono
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24));
        Assert.Equal(16, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(34)));
        var dataBytes = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40));
        Assert.Equal(seconds, dataBytes / 2.0 / rate, 6);
        Assert.Equal(44L + dataBytes, bytes.LongLength);
        var wav = json.GetProperty("wav");
        Assert.Equal(Path.GetFullPath(path), wav.GetProperty("path").GetString());
        Assert.Equal(172, wav.GetProperty("beatsPerMinute").GetInt32());
        Assert.Equal(seconds, wav.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(bytes.Length, wav.GetProperty("bytes").GetInt64());
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void Cadence_WavText_SaysWhereTheFileIs()
    {
        using var cli = Retraining();
        var path = Path.Combine(cli.DataFolder, "steps.wav");

        var (code, output, _) = cli.Run("cadence", "--wav", path, "--minutes", "0.5");

        Assert.Equal(0, code);
        Assert.Contains($"Click track written: {Path.GetFullPath(path)} (0.5 min at ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Cadence_NoRuns_SaysSoAndExitsZero()
    {
        using var cli = new CliRun { Clock = CadenceHistory.Sunday };

        var (code, output, error) = cli.Run("cadence");
        var (jsonCode, json, _) = cli.RunJson("cadence");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("No baseline yet. No runs with a step rate between 2025-05-12 and 2025-06-22", output, StringComparison.Ordinal);
        Assert.Equal(0, jsonCode);
        Assert.False(json.GetProperty("baseline").GetProperty("established").GetBoolean());
        Assert.StartsWith("No runs with a step rate", json.GetProperty("baseline").GetProperty("notEnough").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("metronome").ValueKind);
        Assert.Equal("notEnoughRuns", json.GetProperty("progress").GetProperty("overall").GetString());
    }

    [Fact]
    public void Cadence_WavWithoutBaseline_ExitsOneAndWritesNothing()
    {
        using var cli = new CliRun { Clock = CadenceHistory.Sunday };
        var path = Path.Combine(cli.DataFolder, "click.wav");

        var (code, output, error) = cli.Run("cadence", "--wav", path);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith("patella: --wav: no cadence baseline to set the metronome from, so nothing was written.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Theory]
    [InlineData("--since", "2-6-2025", "--since: '2-6-2025' is not a date (YYYY-MM-DD)")]
    [InlineData("--since", "2025-06-23", "--since: 2025-06-23 is after today (2025-06-22)")]
    [InlineData("--minutes", "0", "--minutes: 0 must be more than 0 and at most 180")]
    [InlineData("--minutes", "181", "--minutes: 181 must be more than 0 and at most 180")]
    [InlineData("--wav", "no-such-folder/x.wav", "--wav: the folder of 'no-such-folder/x.wav' does not exist")]
    public void Cadence_BadInput_ExitsOneWithTheReason(string option, string value, string message)
    {
        using var cli = Retraining();

        var (code, output, error) = cli.Run("cadence", option, value);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"patella: {message}", error.TrimEnd());
    }

    [Fact]
    public void Cadence_JsonIsOneDocument_WithUnitsInTheNames()
    {
        using var cli = Retraining();

        var (_, output, _) = cli.Run("cadence", "--json");

        using var document = JsonDocument.Parse(output);
        var names = new List<string>();
        Collect(document.RootElement, names);
        Assert.Contains("stepsPerMinute", names);
        Assert.Contains("fastSpeedMetresPerSecond", names);
        Assert.Contains("beatsPerMinute", names);
        Assert.DoesNotContain(names, n => n.Equals("cadence", StringComparison.OrdinalIgnoreCase) || n.Equals("speed", StringComparison.OrdinalIgnoreCase));
    }

    private static void Collect(JsonElement element, List<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                names.Add(p.Name);
                Collect(p.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in element.EnumerateArray())
            {
                Collect(e, names);
            }
        }
    }
}
