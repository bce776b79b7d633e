using System.CommandLine;
using System.Globalization;
using Patella.Cli.Infrastructure;
using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;
using Patella.Data.Assessment;
using Patella.Data.Runners;
using Spectre.Console;

namespace Patella.Cli.Assessment;

/// <summary>One stored assessment in the history.</summary>
/// <param name="Date">The day taken, in the runner's time zone.</param>
public sealed record AssessmentHistoryRow(
    long Id,
    DateTime TakenUtc,
    DateOnly Date,
    string QuestionnaireVersion,
    bool ReferralNeeded,
    Urgency? ReferralUrgency,
    KneeCondition? LikelyCondition,
    PfpsStage? Stage);

/// <summary>One stored Kujala score in the history; <paramref name="TotalPoints"/> 0-100.</summary>
public sealed record KujalaHistoryRow(long Id, DateOnly Date, string Version, int TotalPoints);

/// <summary><c>patella assessments [--json]</c>: the runner's knee assessments and Kujala scores over time, oldest first.</summary>
public static class AssessmentsCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("assessments", "Your knee assessments and Kujala scores over time.");
        CommandAction.Set(command, options, (context, _) =>
        {
            using var db = context.OpenDatabase();
            var runner = context.LocalRunner(db);
            var zone = RunnerProfile.TimeZoneOf(runner);
            var assessments = db.Assessments.AssessmentsOf(runner.Id).AsEnumerable()
                .Select(a => new AssessmentHistoryRow(a.Id, a.TakenUtc, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(a.TakenUtc, zone)),
                    a.QuestionnaireVersion, a.ReferralNeeded, a.ReferralUrgency, a.LikelyCondition, a.Stage))
                .ToList();
            var kujalaRows = db.KujalaScores.KujalaScoresOf(runner.Id).ToList();
            var kujala = kujalaRows.Select(k => new KujalaHistoryRow(k.Id, k.ScoreDate, k.Version, k.TotalPoints)).ToList();

            // Totals of different item tables are not comparable: the change is measured on the current one.
            var change = KujalaChangeView.From(KujalaChange.SinceFirst(
                kujalaRows.Where(k => k.Version == KujalaQuestionnaire.Version).Select(k => k.ToScore())));
            if (context.Json)
            {
                context.WriteJson(new { timeZone = runner.TimeZone, assessments, kujalaScores = kujala, kujalaChange = change });
            }
            else
            {
                Print(context.Console, assessments, kujala, change);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // Short labels for a table column; the full names are in each assessment's own output.
    private static string Condition(KneeCondition? condition) => condition switch
    {
        KneeCondition.Pfps => "runner's knee",
        KneeCondition.ItbSyndrome => "ITB syndrome",
        KneeCondition.PatellarTendinopathy => "patellar tendinopathy",
        KneeCondition.QuadricepsTendinopathy => "quadriceps tendinopathy",
        KneeCondition.Osteoarthritis => "osteoarthritis",
        KneeCondition.JointInjury => "joint injury",
        _ => "none singled out",
    };

    private static string Urgency(Urgency? urgency) => urgency switch
    {
        Core.Assessment.Urgency.Emergency => "emergency",
        Core.Assessment.Urgency.Soon => "soon",
        _ => "routine",
    };

    private static void Print(IAnsiConsole console, List<AssessmentHistoryRow> assessments, List<KujalaHistoryRow> kujala, KujalaChangeView? change)
    {
        if (assessments.Count == 0)
        {
            console.MarkupLine("No knee assessments yet: run 'patella assess'.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple).Title("Knee assessments");
            foreach (var header in new[] { "Id", "Date", "Version", "Referral", "Likely condition", "Stage" })
            {
                table.AddColumn(header);
            }

            foreach (var a in assessments)
            {
                table.AddRow(
                    a.Id.ToString(CultureInfo.InvariantCulture),
                    a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Markup.Escape(a.QuestionnaireVersion),
                    a.ReferralNeeded ? $"[red]yes, {Urgency(a.ReferralUrgency)}[/]" : "no",
                    Condition(a.LikelyCondition),
                    a.Stage?.ToString().ToLowerInvariant() ?? "-");
            }

            console.Write(table);
        }

        if (kujala.Count == 0)
        {
            console.MarkupLine("No Kujala scores yet: run 'patella kujala'.");
            return;
        }

        var scores = new Table().Border(TableBorder.Simple).Title("Kujala scores");
        scores.AddColumn("Date");
        scores.AddColumn("Total (0-100)");
        foreach (var k in kujala)
        {
            scores.AddRow(k.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k.TotalPoints.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(scores);
        if (change is not null)
        {
            console.MarkupLine(Markup.Escape($"Latest ({change.LatestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {change.LatestTotalPoints}): {change.Describe()}"));
        }
    }
}
