using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Patella.Cli.Infrastructure;

/// <summary>
/// How every number option reads its text, in one place: invariant culture, finite, and an error that names the option
/// and says what it takes ("--pain-rest: 'abc' is not a whole number 0-10"), never the .NET type. A number that cannot
/// be read is bad input (exit 1), like a date that cannot be read or a score out of range.
/// </summary>
public static class NumberOptions
{
    /// <summary>A whole-number option that accepts <paramref name="minimum"/> to <paramref name="maximum"/> inclusive.</summary>
    public static Option<int?> Whole(string name, string description, int minimum, int maximum, bool required = false) =>
        new(name) { Description = description, Required = required, CustomParser = r => ReadWhole(r, minimum, maximum) };

    /// <summary>
    /// Gives every number option under <paramref name="root"/> that has no parser of its own the invariant, finite reading,
    /// so a new option cannot print "expected type 'System.Double'".
    /// </summary>
    /// <returns>Every number option under <paramref name="root"/>: their parse errors are bad input, not usage errors.</returns>
    public static IReadOnlySet<Option> Attach(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var numbers = new HashSet<Option>();
        foreach (var command in Commands(root))
        {
            foreach (var option in command.Options)
            {
                switch (option)
                {
                    case Option<int?> whole:
                        whole.CustomParser ??= r => ReadWhole(r, int.MinValue, int.MaxValue);
                        numbers.Add(option);
                        break;
                    case Option<double?> optional:
                        optional.CustomParser ??= ReadDecimal;
                        numbers.Add(option);
                        break;
                    case Option<double> plain:
                        plain.CustomParser ??= r => ReadDecimal(r) ?? 0;
                        numbers.Add(option);
                        break;
                }
            }
        }

        return numbers;
    }

    /// <summary>Whether a parse error is a number that could not be read, on one of <paramref name="numbers"/>.</summary>
    public static bool IsBadNumber(ParseError error, IReadOnlySet<Option> numbers)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(numbers);
        var option = error.SymbolResult switch
        {
            OptionResult o => o,
            ArgumentResult { Parent: OptionResult o } => o,
            _ => null,
        };

        // No token: the value itself is missing, which is a usage error.
        return option is { Tokens.Count: > 0 } && numbers.Contains(option.Option);
    }

    private static int? ReadWhole(ArgumentResult result, int minimum, int maximum)
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        var range = minimum == int.MinValue && maximum == int.MaxValue ? "" : string.Create(CultureInfo.InvariantCulture, $" {minimum}-{maximum}");
        result.AddError($"{Name(result)}: '{text}' is not a whole number{range}");
        return null;
    }

    private static double? ReadDecimal(ArgumentResult result)
    {
        var text = Text(result);
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        result.AddError($"{Name(result)}: '{text}' is not a number (digits with an optional '.', such as 12.5)");
        return null;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";

    private static string Name(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;

    private static IEnumerable<Command> Commands(Command command) =>
        command.Subcommands.SelectMany(Commands).Prepend(command);
}
