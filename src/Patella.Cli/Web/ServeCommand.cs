using System.CommandLine;
using Patella.Cli.Infrastructure;
using Patella.Web.Hosting;

namespace Patella.Cli.Web;

/// <summary><c>patella serve [--urls URL]</c>: the web app (the same one <c>dotnet run --project src/Patella.Web</c> starts) on this data folder.</summary>
public static class ServeCommand
{
    /// <summary>Where the app listens unless told: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(GlobalOptions options)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. http://0.0.0.0:8080 (default {DefaultUrls}); several separated by ';'.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Run the web app on this data: runs, load, knee, accounts.") { urls };
        CommandAction.Set(command, options, (context, parsed) =>
        {
            var app = PatellaWebApp.Create(["--urls", parsed.GetValue(urls) ?? DefaultUrls], context.DataFolder, context.Database);
            context.Environment.Error.WriteLine($"patella: serving {context.Database.Describe()}; Ctrl+C stops.");
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
