using System.Text.Json.Nodes;
using Patella.App.Tests.Cli;

namespace Patella.App.Tests.Assessment;

/// <summary>Answer files the tests write next to the data, and a clock that stands still.</summary>
internal static class AnswerFiles
{
    /// <summary>Seed A's runner (32, half-marathon build): dull ache around the kneecap late in long runs that went
    /// after warm-up, over three weeks earlier in runs and on stairs down, mileage up, knee drops inward.</summary>
    public const string SeedRunner = """
        {
          "questionnaire": "knee-v1",
          "answers": {
            "painLocation": ["aroundKneecap"], "painPointSpecific": false, "side": "right", "onset": "gradual",
            "painTriggers": ["stairsDown"], "painTiming": ["lateInLongRuns"], "painCourse": ["goneAfterWarmUp", "startingEarlierInRuns"],
            "weeksSinceOnset": 3, "swelling": "none", "givingWay": false, "lockingOrCatching": "none", "feverOrHotRedJoint": false,
            "canBearWeight": true, "ageYears": 32, "sex": "female", "trainingChanges": ["mileage"], "kneeDropsInward": true,
            "footPosture": "unknown"
          }
        }
        """;

    /// <summary>Every Kujala item at its best option: 100 points.</summary>
    public static JsonObject KujalaAllBest(string date)
    {
        var answers = new JsonObject
        {
            ["limp"] = "none", ["support"] = "fullWithoutPain", ["walking"] = "unlimited", ["stairs"] = "noDifficulty",
            ["squatting"] = "noDifficulty", ["running"] = "noDifficulty", ["jumping"] = "noDifficulty",
            ["prolongedSitting"] = "noDifficulty", ["pain"] = "none", ["swelling"] = "none", ["patellarSubluxations"] = "none",
            ["thighAtrophy"] = "none", ["flexionDeficiency"] = "none",
        };
        return new JsonObject { ["questionnaire"] = "kujala-akps-pmc10362729", ["date"] = date, ["answers"] = answers };
    }

    /// <summary>The seed runner's answers with <paramref name="change"/> applied to the answers object.</summary>
    public static string SeedRunnerWith(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(SeedRunner)!.AsObject();
        change(file["answers"]!.AsObject());
        return file.ToJsonString();
    }

    public static string Write(CliRun cli, string name, string json)
    {
        var path = Path.Combine(cli.DataFolder, name);
        File.WriteAllText(path, json);
        return path;
    }
}

/// <summary>A clock fixed at one instant, in UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
