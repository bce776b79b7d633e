using System.Globalization;
using System.Text;

namespace Patella.Core.Assessment;

/// <summary>The plain-language summary and the medical disclaimer of an assessment.</summary>
public static class AssessmentSummary
{
    /// <summary>Adapted from seed C's medical disclaimer: Patella informs, it does not diagnose.</summary>
    public const string Disclaimer =
        "This assessment is for information and education only. It is not a clinical diagnosis, a treatment " +
        "prescription, or a substitute for individual medical advice, and it cannot account for your anatomy, injury " +
        "history, training background or clinical presentation. Runner's knee (PFPS) shares symptoms with several other " +
        "conditions, some of which need different management: an accurate diagnosis from a qualified sports medicine " +
        "physician, orthopaedic specialist or physiotherapist is the starting point for any treatment plan. If your " +
        "symptoms are severe, worsening, or have not responded to self-management within four to six weeks, seek " +
        "professional evaluation; do not delay in the presence of joint swelling, instability, pain at rest or night pain.";

    internal static string Write(
        IReadOnlyList<RedFlag> redFlags,
        IReadOnlyList<ConditionLikelihood> conditions,
        StageAssessment? stage,
        IReadOnlyList<ContributingFactor> factors,
        int unanswered)
    {
        var text = new StringBuilder();
        if (redFlags.Count > 0)
        {
            var when = redFlags[0].Urgency switch
            {
                Urgency.Emergency => "today, at urgent care or an emergency department",
                Urgency.Soon => "within the next few days",
                _ => "soon (a routine appointment)",
            };
            text.Append(CultureInfo.InvariantCulture,
                $"Please see a clinician {when}. Your answers include warning signs that need an examination: ");
            text.Append(string.Join("; ", redFlags.Select(f => f.Rule.Title))).Append(". ");
            text.Append("Do not run and do not rely on self-treatment until a clinician has seen the knee. ");
            text.Append("The rest of this assessment is information for that clinician, not a plan.");
            return text.ToString();
        }

        var likely = conditions.FirstOrDefault(c => c.Likelihood == Likelihood.Likely);
        var possible = conditions.Where(c => c.Likelihood == Likelihood.Possible).ToList();
        if (likely is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Your answers fit {likely.Name} best: {string.Join(", ", likely.Supporting.Take(3))}. ");
            if (likely.Note is not null)
            {
                text.Append(likely.Note).Append(' ');
            }
        }
        else if (possible.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Your answers do not point clearly to one condition: {Listed(possible.Select(c => c.Name).ToList())} {(possible.Count == 2 ? "both" : "all")} fit in part. ");
            text.Append("A physiotherapist can tell them apart with a short examination. ");
        }
        else
        {
            text.Append("Your answers do not match any of the knee conditions Patella knows well; please see a physiotherapist. ");
        }

        if (stage is { Timeline: { } timeline })
        {
            var sentence = stage.Stage switch
            {
                PfpsStage.Early => $"It looks early: caught now, most runners are back to easy running in {timeline.Text}. ",
                PfpsStage.Progressing => $"It looks like it is progressing: addressed now, most runners are back to easy running in {timeline.Text}; the later, the longer. ",
                _ => $"It has lasted more than three months: recovery usually takes {timeline.Text} of consistent work. ",
            };

            // PFPS shares the top with another condition: the stage only holds if it is PFPS.
            text.Append(likely?.Condition == KneeCondition.Pfps ? sentence : "If it is runner's knee, i" + sentence[1..]);
        }

        if (factors.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"What may have overloaded the knee: {string.Join("; ", factors.Select(f => f.Rule.Title))}. ");
        }

        if (unanswered > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{unanswered} {(unanswered == 1 ? "question was" : "questions were")} not answered or answered \"unknown\", so this picture is less certain.");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    private static string Listed(List<string> names) =>
        names.Count < 2 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
