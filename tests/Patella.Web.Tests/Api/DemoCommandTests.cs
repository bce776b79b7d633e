using System.Text.Json;
using Patella.Cli;
using Patella.Cli.Infrastructure;

namespace Patella.Web.Tests.Api;

public class DemoCommandTests
{
    [Fact]
    public void PatellaDemo_FillsTheDataFolderOnce_AndTheWebAppOpensTheSameRunner()
    {
        using var app = new PatellaApp();

        var first = Demo(app);
        var second = Demo(app);

        Assert.Equal(first.GetProperty("runnerId").GetInt64(), second.GetProperty("runnerId").GetInt64());
        Assert.Equal(first.GetProperty("activities").GetInt32(), second.GetProperty("activities").GetInt32());
        Assert.InRange(first.GetProperty("activities").GetInt32(), 36, 48);
        Assert.Equal(1, second.GetProperty("assessments").GetInt32());
        Assert.Equal(first.GetProperty("runnerId").GetInt64(), app.WithDatabase(db => Data.Accounts.AccountStorage.FindByEmail(db, Patella.Web.Demo.DemoRunner.Email)!.RunnerId));
    }

    private static JsonElement Demo(PatellaApp app)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, app.Clock, _ => null, IsTerminal: false);

        var code = PatellaCli.Run(["--data", app.DataFolder, "demo", "--json"], environment);

        Assert.True(code == 0, error.ToString());
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }
}
