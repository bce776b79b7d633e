using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>How fast a red flag needs a clinician. Ordered: a higher value is more urgent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Urgency>))]
public enum Urgency
{
    /// <summary>Book a physiotherapist or sports doctor; not urgent, but no more self-management alone.</summary>
    RoutineReferral,

    /// <summary>See a doctor or physiotherapist within days, before running again.</summary>
    Soon,

    /// <summary>Urgent care or an emergency department today.</summary>
    Emergency,
}

/// <summary>
/// A red flag that fired: refer, no self-management, no running while it stands.
/// </summary>
/// <param name="Rule">The rule (id, title, source) from <see cref="RedFlagRules"/>.</param>
/// <param name="Urgency">How fast to see a clinician.</param>
/// <param name="Action">What to do, in words a runner understands.</param>
/// <param name="Evidence">The answers that fired it, as "question: value".</param>
public sealed record RedFlag(ClinicalRule Rule, Urgency Urgency, string Action, IReadOnlyList<string> Evidence)
{
    /// <summary>The rule id, e.g. <c>R-RF-SWELLING</c>.</summary>
    public string RuleId => Rule.Id;
}
