using Patella.Core.Assessment.Kujala;
using Patella.Core.Rehab;
using Patella.Data;
using Patella.Data.Assessment;
using Patella.Data.Rehab;

namespace Patella.Web.Demo;

/// <summary>
/// The demo runner's two weeks of rehab since the assessment (taken <see cref="DaysSinceAssessment"/> days ago): a check-in
/// every day up to yesterday, today left for the visitor. Stairs pain settles from 4 to 0 and pain at rest from 3 to 0,
/// exercises done on most days; three pain-free days in a row (stairs rated) pass phase 1's exit (R-REHAB-PHASE-1-EXIT),
/// then one session where the wall sit hurt (1/10) resets the count, so the plan honestly sits in phase 2 with 1 of the
/// 3 pain-free sessions phase 2's exit needs. Two Kujala scores, at the start and yesterday, draw the chart.
/// </summary>
internal static class DemoRehab
{
    /// <summary>The assessment was taken this many days before today; the plan starts that day.</summary>
    public const int DaysSinceAssessment = 14;

    // Days after the assessment (0 = its day): rest pain, stairs-down pain, exercises done, exercise pain, painful exercise,
    // sleep, fatigue, stress, note.
    private static readonly (int AtRest, int Stairs, bool Done, int? ExercisePain, string? Painful, int Sleep, int Fatigue, int Stress, string? Note)[] Days =
    [
        (3, 4, true, 2, null, 6, 5, 4, "Stairs at work hurt going down."),
        (3, 4, true, 2, null, 6, 4, 4, null),
        (2, 3, false, null, null, 5, 6, 6, "Busy day, no exercises."),
        (2, 3, true, 1, null, 7, 4, 4, null),
        (1, 2, true, 1, null, 7, 3, 3, null),
        (1, 2, true, 0, null, 8, 3, 3, "Clamshells getting easier."),
        (1, 1, false, null, null, 7, 4, 5, null),
        (0, 1, true, 0, null, 7, 3, 3, null),
        (0, 0, true, 0, null, 8, 3, 2, "No pain on the stairs today."),
        (0, 0, true, 0, null, 8, 2, 2, null),
        (0, 0, false, null, null, 7, 3, 3, null),
        (0, 0, true, 1, "wall-sit-60", 7, 3, 3, "Wall sit pinched a little at the end."),
        (0, 0, false, null, null, 8, 2, 2, null),
        (0, 0, true, 0, null, 8, 2, 2, null),
    ];

    /// <summary>Adds the check-ins and the Kujala scores (part of the demo's one creating transaction).</summary>
    public static void Add(PatellaDb db, long runnerId, DateOnly today, DateTime nowUtc)
    {
        var first = today.AddDays(-DaysSinceAssessment);
        for (var i = 0; i < Days.Length; i++)
        {
            var d = Days[i];
            var date = first.AddDays(i);
            var checkIn = CheckIn.Create(
                date, d.AtRest, stairsDownPain: d.Stairs, exercisesDone: d.Done, exercisePain: d.ExercisePain,
                sleep: d.Sleep, fatigue: d.Fatigue, stress: d.Stress, note: d.Note,
                painfulExerciseIds: d.Painful is { } id ? [id] : null);
            RehabStorage.Save(db, runnerId, checkIn, nowUtc.AddDays(i - DaysSinceAssessment).AddHours(8));
        }

        AssessmentStorage.Store(db, runnerId, Kujala(first, bestFrom: 6), nowUtc.AddDays(-DaysSinceAssessment));
        AssessmentStorage.Store(db, runnerId, Kujala(today.AddDays(-1), bestFrom: 2), nowUtc.AddDays(-1));
    }

    /// <summary>A Kujala response scored by Core: the best option on items numbered above <paramref name="bestFrom"/>, the second best on the others.</summary>
    private static KujalaScore Kujala(DateOnly date, int bestFrom)
    {
        var answers = KujalaQuestionnaire.Items.ToDictionary(
            i => i.Id,
            i => (i.Number > bestFrom ? i.Options.MaxBy(o => o.Points)! : i.Options.OrderByDescending(o => o.Points).Skip(1).First()).Code,
            StringComparer.Ordinal);
        return KujalaScore.From(new KujalaResponse(KujalaQuestionnaire.Version, date, answers));
    }
}
