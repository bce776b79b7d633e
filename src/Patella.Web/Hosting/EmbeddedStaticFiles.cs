using Microsoft.Extensions.FileProviders;

namespace Patella.Web.Hosting;

/// <summary>
/// wwwroot is embedded in the assembly (see Patella.Web.csproj), so the app serves the same files whichever
/// host runs it: <c>dotnet run</c>, <c>patella serve</c> or a test, with nothing on disk to find.
/// </summary>
internal static class EmbeddedStaticFiles
{
    public static IApplicationBuilder UseEmbeddedStaticFiles(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = new EmbeddedFileProvider(typeof(EmbeddedStaticFiles).Assembly, "wwwroot"),
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
    });
}
