using System.Text.Json.Nodes;
using Patella.Core.Assessment;

namespace Patella.Core.Tests.Assessment;

/// <summary>
/// Builds knee-v1 answer sets from a compact vignette line, e.g.
/// <c>"painLocation=aroundKneecap; painTriggers=stairsDown,squatting; givingWay=yes; ageYears=32"</c>,
/// by writing the JSON answer file and reading it with <see cref="AnswerSetJson"/> (so every
/// vignette also goes through the loader). "unknown" is allowed for any question.
/// </summary>
internal static class VignetteAnswers
{
    public static AnswerSet Parse(string vignette)
    {
        var answers = new JsonObject();
        foreach (var part in vignette.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (id, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var question = KneeQuestionnaire.V1.Find(id) ?? throw new ArgumentException($"vignette names unknown question {id}");
            answers[id] = value == "unknown" ? JsonValue.Create("unknown") : question.Type switch
            {
                AnswerType.YesNo => JsonValue.Create(value == "yes"),
                AnswerType.WholeNumber => JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
                AnswerType.SingleChoice => JsonValue.Create(value),
                _ => new JsonArray([.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => (JsonNode)JsonValue.Create(c))]),
            };
        }

        var file = new JsonObject { ["questionnaire"] = KneeQuestionnaire.Version, ["answers"] = answers };
        return AnswerSetJson.Read(file.ToJsonString(), KneeQuestionnaire.V1);
    }

    /// <summary>The seed A runner (32, half-marathon build): dull ache at the front of the knee late in long runs that
    /// went after warm-up, over three weeks earlier in runs and on stairs down, weak hip control, mileage up.</summary>
    public const string SeedRunner =
        "painLocation=aroundKneecap; painPointSpecific=no; side=right; onset=gradual; painTriggers=stairsDown; " +
        "painTiming=lateInLongRuns; painCourse=goneAfterWarmUp,startingEarlierInRuns; weeksSinceOnset=3; swelling=none; " +
        "givingWay=no; lockingOrCatching=none; feverOrHotRedJoint=no; canBearWeight=yes; ageYears=32; sex=female; " +
        "trainingChanges=mileage; kneeDropsInward=yes";
}
