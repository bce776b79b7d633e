using System.Globalization;

namespace Patella.Import.Strava;

/// <summary>
/// Reads a Strava export's activities.csv. Columns are found by position because several names
/// repeat with different meanings ("Distance" first in km or miles, later in metres; "Elapsed
/// Time" twice): we take the first of each name unless noted. Older exports have fewer columns;
/// every column but "Activity ID" is optional.
/// </summary>
public static class StravaCsv
{
    /// <exception cref="ActivityFileException">No header, or no "Activity ID" column.</exception>
    public static IReadOnlyList<StravaActivity> Read(TextReader reader, string sourceName)
    {
        using var rowsEnumerator = CsvRows.Read(reader).GetEnumerator();
        if (!rowsEnumerator.MoveNext())
        {
            throw new ActivityFileException(ActivityFileErrorKind.Format, $"{sourceName} is empty");
        }

        var header = rowsEnumerator.Current;
        var columns = new Columns(header);
        if (columns.Id < 0)
        {
            throw new ActivityFileException(ActivityFileErrorKind.Format, $"{sourceName} has no \"Activity ID\" column", "line 1");
        }

        var rows = new List<StravaActivity>();
        while (rowsEnumerator.MoveNext())
        {
            var record = rowsEnumerator.Current;
            if (Cell(record, columns.Id) is not { } id)
            {
                continue;
            }

            rows.Add(new StravaActivity
            {
                ActivityId = id,
                ActivityDateText = Cell(record, columns.Date),
                Name = Cell(record, columns.Name),
                Type = Cell(record, columns.Type),
                Gear = Cell(record, columns.Gear),
                FileName = Cell(record, columns.FileName),
                DistanceMetres = Number(record, columns.DistanceMetres),
                MovingTimeSeconds = Number(record, columns.MovingTime),
                ElapsedTimeSeconds = Number(record, columns.ElapsedTime),
                PerceivedExertion = Number(record, columns.PerceivedExertion) is { } rpe && rpe is >= 0 and <= 10 ? (int)Math.Round(rpe) : null,
            });
        }

        return rows;
    }

    private static string? Cell(string[] record, int index) =>
        index >= 0 && index < record.Length && !string.IsNullOrWhiteSpace(record[index]) ? record[index].Trim() : null;

    private static double? Number(string[] record, int index) =>
        Cell(record, index) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private sealed class Columns
    {
        public Columns(string[] header)
        {
            Id = First(header, "Activity ID");
            Date = First(header, "Activity Date");
            Name = First(header, "Activity Name");
            Type = First(header, "Activity Type");
            Gear = First(header, "Activity Gear");
            if (Gear < 0)
            {
                Gear = First(header, "Gear");
            }

            FileName = First(header, "Filename");
            ElapsedTime = First(header, "Elapsed Time");
            MovingTime = First(header, "Moving Time");
            PerceivedExertion = First(header, "Perceived Exertion");

            // The second "Distance" is in metres; an old export with one Distance column has it in display units only.
            var distances = All(header, "Distance");
            DistanceMetres = distances.Count >= 2 ? distances[1] : -1;
        }

        public int Id { get; }
        public int Date { get; }
        public int Name { get; }
        public int Type { get; }
        public int Gear { get; }
        public int FileName { get; }
        public int ElapsedTime { get; }
        public int MovingTime { get; }
        public int PerceivedExertion { get; }
        public int DistanceMetres { get; }

        private static int First(string[] header, string name) => Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));

        private static List<int> All(string[] header, string name) =>
            [.. header.Select((h, i) => (h, i)).Where(x => string.Equals(x.h.Trim(), name, StringComparison.OrdinalIgnoreCase)).Select(x => x.i)];
    }
}
