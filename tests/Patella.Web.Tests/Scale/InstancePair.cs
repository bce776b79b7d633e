using System.Net;
using WebClient = Patella.Web.Tests.Api.WebClient;

namespace Patella.Web.Tests.Scale;

/// <summary>Two instances on one shared database and one browser (one cookie jar) in front of both, as behind a proxy.</summary>
internal sealed class InstancePair : IDisposable
{
    private InstancePair(SharedDatabase database)
    {
        Database = database;
        One = new AppInstance(database);
        Two = new AppInstance(database);
        Web1 = One.Browser(Cookies);
        Web2 = Two.Browser(Cookies);
    }

    public SharedDatabase Database { get; }

    public AppInstance One { get; }

    public AppInstance Two { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>The browser's requests to instance one.</summary>
    public WebClient Web1 { get; }

    /// <summary>The same browser's requests to instance two.</summary>
    public WebClient Web2 { get; }

    /// <param name="provider">A <see cref="Patella.Data.DatabaseProvider"/> name (see <see cref="SharedDatabase.Providers"/>).</param>
    public static InstancePair On(string provider) => new(SharedDatabase.Create(provider));

    public void Dispose()
    {
        Web2.Dispose();
        Web1.Dispose();
        Two.Dispose();
        One.Dispose();
        Database.Dispose();
    }
}
