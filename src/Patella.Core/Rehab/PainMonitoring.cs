using System.Globalization;
using System.Text.Json.Serialization;

namespace Patella.Core.Rehab;

/// <summary>How a run went by the PFP pain-monitoring rule.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunVerdict>))]
public enum RunVerdict
{
    /// <summary>Within every limit: counts toward the run/walk step.</summary>
    Passed,

    /// <summary>Within the limits so far, but the next morning is not logged yet.</summary>
    Pending,

    /// <summary>Within the pain limits but with stiffness or a changed stride: stay on the step (Crowell 2023).</summary>
    Held,

    /// <summary>Over a limit: the next run is reduced, the run/walk step goes back one.</summary>
    Failed,
}

/// <summary>One run judged by the PFP rule, with the rules that fired and their numbers.</summary>
/// <param name="PreRun">Pain in daily life that day: the level pain must return to.</param>
/// <param name="Findings">Each limit that was crossed, "rule id: numbers"; empty when none.</param>
public sealed record RunResponse(
    DateOnly Date,
    PainScore PreRun,
    PainScore During,
    PainScore? After,
    PainScore? NextMorning,
    RunVerdict Verdict,
    IReadOnlyList<RuleFinding> Findings);

/// <summary>A rule that fired, with the numbers that fired it.</summary>
/// <param name="RuleId">E.g. <c>R-RUN-PFP-PAIN-2</c>.</param>
/// <param name="Text">What happened, with the numbers, in words a runner reads.</param>
public sealed record RuleFinding(string RuleId, string Text);

/// <summary>
/// The PFP pain-monitoring rule for runs (Esculier 2016, research-notes §3c; rules in <see cref="RehabRules"/>): at most
/// 2/10 while running, back to the pre-run level within 60 minutes, no increase the next morning. Swelling, stiffness
/// or a changed stride hold progress (Crowell 2023). An unrated "after" is not held against the run.
/// </summary>
public static class PainMonitoring
{
    /// <summary>Judges the run logged in <paramref name="checkIn"/>.</summary>
    /// <exception cref="ArgumentException">The check-in has no run.</exception>
    public static RunResponse Judge(CheckIn checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var during = checkIn.PainDuringRun ?? throw new ArgumentException("The check-in has no run.", nameof(checkIn));
        var pre = checkIn.PainAtRest;
        var failed = new List<RuleFinding>();
        if (during.Points > RehabRules.PfpMaxPainDuringRun)
        {
            failed.Add(new(RehabRules.PfpPain2.Id, Text($"pain {during} while running, above {RehabRules.PfpMaxPainDuringRun}/10")));
        }

        if (checkIn.PainAfterRun is { } after && after > pre)
        {
            failed.Add(new(RehabRules.Pfp60Min.Id, Text($"pain {after} {RehabRules.PfpSettleMinutes} min after the run, above the pre-run {pre}")));
        }

        if (checkIn.PainNextMorning is { } morning && morning > pre)
        {
            failed.Add(new(RehabRules.PfpNextMorning.Id, Text($"pain {morning} the next morning, above the pre-run {pre}")));
        }

        if (checkIn.Swelling)
        {
            failed.Add(new(RehabRules.StepPass.Id, "swelling after the run"));
        }

        var verdict = RunVerdict.Failed;
        if (failed.Count == 0)
        {
            if (checkIn.Stiffness || checkIn.LimpOrChangedStride)
            {
                failed.Add(new(RehabRules.HoldStiffness.Id, checkIn.Stiffness ? "stiffness after the run" : "changed stride or limp"));
                verdict = RunVerdict.Held;
            }
            else
            {
                verdict = checkIn.PainNextMorning is null ? RunVerdict.Pending : RunVerdict.Passed;
            }
        }

        return new RunResponse(checkIn.Date, pre, during, checkIn.PainAfterRun, checkIn.PainNextMorning, verdict, failed);
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
