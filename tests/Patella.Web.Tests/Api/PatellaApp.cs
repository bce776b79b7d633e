using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Patella.Data;
using Patella.Web.Hosting;

namespace Patella.Web.Tests.Api;

/// <summary>The whole app on a fresh SQLite folder of its own, with a clock the test controls. Each test makes its own.</summary>
public sealed class PatellaApp : WebApplicationFactory<Program>
{
    /// <summary>A Wednesday, so the current ISO week has days before and after today.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 18, 12, 0, 0, TimeSpan.Zero);

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "patella-web-" + Guid.NewGuid().ToString("N"));

    internal TestClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(PatellaWebApp.DataFolderKey, DataFolder);
        builder.UseSetting("PATELLA_DB", "");
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests read them).</summary>
    public WebClient Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Reads (or seeds) the app's database directly, on a context of its own that is closed afterwards.</summary>
    public T WithDatabase<T>(Func<PatellaDb, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var db = PatellaDatabase.Open(DatabaseLocation.InFolder(DataFolder));
        try
        {
            return work(db);
        }
        finally
        {
            db.Database.GetDbConnection().Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
