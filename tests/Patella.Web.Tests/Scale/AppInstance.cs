using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Patella.Data;
using Patella.Web.Hosting;
using Patella.Web.Tests.Api;
using WebClient = Patella.Web.Tests.Api.WebClient;

namespace Patella.Web.Tests.Scale;

/// <summary>
/// One web instance on a <see cref="SharedDatabase"/>, configured the way an operator would: the data folder, and on
/// PostgreSQL <c>ConnectionStrings:Patella</c>. Several of these on one database are several servers behind a proxy.
/// </summary>
internal sealed class AppInstance(SharedDatabase database) : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new(PatellaApp.Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(PatellaWebApp.DataFolderKey, database.DataFolder);
        builder.UseSetting(DatabaseLocation.EnvironmentVariable, "");
        if (database.ConnectionString is not null)
        {
            builder.UseSetting(DatabaseSettings.ConnectionStringSetting, database.ConnectionString);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser whose cookies live in <paramref name="cookies"/>: give two instances the same jar and it is one browser behind a proxy.</summary>
    public WebClient Browser(CookieContainer cookies) =>
        new(CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
}
