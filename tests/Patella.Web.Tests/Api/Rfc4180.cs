using System.Text;

namespace Patella.Web.Tests.Api;

/// <summary>A strict RFC 4180 reader for the tests: rows end in CRLF, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
internal static class Rfc4180
{
    /// <exception cref="FormatException">Text that is not RFC 4180 (a bare LF, a quote inside an unquoted field, an unclosed quote).</exception>
    public static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unclosed quote");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }

                continue;
            }

            switch (text[i])
            {
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i += 2;
                    break;
                case '\r' or '\n' or '"':
                    throw new FormatException($"'{text[i]}' outside quotes at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (row.Count > 0 || field.Length > 0)
        {
            throw new FormatException("the last row does not end in CRLF");
        }

        return rows;
    }
}
