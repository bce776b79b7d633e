using System.Globalization;
using Patella.Core.Rehab;

namespace Patella.Web.Rehab;

/// <summary>
/// The Knee page's clearance form: <c>test</c> (single-leg-squat, stair-descent, easy-run, strength-symmetry),
/// <c>result</c> (pass or fail), <c>date</c> (YYYY-MM-DD, default today, not after it), <c>note</c>, and for
/// strength-symmetry <c>involved</c> and <c>uninvolved</c> strength, which decide the result through Core's LSI rule:
/// a result that disagrees with them is refused, as in <c>patella clearance record</c>.
/// </summary>
public static class ClearanceForm
{
    /// <summary>The tests by the names the CLI and the form use.</summary>
    public static IReadOnlyDictionary<string, ClearanceTest> Tests { get; } = new Dictionary<string, ClearanceTest>(StringComparer.Ordinal)
    {
        ["single-leg-squat"] = ClearanceTest.SingleLegSquat,
        ["stair-descent"] = ClearanceTest.StairDescent,
        ["easy-run"] = ClearanceTest.EasyRun,
        ["strength-symmetry"] = ClearanceTest.StrengthSymmetry,
    };

    public static string NameOf(ClearanceTest test) => Tests.First(t => t.Value == test).Key;

    /// <summary>Reads the form; the record, or null with the field at fault and the reason.</summary>
    public static (ClearanceRecord? Record, string? Field, string? Reason) Read(IFormCollection form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = form["test"].ToString();
        if (!Tests.TryGetValue(name, out var test))
        {
            return (null, "test", $"'{name}' is not one of {string.Join(", ", Tests.Keys)}");
        }

        bool? passed = form["result"].ToString() switch
        {
            "pass" => true,
            "fail" => false,
            _ => null,
        };
        var date = today;
        if (form["date"].ToString() is { Length: > 0 } text
            && (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || date > today))
        {
            return (null, "date", $"'{text}' is not a date on or before today");
        }

        var note = form["note"].ToString().Trim();
        if (note.Length > 500)
        {
            return (null, "note", "is longer than 500 characters");
        }

        if (test != ClearanceTest.StrengthSymmetry)
        {
            return passed is { } p
                ? (ClearanceRecord.Judged(test, date, p, note.Length > 0 ? note : null), null, null)
                : (null, "result", "choose pass or fail");
        }

        if (Strength(form["involved"].ToString()) is not { } involved)
        {
            return (null, "involved", "the painful leg's strength must be a positive number");
        }

        if (Strength(form["uninvolved"].ToString()) is not { } uninvolved)
        {
            return (null, "uninvolved", "the other leg's strength must be a positive number");
        }

        var record = ClearanceRecord.StrengthSymmetry(date, involved, uninvolved);
        return passed is { } said && said != record.Passed
            ? (null, "result", $"{(said ? "pass" : "fail")} disagrees with the numbers: {record.Evidence}")
            : (record, null, null);
    }

    /// <summary>What the page says for a refused field (only the field name travels in the address).</summary>
    public static string Hint(string field) => field switch
    {
        "test" => "Choose one of the four tests.",
        "date" => "The date must be a day on or before today (YYYY-MM-DD).",
        "note" => "The note may have at most 500 characters.",
        "involved" or "uninvolved" => "Strength symmetry needs both legs' strength as positive numbers, in the same unit.",
        _ => "Choose pass or fail; for strength symmetry it must agree with the two legs' numbers.",
    };

    private static double? Strength(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0 ? v : null;
}
