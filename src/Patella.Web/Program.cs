using Patella.Web.Hosting;

namespace Patella.Web;

/// <summary>
/// <c>dotnet run --project src/Patella.Web</c>: the web app on SQLite in <c>./data</c> (or PostgreSQL from
/// <c>PATELLA_DB</c>). Everything is set up in <see cref="PatellaWebApp"/>, which <c>patella serve</c> runs too.
/// </summary>
public sealed class Program
{
    public static int Main(string[] args)
    {
        try
        {
            PatellaWebApp.Create(args).Run();
            return 0;
        }
        catch (Data.DatabaseSettingException e)
        {
            // A wrong connection string is the operator's to fix: say which setting and why, not a stack trace.
            Console.Error.WriteLine($"patella-web: {e.Message}");
            return 1;
        }
    }
}
