using System.Text.Json;
using Patella.App.Tests.Cli;
using static Patella.App.Tests.Load.RunHistory;

namespace Patella.App.Tests.Load;

public sealed class ShoesCommandTests
{
    [Fact]
    public void Shoes_AddListUseRetire_RoundTrip()
    {
        using var cli = ThreeRuns();

        var (added, shoe, error) = cli.RunJson("shoes", "add", "Pegs", "--start-km", "100", "--plan-at-km", "500", "--replace-at-km", "700");
        Assert.True(added == 0, error);
        Assert.Equal((100000.0, 500000.0, 700000.0, false), (shoe.GetProperty("distanceMetres").GetDouble(), shoe.GetProperty("planReplacementAtMetres").GetDouble(), shoe.GetProperty("replaceAtMetres").GetDouble(), shoe.GetProperty("implied").GetBoolean()));

        var list = Shoes(cli);
        Assert.Equal(["Pegs", "Hoka"], list.Shoes.Select(s => s.Name));
        Assert.Equal((2, 20000.0), (list.UnassignedRuns, list.UnassignedMetres));

        var (used, choice, _) = cli.RunJson("shoes", "use", "pegs", "--on", "2024-06-04");
        Assert.Equal(0, used);
        Assert.Equal(("Pegs", 12000.0, 1), (choice.GetProperty("shoe").GetString(), choice.GetProperty("distanceMetres").GetDouble(), choice.GetProperty("activityIds").GetArrayLength()));
        var pegs = Shoes(cli).Shoes[0];
        Assert.Equal((112000.0, 1), (pegs.DistanceMetres, pegs.Runs));

        var (retired, gone, _) = cli.RunJson("shoes", "retire", "Pegs", "--on", "2024-06-10");
        Assert.Equal(0, retired);
        Assert.Equal(("retired", "2024-06-10"), (gone.GetProperty("state").GetString(), gone.GetProperty("retired").GetString()));
        var after = Shoes(cli).Shoes[0];
        Assert.Equal(("Pegs", "retired", 112000.0), (after.Name, after.State, after.DistanceMetres));
    }

    [Fact]
    public void Shoes_GearWithoutAShoe_IsImpliedUntilNamedThenTracked()
    {
        using var cli = ThreeRuns();

        var implied = Assert.Single(Shoes(cli).Shoes);
        Assert.Equal(("Hoka", true, 10000.0), (implied.Name, implied.Implied, implied.DistanceMetres));

        // Naming the gear in a change starts tracking it, with the runs its gear already gave it.
        Assert.Equal(0, cli.Run("shoes", "use", "HOKA", "--on", "2024-06-09").ExitCode);
        var tracked = Assert.Single(Shoes(cli).Shoes);
        Assert.Equal(("Hoka", false, 18000.0, 2), (tracked.Name, tracked.Implied, tracked.DistanceMetres, tracked.Runs));
    }

    [Fact]
    public void Shoes_AliasTakesTheGearsRuns()
    {
        using var cli = ThreeRuns();

        cli.Run("shoes", "add", "Clifton 9", "--alias", "hoka");

        var shoe = Assert.Single(Shoes(cli).Shoes);
        Assert.Equal(("Clifton 9", false, 10000.0), (shoe.Name, shoe.Implied, shoe.DistanceMetres));
    }

    [Fact]
    public void Shoes_DefaultShoe_TakesGearlessRunsFromTheDayItIsAdded()
    {
        using var cli = ThreeRuns();
        Add(cli, On("2024-06-12", 5));

        cli.Run("shoes", "add", "Daily", "--default");

        var list = Shoes(cli);
        var daily = list.Shoes.Single(s => s.Name == "Daily");
        Assert.Equal((5000.0, 1, "2024-06-12"), (daily.DistanceMetres, daily.Runs, daily.DefaultFrom));
        Assert.Equal(2, list.UnassignedRuns); // 06-04 and 06-09 were before it
    }

    [Fact]
    public void Shoes_UseAgainOnTheSameDay_ReplacesTheEarlierChoice()
    {
        using var cli = ThreeRuns();
        cli.Run("shoes", "add", "A");
        cli.Run("shoes", "add", "B");
        cli.Run("shoes", "use", "A", "--on", "2024-06-04");

        var (code, choice, _) = cli.RunJson("shoes", "use", "B", "--on", "2024-06-04");

        Assert.Equal(0, code);
        Assert.Equal("A", choice.GetProperty("replaced").GetString());
        Assert.Equal([0.0, 12000.0], Shoes(cli).Shoes.Where(s => !s.Implied).Select(s => s.DistanceMetres));
    }

    [Fact]
    public void Shoes_WornShoeInList_CarriesItsAlertRule()
    {
        using var cli = ThreeRuns();
        cli.Run("shoes", "add", "Old", "--start-km", "590", "--alias", "Hoka");

        var old = Assert.Single(Shoes(cli).Shoes);

        Assert.Equal(("planReplacement", "R-LOAD-SHOE-600", 600000.0), (old.State, old.AlertRuleId, old.DistanceMetres));
    }

    [Theory]
    [InlineData("retire", "Nope")]
    [InlineData("use", "Nope")]
    public void Shoes_UnknownName_IsBadInputNamingIt(string verb, string name)
    {
        using var cli = ThreeRuns();

        var (code, output, error) = cli.Run("shoes", verb, name, "--on", "2024-06-04", "--json");

        Assert.Equal(1, code);
        Assert.Contains($"'{name}'", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.DoesNotContain(Shoes(cli).Shoes, s => !s.Implied);
    }

    [Theory]
    [InlineData(new[] { "use", "Hoka", "--on", "2024-06-05" }, "no runs on 2024-06-05")]
    [InlineData(new[] { "use", "Hoka", "--on", "5 June" }, "--on")]
    [InlineData(new[] { "retire", "Hoka", "--on", "2024-13-01" }, "--on")]
    [InlineData(new[] { "add", "hoka clifton" }, "'hoka clifton' already names the shoe 'Hoka Clifton'")]
    [InlineData(new[] { "add", "Pegs", "--alias", "HOKA" }, "'HOKA' already names the shoe 'Hoka Clifton'")]
    [InlineData(new[] { "add", "Pegs", "--start-km", "-3" }, "--start-km")]
    [InlineData(new[] { "add", "Pegs", "--plan-at-km", "900" }, "plan not above replace")]
    [InlineData(new[] { "add", " " }, "1-100 characters")]
    public void Shoes_BadChange_IsBadInputAndWritesNothing(string[] args, string message)
    {
        using var cli = ThreeRuns();
        cli.Run("shoes", "add", "Hoka Clifton", "--alias", "Hoka");
        var before = Shoes(cli);

        var (code, _, error) = cli.Run(["shoes", .. args]);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(before.Shoes.Select(s => (s.Name, s.DistanceMetres)), Shoes(cli).Shoes.Select(s => (s.Name, s.DistanceMetres)));
    }

    [Fact]
    public void Shoes_RetiredShoe_CannotTakeLaterRuns()
    {
        using var cli = ThreeRuns();
        cli.Run("shoes", "add", "Old");
        cli.Run("shoes", "retire", "Old", "--on", "2024-06-05");

        var (code, _, error) = cli.Run("shoes", "use", "Old", "--on", "2024-06-09");

        Assert.Equal(1, code);
        Assert.Contains("retired on 2024-06-05", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shoes_Terminal_ShowsBarsStateAndGear()
    {
        using var cli = ThreeRuns();
        cli.Run("shoes", "add", "Old", "--start-km", "790", "--alias", "Hoka");

        var output = cli.Run("shoes", "list").Out;

        Assert.Contains("Old", output, StringComparison.Ordinal);
        Assert.Contains("800.0", output, StringComparison.Ordinal);
        Assert.Contains("replace", output, StringComparison.Ordinal);
        Assert.Contains("█", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shoes_WithoutAVerb_Lists()
    {
        using var cli = ThreeRuns();

        var (code, json, _) = cli.RunJson("shoes");

        Assert.Equal(0, code);
        Assert.Equal("Hoka", json.GetProperty("shoes").GetProperty("shoes")[0].GetProperty("name").GetString());
    }

    /// <summary>Oslo runner on Wednesday 2024-06-12: 12 km on 06-04 (no gear), 10 km on 06-06 in "Hoka", 8 km on 06-09 (no gear).</summary>
    private static CliRun ThreeRuns()
    {
        var cli = new CliRun { Clock = Wednesday };
        cli.Run("settings", "--timezone", "Europe/Oslo");
        Add(cli, On("2024-06-04", 12), On("2024-06-06", 10, "Hoka"), On("2024-06-09", 8));
        return cli;
    }

    private static ShoeList Shoes(CliRun cli)
    {
        var (code, json, error) = cli.RunJson("shoes", "list");
        Assert.True(code == 0, error);
        var report = json.GetProperty("shoes");
        return new ShoeList(
            [.. report.GetProperty("shoes").EnumerateArray().Select(s => new ListedShoe(
                s.GetProperty("name").GetString()!, s.GetProperty("implied").GetBoolean(), s.GetProperty("distanceMetres").GetDouble(),
                s.GetProperty("runs").GetInt32(), s.GetProperty("state").GetString()!, s.GetProperty("alertRuleId").GetString(),
                s.GetProperty("defaultFrom").ValueKind == JsonValueKind.Null ? null : s.GetProperty("defaultFrom").GetString()))],
            report.GetProperty("unassignedRuns").GetInt32(),
            report.GetProperty("unassignedMetres").GetDouble());
    }

    private sealed record ShoeList(List<ListedShoe> Shoes, int UnassignedRuns, double UnassignedMetres);

    private sealed record ListedShoe(string Name, bool Implied, double DistanceMetres, int Runs, string State, string? AlertRuleId, string? DefaultFrom);
}
