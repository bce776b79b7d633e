using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>Where a factor was found.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactorSource>))]
public enum FactorSource
{
    /// <summary>The runner said so in the questionnaire.</summary>
    Answers,

    /// <summary>Found in the runner's own imported runs.</summary>
    Runs,

    /// <summary>Both: the runner said so and the runs show it.</summary>
    AnswersAndRuns,
}

/// <summary>Something that likely loads the knee beyond what it can take, with the evidence for it.</summary>
/// <param name="Rule">The factor's rule (id, title, source) from <see cref="FactorRules"/>.</param>
/// <param name="Source">Answers, runs, or both.</param>
/// <param name="Evidence">The numbers and dates, or the answer, behind it.</param>
/// <param name="Advice">What to change, in a line.</param>
public sealed record ContributingFactor(ClinicalRule Rule, FactorSource Source, IReadOnlyList<string> Evidence, string Advice)
{
    /// <summary>The rule id, e.g. <c>R-FACTOR-MILEAGE-JUMP</c>.</summary>
    public string RuleId => Rule.Id;
}
