using Patella.Cli.Infrastructure;
using Patella.Core.Assessment;

namespace Patella.Cli.Assessment;

/// <summary>Reads an <c>--answers FILE</c>: any problem becomes bad input (exit 1) naming the file and, from the parser, the question.</summary>
public static class AnswerFile
{
    /// <summary>Answer files are a page of JSON; anything bigger is not one (and is not read into memory).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <exception cref="BadInputException">Missing, unreadable, too big, or rejected by <paramref name="parse"/>.</exception>
    public static T Read<T>(string path, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parse);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new BadInputException($"--answers: no such file '{path}'");
            }

            if (info.Length > MaxBytes)
            {
                throw new BadInputException($"--answers: '{path}' is {info.Length} bytes; an answer file is at most {MaxBytes} bytes");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"--answers: '{path}' could not be read: {e.Message}", e);
        }

        try
        {
            return parse(text);
        }
        catch (AssessmentAnswersException e)
        {
            throw new BadInputException($"{path}: {e.Message}", e);
        }
    }
}
