using System.Globalization;
using Patella.Cli.Infrastructure;

namespace Patella.Cli.Load;

/// <summary>Dates on the load and shoe commands: YYYY-MM-DD, a calendar day in the runner's own zone.</summary>
internal static class LocalDay
{
    /// <exception cref="BadInputException">Not a YYYY-MM-DD date; the message names the option.</exception>
    public static DateOnly? Parse(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new BadInputException($"{option}: '{text}' is not a date (YYYY-MM-DD)");

    /// <summary>Kilometres given on an option: a finite number, positive unless <paramref name="zeroAllowed"/>.</summary>
    /// <exception cref="BadInputException">Not finite, or out of range; the message names the option.</exception>
    public static double Kilometres(double value, string option, bool zeroAllowed = false) =>
        double.IsFinite(value) && (value > 0 || (zeroAllowed && value == 0))
            ? value
            : throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"{option}: {value} km must be {(zeroAllowed ? "0 or more" : "more than 0")}"));
}
