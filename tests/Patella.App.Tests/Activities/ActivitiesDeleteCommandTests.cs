using Patella.App.Tests.Cli;
using Patella.Tests;

namespace Patella.App.Tests.Activities;

public sealed class ActivitiesDeleteCommandTests
{
    private static readonly string Sloatsburg = SharedTestData.File("fit", "sloatsburg.fit");

    [Fact]
    public void ActivitiesDelete_PrintsWhatWentAndTheFileImportsAgain()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("import", Sloatsburg).ExitCode);
        var id = IdsOf(cli).Single();

        var (code, output, error) = cli.Run("activities", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(code == 0, error);
        Assert.StartsWith($"Deleted activity {id}: ", output, StringComparison.Ordinal);
        Assert.Contains("sloatsburg.fit went with it", output, StringComparison.Ordinal);
        Assert.Empty(IdsOf(cli));
        Assert.Equal(1, cli.RunJson("import", Sloatsburg).Json.GetProperty("activitiesImported").GetInt32());
    }

    [Fact]
    public void ActivitiesDelete_Json_IsOneDocumentNamingTheActivityAndItsFile()
    {
        using var cli = new CliRun();
        cli.Run("import", SharedTestData.File("tcx", "multiple_running_activities.tcx"));
        var ids = IdsOf(cli);

        var (code, json, _) = cli.RunJson("activities", "delete", ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, code);
        var deleted = json.GetProperty("deleted");
        Assert.Equal(ids[0], deleted.GetProperty("id").GetInt64());
        Assert.EndsWith("multiple_running_activities.tcx", deleted.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.False(deleted.GetProperty("fileDeleted").GetBoolean());
        Assert.True(deleted.GetProperty("distanceMetres").GetDouble() > 0);
        Assert.Equal(ids[1..], IdsOf(cli));
    }

    [Fact]
    public void Activities_ListsTheIdThatDeleteTakes()
    {
        using var cli = new CliRun();
        cli.Run("settings", "--timezone", "Europe/Oslo");
        cli.Run("import", Sloatsburg);
        var id = IdsOf(cli).Single();

        var (_, output, _) = cli.Run("activities");

        Assert.Matches($@"(?m)^\s*{id}\s+2019-06-15 11:42 ", output);
    }

    [Theory]
    [InlineData("999999", "there is no activity 999999")]
    [InlineData("abc", "'abc' is not an activity id")]
    [InlineData("-1", "'-1' is not an activity id")]
    public void ActivitiesDelete_UnknownOrBadId_ExitsWithBadInputAndDeletesNothing(string id, string message)
    {
        using var cli = new CliRun();
        cli.Run("import", Sloatsburg);

        var (code, output, error) = cli.Run("activities", "delete", id);

        Assert.Equal((1, ""), (code, output));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(IdsOf(cli));
    }

    [Fact]
    public void ActivitiesDelete_WithoutId_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("activities", "delete").ExitCode);
    }

    /// <summary>The activity ids, in start order.</summary>
    private static List<long> IdsOf(CliRun cli) =>
        [.. cli.RunJson("activities").Json.GetProperty("activities").EnumerateArray()
            .Select(a => (Start: a.GetProperty("startUtc").GetDateTime(), Id: a.GetProperty("id").GetInt64()))
            .OrderBy(a => a.Start)
            .Select(a => a.Id)];
}
