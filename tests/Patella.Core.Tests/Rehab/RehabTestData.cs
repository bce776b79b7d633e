using Patella.Core.Rehab;

namespace Patella.Core.Tests.Rehab;

/// <summary>Check-ins written the short way for rehab and today tests.</summary>
internal static class RehabTestData
{
    public static DateOnly Start { get; } = new(2025, 3, 17);

    public static DateOnly Day(int n) => Start.AddDays(n);

    /// <summary>A day without pain, stairs rated 0, exercises done without pain, no run.</summary>
    public static CheckIn Good(int day) => CheckIn.Create(Day(day), 0, stairsDownPain: 0, exercisesDone: true, exercisePain: 0);

    /// <summary>A day with a run: pain during, after (60 min) and the next morning; exercises done pain-free.</summary>
    public static CheckIn Run(int day, int during = 0, int after = 0, int? morning = 0, int rest = 0, int stairs = 0, double minutes = 20, bool stiffness = false) =>
        CheckIn.Create(Day(day), rest, during, after, morning, stairs, exercisesDone: true, exercisePain: 0, runMinutes: minutes, stiffness: stiffness);

    /// <summary>Days 0-2 good, days 3-5 good sessions: phase 3 from day 6 (the plan's dates: phase 2 from day 3, phase 3 from day 6).</summary>
    public static List<CheckIn> ToRunWalk() => [.. Enumerable.Range(0, 6).Select(Good)];

    /// <summary>
    /// Reaches run/walk, then passes every step twice with a rest day between: 12 runs on days 6, 8, … 28, good days between.
    /// Phase 4 from day 29.
    /// </summary>
    public static List<CheckIn> ToProgressiveReturn()
    {
        var list = ToRunWalk();
        for (var day = 6; day <= 28; day++)
        {
            list.Add(day % 2 == 0 ? Run(day, minutes: 30) : Good(day));
        }

        return list;
    }

    public static RehabPlan Plan(IReadOnlyList<CheckIn> checkIns, int onDay, IReadOnlyList<ClearanceRecord>? clearance = null) =>
        RehabPlan.For(new RehabStart(Start), checkIns, clearance ?? [], Day(onDay));

    public static List<ClearanceRecord> AllFourPassed(int day) =>
    [
        ClearanceRecord.SingleLegSquat(Day(day), 20, PainScore.None, excessiveValgus: false),
        ClearanceRecord.StairDescent(Day(day), PainScore.None),
        ClearanceRecord.EasyRun(Day(day), 30, PainScore.None, PainScore.None),
        ClearanceRecord.StrengthSymmetry(Day(day), 92, 100),
    ];
}
