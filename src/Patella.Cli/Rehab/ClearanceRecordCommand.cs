using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Rehab;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella clearance record TEST RESULT [--date D] [--involved N --uninvolved N] [--note TEXT]</c>: stores one
/// clearance result. For strength-symmetry the two legs' strength decides (LSI ≥ 85%, <see cref="RehabRules"/>): a RESULT
/// that disagrees with the numbers is refused rather than stored.
/// </summary>
public static class ClearanceRecordCommand
{
    public static Command Create(GlobalOptions options)
    {
        var test = new Argument<string>("TEST") { Description = "single-leg-squat, stair-descent, easy-run or strength-symmetry." };
        var result = new Argument<string>("RESULT") { Description = "pass or fail." };
        var date = new Option<string?>("--date") { Description = "The day of the test (YYYY-MM-DD, your time zone); default today." };
        var involved = new Option<double?>("--involved") { Description = "strength-symmetry: strength of the painful leg (any unit, the same for both)." };
        var uninvolved = new Option<double?>("--uninvolved") { Description = "strength-symmetry: strength of the other leg." };
        var note = new Option<string?>("--note") { Description = "What was seen, in words." };
        var command = new Command("record", "Record one clearance test result.") { test, result, date, involved, uninvolved, note };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var name = parsed.GetValue(test) ?? "";
            if (!ClearanceCommand.Tests.TryGetValue(name, out var which))
            {
                throw new BadInputException($"TEST: '{name}' is not one of {string.Join(", ", ClearanceCommand.Tests.Keys)}");
            }

            var passed = (parsed.GetValue(result) ?? "").ToUpperInvariant() switch
            {
                "PASS" => true,
                "FAIL" => false,
                var other => throw new BadInputException($"RESULT: '{other.ToLowerInvariant()}' must be pass or fail"),
            };
            var day = LocalDay.Parse(parsed.GetValue(date), "--date");
            var legs = (parsed.GetValue(involved), parsed.GetValue(uninvolved));
            if (which != ClearanceTest.StrengthSymmetry && legs != (null, null))
            {
                throw new BadInputException("--involved and --uninvolved belong to strength-symmetry");
            }

            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var on = day ?? RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var record = which == ClearanceTest.StrengthSymmetry ? Symmetry(on, legs, passed) : ClearanceRecord.Judged(which, on, passed, parsed.GetValue(note));
            RehabStorage.Save(db, runner.Id, record, context.Environment.Clock.GetUtcNow().UtcDateTime);
            var status = ClearanceStatus.On(db.ClearanceRecords.ClearanceOf(runner.Id).AsEnumerable().Select(r => r.ToDomain()), on);
            if (!context.Json)
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Recorded {ClearanceCommand.NameOf(which)} on {on:yyyy-MM-dd}: {(record.Passed ? "pass" : "fail")} ({record.Evidence})."));
            }

            ClearanceCommand.Show(context, status);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ClearanceRecord Symmetry(DateOnly on, (double? Involved, double? Uninvolved) legs, bool passed)
    {
        if (legs is not ({ } inv, { } uninv))
        {
            throw new BadInputException("strength-symmetry needs both --involved and --uninvolved");
        }

        ClearanceRecord record;
        try
        {
            record = ClearanceRecord.StrengthSymmetry(on, inv, uninv);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new BadInputException($"--{e.ParamName}: strength must be a positive number", e);
        }

        return record.Passed == passed
            ? record
            : throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                $"RESULT: {(passed ? "pass" : "fail")} disagrees with the numbers: {record.Evidence}"));
    }
}
