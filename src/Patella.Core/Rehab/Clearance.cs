using System.Globalization;
using System.Text.Json.Serialization;
using Patella.Core.Rules;

namespace Patella.Core.Rehab;

/// <summary>Seed C's four tests for full clearance.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClearanceTest>))]
public enum ClearanceTest
{
    /// <summary>20 single-leg squats without pain or excessive knee valgus.</summary>
    SingleLegSquat,

    /// <summary>Stair descent without pain.</summary>
    StairDescent,

    /// <summary>20-30 minutes of easy running without pain during or the next morning.</summary>
    EasyRun,

    /// <summary>Leg strength symmetric within 10-15% (limb symmetry index).</summary>
    StrengthSymmetry,
}

/// <summary>One clearance test as recorded on a day, with what was measured. Build it with a factory so the pass is
/// decided by <see cref="RehabRules"/>' thresholds, or with <see cref="Judged"/> when a clinician judged it.</summary>
/// <param name="Evidence">What was measured, in words with the numbers.</param>
/// <param name="LimbSymmetryIndexPercent">Weaker over stronger leg × 100, for the strength test; otherwise null.</param>
public sealed record ClearanceRecord(ClearanceTest Test, DateOnly Date, bool Passed, string Evidence, double? LimbSymmetryIndexPercent = null)
{
    /// <summary>20 single-leg squats: pass with at least 20, no pain and no excessive valgus (judged by eye: no validated
    /// cut-off exists; the angle, when measured, is kept to follow the runner's own change).</summary>
    public static ClearanceRecord SingleLegSquat(DateOnly date, int repetitions, PainScore pain, bool excessiveValgus, double? valgusDegrees = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repetitions);
        var passed = repetitions >= RehabRules.ClearanceSquats && pain.IsPainFree && !excessiveValgus;
        var angle = valgusDegrees is { } d ? string.Create(CultureInfo.InvariantCulture, $", knee angle {d:0}°") : "";
        return new(ClearanceTest.SingleLegSquat, date, passed,
            string.Create(CultureInfo.InvariantCulture, $"{repetitions} of {RehabRules.ClearanceSquats} squats, pain {pain}, {(excessiveValgus ? "excessive valgus" : "no excessive valgus")}{angle}"));
    }

    /// <summary>Stair descent: pass without pain.</summary>
    public static ClearanceRecord StairDescent(DateOnly date, PainScore pain) =>
        new(ClearanceTest.StairDescent, date, pain.IsPainFree, $"stair descent, pain {pain}");

    /// <summary>Easy run: pass with at least 20 minutes, no pain during and none the next morning.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or non-finite minutes.</exception>
    public static ClearanceRecord EasyRun(DateOnly date, double minutes, PainScore during, PainScore nextMorning)
    {
        if (!(double.IsFinite(minutes) && minutes >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "Minutes must be a finite number, 0 or more.");
        }

        var passed = minutes >= RehabRules.ClearanceRunMinMinutes && during.IsPainFree && nextMorning.IsPainFree;
        return new(ClearanceTest.EasyRun, date, passed,
            string.Create(CultureInfo.InvariantCulture, $"{minutes:0} min easy (needs {RehabRules.ClearanceRunMinMinutes}-{RehabRules.ClearanceRunMaxMinutes}), pain {during} during, {nextMorning} next morning"));
    }

    /// <summary>Strength of each leg in the same unit (N, kg, N·m): LSI = weaker / stronger × 100, so a deficit on either
    /// side counts; passes at 85% or more (the lenient end of seed C's 10-15%).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A strength that is not a positive finite number.</exception>
    public static ClearanceRecord StrengthSymmetry(DateOnly date, double involved, double uninvolved)
    {
        foreach (var (value, name) in new[] { (involved, nameof(involved)), (uninvolved, nameof(uninvolved)) })
        {
            if (!(double.IsFinite(value) && value > 0))
            {
                throw new ArgumentOutOfRangeException(name, value, "Strength must be a positive number.");
            }
        }

        var lsi = Math.Min(involved, uninvolved) / Math.Max(involved, uninvolved) * 100.0;
        var band = lsi >= RehabRules.LsiStrictPercent ? "within 10%"
            : lsi >= RehabRules.LsiPassPercent ? "within 15% but not 10%: passes at the lenient end"
            : "more than 15% apart";
        return new(ClearanceTest.StrengthSymmetry, date, lsi >= RehabRules.LsiPassPercent,
            string.Create(CultureInfo.InvariantCulture, $"limb symmetry {lsi:0.0}% (involved {involved:0.#}, uninvolved {uninvolved:0.#}), {band}"), lsi);
    }

    /// <summary>A test a clinician judged (the CLI's <c>clearance record TEST RESULT</c>).</summary>
    public static ClearanceRecord Judged(ClearanceTest test, DateOnly date, bool passed, string? note = null) =>
        new(test, date, passed, note ?? (passed ? "passed (judged)" : "not passed (judged)"));
}

/// <summary>Where one test stands: its latest record up to the day.</summary>
/// <param name="Latest">The latest record; null when never recorded.</param>
public sealed record ClearanceTestStatus(ClearanceTest Test, string RuleId, string Title, ClearanceRecord? Latest)
{
    /// <summary>True when the latest record passed.</summary>
    public bool Passed => Latest?.Passed == true;
}

/// <summary>The four tests and whether the runner is fully cleared (<see cref="RehabRules.ClearFull"/>).</summary>
/// <param name="ClearedOn">The day the last of the four passing records was taken, when all four pass; else null.</param>
/// <param name="LsiCaveat">Always shown with the strength test.</param>
public sealed record ClearanceStatus(IReadOnlyList<ClearanceTestStatus> Tests, bool FullyCleared, DateOnly? ClearedOn, string LsiCaveat)
{
    /// <summary>The rule id of full clearance.</summary>
    public string RuleId { get; } = RehabRules.ClearFull.Id;

    /// <summary>The tests as recorded up to <paramref name="day"/>: the latest record of each counts (ties: the later in the list).</summary>
    public static ClearanceStatus On(IEnumerable<ClearanceRecord> records, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(records);
        var latest = new Dictionary<ClearanceTest, ClearanceRecord>();
        foreach (var r in records)
        {
            if (r.Date <= day && (!latest.TryGetValue(r.Test, out var seen) || r.Date >= seen.Date))
            {
                latest[r.Test] = r;
            }
        }

        var tests = Enum.GetValues<ClearanceTest>()
            .Select(t => new ClearanceTestStatus(t, Rule(t).Id, Rule(t).Title, latest.GetValueOrDefault(t)))
            .ToList();
        var all = tests.All(t => t.Passed);
        return new ClearanceStatus(tests, all, all ? tests.Max(t => t.Latest!.Date) : null, RehabRules.LsiCaveat);
    }

    private static ClinicalRule Rule(ClearanceTest test) => test switch
    {
        ClearanceTest.SingleLegSquat => RehabRules.ClearSquat,
        ClearanceTest.StairDescent => RehabRules.ClearStairs,
        ClearanceTest.EasyRun => RehabRules.ClearRun,
        _ => RehabRules.ClearSymmetry,
    };
}
