using Patella.Web.Hosting;

namespace Patella.Web;

/// <summary>
/// <c>dotnet run --project src/Patella.Web</c>: the web app on SQLite in <c>./data</c> (or PostgreSQL from
/// <c>PATELLA_DB</c>). Everything is set up in <see cref="PatellaWebApp"/>, which <c>patella serve</c> runs too.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args) => PatellaWebApp.Create(args).Run();
}
