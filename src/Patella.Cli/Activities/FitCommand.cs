using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Import;
using Patella.Import.Fit;
using Spectre.Console;

namespace Patella.Cli.Activities;

/// <summary><c>patella fit inspect FILE</c>: what the FIT decoder saw — headers, CRCs, messages, fields, developer data, errors.</summary>
public static class FitCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "A .fit file (or .fit.gz)." };
        var inspect = new Command("inspect", "Show what the FIT decoder saw in a file: messages, fields, developer fields, CRC status, errors.") { file };
        CommandAction.Set(inspect, options, (context, parsed) =>
        {
            var path = parsed.GetValue(file)!;
            var input = ImportInput.FromBytes(path, ReadFile(path));
            var bytes = input.ReadBytes(ImportLimits.Default);
            if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
            {
                bytes = Gunzip(path, bytes);
            }

            var inspection = FitInspector.Inspect(bytes);
            if (context.Json)
            {
                context.WriteJson(new { file = path, inspection });
            }
            else
            {
                Print(context.Console, path, inspection);
            }

            // A damaged file is bad input even though the inspection itself succeeded.
            return inspection.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return new Command("fit", "FIT file tools.") { inspect };
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new BadInputException($"{path}: no such file");
            }

            if (info.Length > ImportLimits.Default.MaxFileBytes)
            {
                throw new BadInputException($"{path}: larger than the {ImportLimits.Default.MaxFileBytes / (1024 * 1024)} MiB limit");
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: could not be read: {e.Message}");
        }
    }

    private static byte[] Gunzip(string path, byte[] bytes)
    {
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"{path}: the gzip data is damaged: {e.Message}");
        }
    }

    private static void Print(IAnsiConsole console, string path, FitInspection inspection)
    {
        console.MarkupLine($"[bold]{Markup.Escape(path)}[/]: {inspection.SizeBytes:N0} bytes, {inspection.Files.Count} FIT file(s)");
        foreach (var file in inspection.Files)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"File {file.Index} at byte {file.OffsetBytes}: header {file.HeaderSizeBytes} bytes (CRC {file.HeaderCrc}), protocol {file.ProtocolVersion}, profile {file.ProfileVersion}, data {file.DataSizeBytes:N0} bytes, file CRC {file.FileCrc.Status}{(file.FileCrc.Status == "mismatch" ? $" (stored {file.FileCrc.Stored}, computed {file.FileCrc.Computed})" : "")}"));
            var messages = new Table().Border(TableBorder.Simple).AddColumns("Global", "Message", "Count", "Fields (number:type×messages)");
            foreach (var m in file.Messages)
            {
                var fields = string.Join(" ", m.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Number}:{f.BaseType}×{f.Count}")));
                messages.AddRow(m.GlobalNumber.ToString(CultureInfo.InvariantCulture), Markup.Escape(m.Name), m.Count.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(fields));
            }

            console.Write(messages);
            if (file.DeveloperFields.Count > 0)
            {
                var developer = new Table().Border(TableBorder.Simple).AddColumns("Dev index", "Field", "Name", "Units", "Type", "Values");
                foreach (var d in file.DeveloperFields)
                {
                    developer.AddRow(
                        d.DeveloperDataIndex.ToString(CultureInfo.InvariantCulture),
                        d.FieldNumber.ToString(CultureInfo.InvariantCulture),
                        Markup.Escape(d.Name ?? "?"),
                        Markup.Escape(d.Units ?? ""),
                        d.BaseType,
                        d.ValueCount.ToString("N0", CultureInfo.InvariantCulture));
                }

                console.MarkupLine($"Developer fields ({file.DeveloperFieldValueCount:N0} values, {file.RecordsWithDeveloperFields:N0} records carry them):");
                console.Write(developer);
            }
        }

        foreach (var error in inspection.Errors)
        {
            console.MarkupLine($"[red]{(error.Fatal ? "error" : "warning")}[/] at byte {error.OffsetBytes:N0}: {Markup.Escape(error.Reason)}{(error.Detail is null ? "" : " — " + Markup.Escape(error.Detail))}");
        }

        if (inspection.Errors.Count == 0)
        {
            console.MarkupLine("[green]No errors.[/]");
        }
    }
}
