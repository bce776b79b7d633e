using System.Globalization;
using Patella.Core.Assessment;
using Patella.Core.Rules;
using Patella.Core.Today;
using Patella.Data.Assessment;
using Patella.Data.Rehab;

namespace Patella.Data.Exports;

/// <summary>
/// Stored rows as FHIR observations, a pure mapping. A check-in gives one pain observation per rating the runner gave
/// (LOINC 72514-3, the context as a second coding from <see cref="FhirCodes.PainContext"/> and in <c>code.text</c>: the
/// codings of a CodeableConcept may differ in granularity, so a receiver that knows only LOINC still reads a 0-10 pain
/// score) and three yes/no observations (swelling, limp, giving way) naming the rule each one triggers; a Kujala
/// response gives its total. Ratings left out are left out, never written as empty.
/// </summary>
public static class FhirObservations
{
    private static readonly PainContext[] Pains =
    [
        new("at-rest", "Pain at rest (daily life that day)", c => c.PainAtRest),
        new("during-run", "Highest pain during the run", c => c.PainDuringRun),
        new("after-run", "Pain about 60 minutes after the run", c => c.PainAfterRun),
        new("next-morning", "Pain on waking the morning after", c => c.PainNextMorning),
        new("stairs-down", "Pain going down stairs", c => c.StairsDownPain),
        new("during-exercises", "Highest pain during the rehab exercises", c => c.ExercisePain),
    ];

    private static readonly Flag[] Flags =
    [
        new("swelling", "Visible swelling around the knee", "red flag", RedFlagRules.Swelling, c => c.Swelling),
        new("limp-or-changed-stride", "Limping or running differently because of the knee", "stop-running rule", TodayRules.StopLimp, c => c.LimpOrChangedStride),
        new("giving-way", "The knee felt unstable or gave way", "red flag", RedFlagRules.GivingWay, c => c.GivingWay),
    ];

    /// <summary>The observations of one check-in: pains in the order at rest, during run, after run, next morning, stairs
    /// down, during exercises (those given), then swelling, limp, giving way.</summary>
    public static IEnumerable<FhirObservation> Of(StoredCheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        foreach (var p in Pains)
        {
            if (p.Score(checkIn) is { } score)
            {
                yield return new("pain-" + p.Code, checkIn.Id, [FhirCodes.PainSeverity, new(FhirCodes.PainContext, p.Code, p.Display)],
                    $"{p.Display}, knee, 0-10 where 0 is no pain", checkIn.Date, checkIn.RecordedUtc, score, null, null);
            }
        }

        foreach (var f in Flags)
        {
            var present = f.Present(checkIn);

            // The rule is named on every one, so a "no" reads as "checked, not present"; the note only when it was logged.
            yield return new(f.Code, checkIn.Id, [new(FhirCodes.CheckIn, f.Code, f.Display)],
                $"{f.Display} that day ({f.RuleKind} {f.Rule.Id})", checkIn.Date, checkIn.RecordedUtc, null, present,
                present ? $"Logged: {f.RuleKind} {f.Rule.Id}, \"{f.Rule.Title}\" ({f.Rule.Source})." : null);
        }
    }

    /// <summary>The total of one Kujala response, 0-100, higher is better; the note names the item table version.</summary>
    public static FhirObservation Of(StoredKujalaScore kujala)
    {
        ArgumentNullException.ThrowIfNull(kujala);
        return new("kujala", kujala.Id, [FhirCodes.Kujala], "Kujala Anterior Knee Pain Scale total, 0-100 where 100 is no limitation",
            kujala.ScoreDate, kujala.RecordedUtc, kujala.TotalPoints, null,
            string.IsNullOrWhiteSpace(kujala.Version) ? null : string.Create(CultureInfo.InvariantCulture, $"Patella item table version {kujala.Version.Trim()}."));
    }

    private sealed record PainContext(string Code, string Display, Func<StoredCheckIn, int?> Score);

    private sealed record Flag(string Code, string Display, string RuleKind, ClinicalRule Rule, Func<StoredCheckIn, bool> Present);
}
