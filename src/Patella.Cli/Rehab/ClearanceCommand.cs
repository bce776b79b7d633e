using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Patella.Cli.Infrastructure;
using Patella.Cli.Load;
using Patella.Core.Rehab;
using Patella.Data.Load;
using Patella.Data.Rehab;
using Spectre.Console;

namespace Patella.Cli.Rehab;

/// <summary>
/// <c>patella clearance</c>: the four clearance tests (seed C), their latest results with dates, full clearance or
/// what is missing, and the LSI caveat. <c>clearance record TEST RESULT</c> stores one result.
/// </summary>
public static class ClearanceCommand
{
    /// <summary>The test names the command line takes.</summary>
    internal static IReadOnlyDictionary<string, ClearanceTest> Tests { get; } = new Dictionary<string, ClearanceTest>(StringComparer.OrdinalIgnoreCase)
    {
        ["single-leg-squat"] = ClearanceTest.SingleLegSquat,
        ["stair-descent"] = ClearanceTest.StairDescent,
        ["easy-run"] = ClearanceTest.EasyRun,
        ["strength-symmetry"] = ClearanceTest.StrengthSymmetry,
    };

    public static Command Create(GlobalOptions options)
    {
        var on = new Option<string?>("--on") { Description = "The day (YYYY-MM-DD, your time zone); default today." };
        var command = new Command("clearance", "The four clearance tests for a full return to running, and where you stand.")
        {
            on,
            ClearanceRecordCommand.Create(options),
        };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var asked = LocalDay.Parse(parsed.GetValue(on), "--on");
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var day = asked ?? RunnerLoad.SettingsOf(runner).Today(context.Environment.Clock);
            var status = ClearanceStatus.On(db.ClearanceRecords.ClearanceOf(runner.Id).AsEnumerable().Select(r => r.ToDomain()), day);
            Show(context, status);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints the status: JSON (<see cref="ClearanceStatus"/> plus <c>missing[]</c>, the command-line names of tests not passed) or text.</summary>
    internal static void Show(CommandContext context, ClearanceStatus status)
    {
        var missing = status.Tests.Where(t => !t.Passed).Select(t => NameOf(t.Test)).ToList();
        if (context.Json)
        {
            var document = JsonSerializer.SerializeToNode(status, JsonOutput.Options)!.AsObject();
            document["missing"] = JsonSerializer.SerializeToNode(missing, JsonOutput.Options);
            context.WriteJson(document);
            return;
        }

        var console = context.Console;
        foreach (var t in status.Tests)
        {
            var result = t.Latest is { } r
                ? string.Create(CultureInfo.InvariantCulture, $"{(r.Passed ? "PASS" : "FAIL")} on {r.Date:yyyy-MM-dd}: {r.Evidence}")
                : "not recorded";
            console.WriteLine($"  [{t.RuleId}] {NameOf(t.Test)}: {result}");
        }

        console.WriteLine();
        console.WriteLine(status.FullyCleared
            ? string.Create(CultureInfo.InvariantCulture, $"Fully cleared on {status.ClearedOn:yyyy-MM-dd} [{status.RuleId}].")
            : $"Not cleared yet [{status.RuleId}]: missing {string.Join(", ", missing)}.");
        console.WriteLine(status.LsiCaveat);
    }

    internal static string NameOf(ClearanceTest test) => Tests.First(t => t.Value == test).Key;
}
