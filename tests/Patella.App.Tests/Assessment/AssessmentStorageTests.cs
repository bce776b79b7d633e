using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Patella.Core.Assessment;
using Patella.Core.Assessment.Kujala;
using Patella.Data;
using Patella.Data.Assessment;
using Patella.Data.Runners;

namespace Patella.App.Tests.Assessment;

public sealed class AssessmentStorageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "patella-assessment-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("assessments")]
    [InlineData("kujala_scores")]
    public void Script0002_CreatesEveryColumnTheModelMaps(string table)
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        Assert.Contains(SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite), s => s.Name == "0002_assessments" && s.Sql.Contains($"CREATE TABLE {table}", StringComparison.Ordinal));

        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table);
        var mapped = entity.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal);
        var created = db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({table})").AsEnumerable().Order(StringComparer.Ordinal);
        Assert.Equal(mapped, created);
    }

    [Fact]
    public void StoredAssessment_ReadsBackTheSameAnswersAndEnumNames()
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var answers = AnswerSetJson.Read(AnswerFiles.SeedRunner, KneeQuestionnaire.V1);
        var result = KneeAssessor.Assess(answers);
        var takenUtc = new DateTime(2025, 3, 18, 19, 30, 0, DateTimeKind.Utc);

        var stored = AssessmentStorage.Store(db, runner.Id, answers, result, takenUtc);

        using var again = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var row = Assert.Single(again.Assessments.AssessmentsOf(runner.Id));
        Assert.Equal((stored.Id, takenUtc, DateTimeKind.Utc), (row.Id, row.TakenUtc, row.TakenUtc.Kind));
        Assert.Equal(AnswerSetJson.Write(answers, KneeQuestionnaire.V1), row.AnswersJson);
        var read = row.ToAnswers();
        Assert.Equal(answers.Answers.Keys, read.Answers.Keys);
        Assert.Equal(KneeAssessor.Assess(read).Summary, result.Summary);
        Assert.Equal("Pfps/Progressing", RawText(again, "SELECT likely_condition || '/' || stage AS Value FROM assessments"));
    }

    [Fact]
    public void StoredKujala_KeepsEveryItemAndTheTotal()
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var response = KujalaResponseJson.Read(AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString());
        var codes = response.Answers.ToDictionary(StringComparer.Ordinal);
        codes["stairs"] = "painDescendingAndAscending";
        var score = KujalaScore.From(response with { Answers = codes });

        AssessmentStorage.Store(db, runner.Id, score, DateTime.UtcNow);

        using var again = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var row = Assert.Single(again.KujalaScores.KujalaScoresOf(runner.Id));
        Assert.Equal((new DateOnly(2025, 3, 1), 95), (row.ScoreDate, row.TotalPoints));
        Assert.Equal("2025-03-01", RawText(again, "SELECT score_date AS Value FROM kujala_scores"));
        var read = row.ToScore();
        Assert.Equal(score.Items, read.Items);
        Assert.Equal("painDescendingAndAscending", read.Items.Single(i => i.ItemId == "stairs").Code);
    }

    [Fact]
    public void DeletingTheRunner_DeletesTheirAssessmentsAndScores()
    {
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(folder));
        var runner = RunnerProfile.GetOrCreate(db, Runner.LocalRunnerId, TimeProvider.System);
        var answers = AnswerSetJson.Read(AnswerFiles.SeedRunner, KneeQuestionnaire.V1);
        AssessmentStorage.Store(db, runner.Id, answers, KneeAssessor.Assess(answers), DateTime.UtcNow);
        AssessmentStorage.Store(db, runner.Id, KujalaScore.From(KujalaResponseJson.Read(AnswerFiles.KujalaAllBest("2025-03-01").ToJsonString())), DateTime.UtcNow);

        db.Database.ExecuteSqlRaw("DELETE FROM runners");

        Assert.Equal((0, 0), (db.Assessments.Count(), db.KujalaScores.Count()));
    }

    private static string RawText(PatellaDb db, string sql) => db.Database.SqlQueryRaw<string>(sql).AsEnumerable().Single();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
