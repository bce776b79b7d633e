using System.Text;

namespace Patella.Import.Strava;

/// <summary>
/// RFC 4180 rows from a text reader: commas, double-quoted fields with "" escapes, line breaks
/// inside quotes, CRLF or LF. Hand-written because CsvHelper 34 (the version on our mirror)
/// replaced the parser API we know, and this is all Strava's CSV needs.
/// </summary>
internal static class CsvRows
{
    /// <summary>Each row's fields; <paramref name="maxFieldChars"/> bounds one field so a broken quote cannot eat memory.</summary>
    /// <exception cref="ActivityFileException">A field longer than the bound (an unclosed quote).</exception>
    public static IEnumerable<string[]> Read(TextReader reader, int maxFieldChars = 1 << 20)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        int c;
        var any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append((char)c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                line++;
                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append((char)c);
            }

            if (field.Length > maxFieldChars)
            {
                throw new ActivityFileException(ActivityFileErrorKind.Format, $"a CSV field is longer than {maxFieldChars:N0} characters (an unclosed quote?)", $"line {line}");
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
