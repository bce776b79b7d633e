using System.Globalization;

namespace Patella.Core.Rehab;

/// <summary>
/// Dose levels of an exercise (<see cref="RehabRules.ProgressDose"/>): 0 = the low end of the source's range, 1 = the top
/// of the range, 2 = one more set (at most <see cref="RehabRules.MaxSets"/>). A level that changes nothing is skipped.
/// </summary>
internal static class Dose
{
    private const int TopLevel = 2;

    public static PrescribedExercise Prescribe(Exercise e, int level, string? inPlaceOf)
    {
        var d = e.Dose;
        var top = level >= 1;
        var sets = Math.Min(d.Sets + (level >= 2 ? 1 : 0), Math.Max(d.Sets, RehabRules.MaxSets));
        var reps = d.RepsMin is { } lo ? (top ? d.RepsMax ?? lo : lo) : (int?)null;
        var hold = d.HoldSecondsMin is { } h ? (top ? d.HoldSecondsMax ?? h : h) : (int?)null;
        return new PrescribedExercise(e.Id, e.Name, e.Target, inPlaceOf, sets, reps, hold, d.PerSide, level, Text(sets, reps, hold, d), e.Cues, e.Contraindications, e.Source);
    }

    /// <summary>The next level up that changes the dose, or null at the top.</summary>
    public static int? Higher(Exercise e, int level)
    {
        for (var next = level + 1; next <= TopLevel; next++)
        {
            if (Prescribe(e, next, null).DoseText != Prescribe(e, level, null).DoseText)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The next level down that changes the dose, or null at the bottom.</summary>
    public static int? Lower(Exercise e, int level)
    {
        for (var next = level - 1; next >= 0; next--)
        {
            if (Prescribe(e, next, null).DoseText != Prescribe(e, level, null).DoseText)
            {
                return next;
            }
        }

        return null;
    }

    private static string Text(int sets, int? reps, int? hold, ExerciseDose d)
    {
        var body = reps is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"{sets} × {r}") + (hold is { } h ? string.Create(CultureInfo.InvariantCulture, $", hold {h} s") : "")
            : string.Create(CultureInfo.InvariantCulture, $"{sets} × {hold} s hold");
        return body + (d.PerSide ? " per side" : "") + (d.Tempo is { } t ? "; " + t : "");
    }
}
