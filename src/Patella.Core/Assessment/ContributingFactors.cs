using System.Globalization;
using Patella.Core.Rules;

namespace Patella.Core.Assessment;

/// <summary>Finds contributing factors in the answers and, when given, the runner's own runs.</summary>
internal static class ContributingFactors
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<ContributingFactor> Find(KneeAnswers a, TrainingEvidence? runs)
    {
        var factors = new List<ContributingFactor>();
        void Add(ClinicalRule rule, bool said, IEnumerable<string> found, string advice)
        {
            var fromRuns = found.ToList();
            if (!said && fromRuns.Count == 0)
            {
                return;
            }

            var source = said && fromRuns.Count > 0 ? FactorSource.AnswersAndRuns : said ? FactorSource.Answers : FactorSource.Runs;
            IReadOnlyList<string> evidence = said ? ["reported in the assessment", .. fromRuns] : fromRuns;
            factors.Add(new ContributingFactor(rule, source, evidence, advice));
        }

        bool Changed(string code) => a.Has(KneeQuestions.TrainingChanges, code);

        Add(FactorRules.HipControl, a.IsYes(KneeQuestions.KneeDropsInward), [],
            "Strengthen the hip abductors and external rotators: clamshell, side-lying hip abduction, lateral band walk, single-leg bridge.");
        Add(FactorRules.MileageJump, Changed(TrainingChange.Mileage), MileageJump(runs?.WeeklyDistance),
            "Cut distance back for now; then add no more than 10% a week.");
        Add(FactorRules.RunSpike, false, RunSpike(runs?.RunSpike),
            "Keep each run within 10% of your longest run of the past 30 days.");
        Add(FactorRules.SpeedWork, Changed(TrainingChange.SpeedWork), [],
            "Drop tempo and interval sessions until the base is solid and pain-free.");
        Add(FactorRules.DownhillBlock, Changed(TrainingChange.Downhill), Downhill(runs?.Downhill),
            "Run flat routes for now; build uphill first, descents later.");
        Add(FactorRules.WornShoes, false, Shoe(runs?.Shoe), "Replace the shoes; the midsole wears out before the outsole shows it.");
        Add(FactorRules.ShoeChange, Changed(TrainingChange.NewShoes), [], "Bring new shoes in gradually, alternating with the old pair.");
        Add(FactorRules.Surface, Changed(TrainingChange.Surface), [], "Vary surfaces; mix softer ground into hard-surface weeks.");
        Add(FactorRules.LowCadenceRule, false, LowCadence(runs?.Cadence),
            "Raise your step rate by 5-10% at the same easy pace; a metronome is enough.");
        Add(FactorRules.NoRestDays, false, NoRest(runs),
            "Put at least one rest or cross-training day in each week.");
        var stiff = a.Codes(KneeQuestions.KnownStiffness);
        Add(FactorRules.Mobility, stiff.Count > 0, [],
            $"Mobility work for the {string.Join(" and ", stiff)}: hip flexor stretch, calf mobility, ankle dorsiflexion.");
        Add(FactorRules.Pronation, a.Has(KneeQuestions.FootPosture, FootPostures.Flat), [],
            "Short foot exercise; semi-rigid arch-support insoles can help short term.");
        return factors;
    }

    private static IEnumerable<string> MileageJump(WeeklyDistanceChange? week)
    {
        if (week?.ChangePercent is { } pct && pct > FactorRules.WeeklyIncreaseMaxPercent)
        {
            yield return string.Create(Inv,
                $"week of {week.ThisWeekStart:yyyy-MM-dd}: {week.ThisWeek.Kilometres:0.0} km vs {week.LastWeek.Kilometres:0.0} km the week before ({pct:+0}%, more than {FactorRules.WeeklyIncreaseMaxPercent:0}%)");
        }
    }

    private static IEnumerable<string> RunSpike(SingleRunSpike? run)
    {
        if (run?.IncreasePercent is { } pct && pct > FactorRules.RunSpikeMinPercent)
        {
            var band = pct > FactorRules.RunSpikeModerateMaxPercent ? "large spike (>100%: 2.28 times the injury rate)"
                : pct > FactorRules.RunSpikeSmallMaxPercent ? "moderate spike (>30-100%: 1.52 times the injury rate)"
                : "small spike (>10-30%: 1.64 times the injury rate)";
            yield return string.Create(Inv,
                $"run on {run.Date:yyyy-MM-dd}: {run.Distance.Kilometres:0.0} km, {pct:0}% longer than the longest of the previous 30 days ({run.LongestPrevious30Days.Kilometres:0.0} km): {band}");
        }
    }

    private static IEnumerable<string> Downhill(DownhillChange? d)
    {
        if (d?.DownhillChangePercent is { } pct && pct > FactorRules.DownhillIncreaseMaxPercent && d.ThisWeekDownhill >= FactorRules.DownhillBlockMinimum)
        {
            var descent = d is { ThisWeekDescentMetres: { } now, LastWeekDescentMetres: { } before }
                ? string.Create(Inv, $"; descent {now:0} m vs {before:0} m")
                : "";
            yield return string.Create(Inv,
                $"week of {d.ThisWeekStart:yyyy-MM-dd}: {d.ThisWeekDownhill.Kilometres:0.0} km downhill vs {d.LastWeekDownhill.Kilometres:0.0} km the week before ({pct:+0}%){descent}");
        }
    }

    private static IEnumerable<string> Shoe(ShoeWear? shoe)
    {
        if (shoe is not null && shoe.Distance >= FactorRules.ShoeReplacementFrom)
        {
            var where = shoe.Distance > FactorRules.ShoeReplacementBy ? "past the 600-800 km replacement window" : "inside the 600-800 km replacement window";
            yield return string.Create(Inv, $"shoe '{shoe.Name}': {shoe.Distance.Kilometres:0} km, {where}");
        }
    }

    private static IEnumerable<string> LowCadence(CadenceAtSpeed? c)
    {
        if (c is not null && c.AverageSpeed >= FactorRules.LowCadenceMinSpeed && c.Average < FactorRules.LowCadence)
        {
            var pace = c.AverageSpeed.PacePerKilometre!.Value;
            yield return string.Create(Inv,
                $"{c.From:yyyy-MM-dd} to {c.To:yyyy-MM-dd}: {c.Average.StepsPerMinute:0} spm at {c.AverageSpeed.KilometresPerHour:0.0} km/h ({(int)pace.TotalMinutes}:{pace.Seconds:00} per km), below {FactorRules.LowCadence.StepsPerMinute:0} spm; target {c.Average.StepsPerMinute * FactorRules.CadenceTargetMinFactor:0}-{c.Average.StepsPerMinute * FactorRules.CadenceTargetMaxFactor:0} spm");
        }
    }

    private static IEnumerable<string> NoRest(TrainingEvidence? runs)
    {
        if (runs?.RestDaysInLast14Days is { } rest && rest < FactorRules.MinRestDaysIn14Days)
        {
            var to = runs.RestDaysCountedTo is { } day ? string.Create(Inv, $" up to {day:yyyy-MM-dd}") : "";
            yield return string.Create(Inv, $"{rest} rest days in the 14 days{to}");
        }
    }
}
