using Patella.Core.Measures;

namespace Patella.Core.Load;

/// <summary>Frandsen 2025's grades of a single-run spike.</summary>
public enum SpikeGrade
{
    /// <summary>No run in the previous 30 days: nothing to compare with (start short; the run/walk ladder applies).</summary>
    NoReference,

    /// <summary>Up to +10% over the 30-day longest run: the study's reference group.</summary>
    None,

    /// <summary>More than +10% up to +30%: HRR 1.64.</summary>
    Small,

    /// <summary>More than +30% up to +100%: HRR 1.52.</summary>
    Moderate,

    /// <summary>More than +100%: HRR 2.28.</summary>
    Large,
}

/// <summary>One run (done or planned) against the longest run of the 30 days before it.</summary>
/// <param name="ActivityId">Null for a planned run.</param>
/// <param name="Increase">Run / reference − 1, e.g. 0.25 for +25%; null without a reference.</param>
/// <param name="HazardRatio">Frandsen 2025's hazard rate ratio for the grade; null for None and NoReference.</param>
/// <param name="LongestWithoutSpike">The longest run that stays in the reference group: reference × 1.10.</param>
public sealed record SpikeResult(
    long? ActivityId,
    DateOnly Date,
    Distance Run,
    Distance LongestPrevious30Days,
    double? Increase,
    SpikeGrade Grade,
    double? HazardRatio,
    Distance LongestWithoutSpike);

/// <summary>
/// The single-run spike rule (<see cref="LoadRules.Spike"/>). A run's reference is the longest run dated in the
/// 30 local days before its own date (d−30 … d−1), and runs earlier the same day. A planned run is compared with
/// everything up to and including its day.
/// </summary>
public static class SpikeCheck
{
    /// <summary>Grade of a run of <paramref name="run"/> against a reference longest run.</summary>
    public static SpikeGrade Grade(Distance run, Distance reference)
    {
        if (reference.Metres <= 0)
        {
            return SpikeGrade.NoReference;
        }

        var ratio = run.Metres / reference.Metres;
        return ratio switch
        {
            > LoadRules.SpikeLargeFrom => SpikeGrade.Large,
            > LoadRules.SpikeModerateFrom => SpikeGrade.Moderate,
            > LoadRules.SpikeSmallFrom => SpikeGrade.Small,
            _ => SpikeGrade.None,
        };
    }

    /// <summary>Frandsen 2025 hazard rate ratio for a grade; null when the grade is not a spike.</summary>
    public static double? HazardRatio(SpikeGrade grade) => grade switch
    {
        SpikeGrade.Small => LoadRules.SpikeSmallHazardRatio,
        SpikeGrade.Moderate => LoadRules.SpikeModerateHazardRatio,
        SpikeGrade.Large => LoadRules.SpikeLargeHazardRatio,
        _ => null,
    };

    /// <summary>A run of <paramref name="run"/> against <paramref name="reference"/>.</summary>
    public static SpikeResult Judge(long? activityId, DateOnly date, Distance run, Distance reference)
    {
        var grade = Grade(run, reference);
        return new SpikeResult(
            activityId, date, run, reference,
            reference.Metres > 0 ? (run.Metres / reference.Metres) - 1 : null,
            grade, HazardRatio(grade), reference * LoadRules.SpikeSmallFrom);
    }

    /// <summary>A run the runner plans on <paramref name="date"/>, after everything already run that day.</summary>
    public static SpikeResult ForPlannedRun(LoadHistory history, DateOnly date, Distance planned)
    {
        ArgumentNullException.ThrowIfNull(history);
        var reference = Math.Max(LongestBefore(history, date), history.On(date).LongestMetres);
        return Judge(null, date, planned, Distance.FromMetres(reference));
    }

    /// <summary>Every run dated <paramref name="from"/> … <paramref name="to"/>, in start order, graded.</summary>
    public static IReadOnlyList<SpikeResult> ForRuns(LoadHistory history, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(history);
        var results = new List<SpikeResult>();
        var sameDayDate = DateOnly.MinValue;
        var sameDayLongest = 0.0;
        var windowLongest = 0.0;
        foreach (var run in history.Runs)
        {
            if (run.Date < from || run.Date > to)
            {
                continue;
            }

            if (run.Date != sameDayDate)
            {
                sameDayDate = run.Date;
                sameDayLongest = 0;
                windowLongest = LongestBefore(history, run.Date);
            }

            results.Add(Judge(run.ActivityId, run.Date, run.Distance, Distance.FromMetres(Math.Max(windowLongest, sameDayLongest))));
            sameDayLongest = Math.Max(sameDayLongest, run.Distance.Metres);
        }

        return results;
    }

    /// <summary>The longest run dated in the 30 days before <paramref name="date"/> (d−30 … d−1), metres.</summary>
    internal static double LongestBefore(LoadHistory history, DateOnly date)
    {
        var longest = 0.0;
        for (var d = date.AddDays(-LoadRules.SpikeWindowDays); d < date; d = d.AddDays(1))
        {
            longest = Math.Max(longest, history.On(d).LongestMetres);
        }

        return longest;
    }
}
