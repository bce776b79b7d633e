using System.Globalization;
using Patella.Core.Rehab;

namespace Patella.Web.Today;

/// <summary>
/// The daily check-in as the Today page's form (and <c>POST /api/checkins</c>) sends it: plain form fields, read into
/// Core's <see cref="CheckIn"/>. Every problem names its field; nothing is stored unless every field is good.
/// </summary>
/// <remarks>
/// Fields: <c>date</c> (YYYY-MM-DD, default today, not after today); sliders 0-10 <c>painAtRest</c>, <c>stairsDown</c>;
/// <c>ran</c> (true) then <c>painDuring</c>, <c>painAfter</c>, <c>rpe</c>, <c>runMinutes</c>; <c>rateMorning</c> then
/// <c>nextMorning</c>; <c>rateWellbeing</c> then <c>sleep</c>, <c>fatigue</c>, <c>stress</c>; yes/no <c>swelling</c>,
/// <c>limp</c>, <c>givingWay</c>, <c>stiffness</c>, <c>exercisesDone</c> (then <c>exercisePain</c> and repeated
/// <c>painfulExercise</c> catalogue ids); <c>note</c> (at most <see cref="NoteMaxLength"/> characters). A slider always
/// sends a value, so the optional groups are switched on by their checkbox and ignored without it.
/// </remarks>
public static class CheckInForm
{
    public const int NoteMaxLength = 2000;

    /// <summary>The labels the page shows, by field: error messages use them too.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date"] = "Day",
        ["painAtRest"] = "Pain at rest and walking",
        ["stairsDown"] = "Pain going down stairs",
        ["painDuring"] = "Highest pain during the run",
        ["painAfter"] = "Pain an hour after the run",
        ["rpe"] = "Effort of the run (RPE)",
        ["runMinutes"] = "Minutes run, walk breaks included",
        ["nextMorning"] = "Pain on waking the next morning",
        ["sleep"] = "Sleep quality",
        ["fatigue"] = "Tiredness",
        ["stress"] = "Stress",
        ["exercisePain"] = "Highest knee pain during the exercises",
        ["painfulExercise"] = "Exercises that hurt",
        ["note"] = "Note",
    };

    /// <summary>Reads the form into a check-in.</summary>
    /// <param name="today">The runner's local date: the default and the latest allowed.</param>
    /// <returns>The check-in, or null and the field at fault with the reason.</returns>
    public static (CheckIn? CheckIn, string? Field, string? Reason) Read(IFormCollection form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problem = default((string Field, string Reason)?);
        int? Score(string field, bool required = false)
        {
            var text = form[field].ToString();
            if (string.IsNullOrWhiteSpace(text))
            {
                problem ??= required ? (field, "is needed") : null;
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= PainScore.Max)
            {
                return v;
            }

            problem ??= (field, $"'{text}' is not a whole number from 0 to 10");
            return null;
        }

        bool Yes(string field) => form[field].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || v == "on");

        var date = today;
        if (form["date"].ToString() is { Length: > 0 } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                problem ??= ("date", $"'{dateText}' is not a date (YYYY-MM-DD)");
            }
            else if (date > today)
            {
                problem ??= ("date", string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})"));
            }
        }

        var atRest = Score("painAtRest", required: true);
        var stairs = Score("stairsDown");
        var ran = Yes("ran");
        var (during, after, rpe) = ran ? (Score("painDuring", required: true), Score("painAfter"), Score("rpe")) : (null, null, null);
        double? minutes = null;
        if (ran && form["runMinutes"].ToString() is { Length: > 0 } minutesText)
        {
            minutes = double.TryParse(minutesText, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && double.IsFinite(m) && m is >= 0 and <= 24 * 60
                ? m
                : null;
            problem ??= minutes is null ? ("runMinutes", $"'{minutesText}' is not a number of minutes from 0 to 1440") : null;
        }

        var morning = Yes("rateMorning") ? Score("nextMorning", required: true) : null;
        var wellbeing = Yes("rateWellbeing");
        var (sleep, fatigue, stress) = wellbeing ? (Score("sleep"), Score("fatigue"), Score("stress")) : (null, null, null);
        var exercisesDone = Yes("exercisesDone");
        var exercisePain = exercisesDone ? Score("exercisePain") : null;
        string[] painful = exercisesDone && exercisePain > 0 ? [.. form["painfulExercise"].Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).Distinct(StringComparer.Ordinal)] : [];
        if (painful.FirstOrDefault(id => ExerciseCatalogue.Default.Find(id) is null) is { } unknown)
        {
            problem ??= ("painfulExercise", $"'{unknown}' is not in the exercise catalogue");
        }

        var note = form["note"].ToString().Trim();
        if (note.Length > NoteMaxLength)
        {
            problem ??= ("note", string.Create(CultureInfo.InvariantCulture, $"has {note.Length} characters; at most {NoteMaxLength}"));
        }

        if (problem is { } p)
        {
            return (null, p.Field, p.Reason);
        }

        var checkIn = CheckIn.Create(
            date, atRest!.Value, during, after, morning, stairs, Yes("swelling"), Yes("limp"), Yes("givingWay"), exercisesDone, exercisePain,
            rpe, sleep, fatigue, stress, note.Length == 0 ? null : note, minutes, Yes("stiffness"), painful);
        return (checkIn, null, null);
    }

    /// <summary>The message for a field and reason, in the page's words.</summary>
    public static string Message(string field, string reason) =>
        $"{(Labels.TryGetValue(field, out var label) ? label : field)}: {reason}.";

    /// <summary>
    /// What the page says when the form came back refused: only a field name travels in the address (so a link cannot
    /// put words on the page), and this says what that field accepts.
    /// </summary>
    public static string Hint(string field) => field switch
    {
        "date" => "Day: a date (YYYY-MM-DD) that is not after today.",
        "runMinutes" => "Minutes run: a number from 0 to 1440.",
        "painfulExercise" => "Exercises that hurt: choose from today's exercises.",
        "note" => $"Note: at most {NoteMaxLength} characters.",
        _ when Labels.TryGetValue(field, out var label) => $"{label}: a whole number from 0 to 10.",
        _ => "The check-in was not stored: check the values.",
    };
}
