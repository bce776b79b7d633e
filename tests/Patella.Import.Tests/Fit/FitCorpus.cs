using System.Text.Json;
using Patella.Tests;

namespace Patella.Import.Tests.Fit;

/// <summary>The shared FIT files and their reference outputs (SOURCES.md), read in place.</summary>
internal static class FitCorpus
{
    private static readonly Lazy<Dictionary<string, JsonElement>> ReferenceLines = new(() => Load("fit-reference.jsonl"));
    private static readonly Lazy<Dictionary<string, JsonElement>> CrossCheckLines = new(() => Load("fit-crosscheck-fit-file-parser.jsonl"));

    /// <summary>Every file in fit/ whose extension is .fit in any case, hidden ones included, sorted.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. Directory.EnumerateFiles(SharedTestData.File("fit"), "*", new EnumerationOptions { AttributesToSkip = 0, MatchCasing = MatchCasing.CaseInsensitive })
            .Where(path => Path.GetExtension(path).Equals(".fit", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetFileName(path)!)
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in FileNames)
        {
            data.Add(name);
        }

        return data;
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(SharedTestData.File("fit", name));

    /// <summary>The @garmin/fitsdk line for fit/NAME.</summary>
    public static JsonElement Reference(string name) => ReferenceLines.Value[$"fit/{name}"];

    /// <summary>The fit-file-parser line for fit/NAME.</summary>
    public static JsonElement CrossCheck(string name) => CrossCheckLines.Value[$"fit/{name}"];

    private static Dictionary<string, JsonElement> Load(string file)
    {
        var lines = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedTestData.File(file)))
        {
            if (line.Length > 0)
            {
                var element = JsonDocument.Parse(line).RootElement;
                lines[element.GetProperty("file").GetString()!] = element;
            }
        }

        return lines;
    }
}

internal static class JsonElementExtensions
{
    public static double? Number(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    public static string? Text(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static DateTime? Time(this JsonElement e, string name) =>
        e.Text(name) is { } s ? DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal) : null;
}
